package org.smpdocs.internal.archive;

import java.nio.charset.StandardCharsets;
import org.smpdocs.internal.digest.Digests;

/**
 * The hash chain of the audit log: each line's hash covers the previous line's hash and every
 * field of its own, so editing, deleting or reordering a line breaks every hash after it.
 */
final class AuditChain {
    /** The "previous" of the first line. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(AuditEntry e) {
        String material = String.join("\n", e.previous(), Long.toString(e.sequence()), e.issuedAt(), e.kind(), e.format(),
                e.caseId(), e.patientId(), Integer.toString(e.session()), e.template(), e.templateVersion(),
                e.templateSetSha256(), e.inputSha256(), e.documentSha256(), Long.toString(e.size()));
        return Digests.sha256Hex(material.getBytes(StandardCharsets.UTF_8));
    }

    /** The entry with its hash computed. */
    static AuditEntry sealed(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.issuedAt(), e.kind(), e.format(), e.caseId(), e.patientId(), e.session(),
                e.template(), e.templateVersion(), e.templateSetSha256(), e.inputSha256(), e.documentSha256(), e.size(),
                e.previous(), hash(e));
    }
}
