package org.smpdocs.internal.archive;

import java.nio.charset.StandardCharsets;
import org.smpdocs.internal.digest.Sha256;

/**
 * The hash chain of the audit log: each line's hash covers the previous line's hash and every
 * field of its own, so editing, deleting or reordering a line breaks every hash after it.
 */
final class AuditChain {
    /** The "previous" of the first line. */
    static final Sha256 GENESIS = new Sha256("0".repeat(64));

    private AuditChain() {
    }

    /**
     * The hash a line must have: the SHA-256 of its fields as spelled in the log, its own hash
     * left out, one per line in this order; then, only for the fields a signed line adds and only
     * when present, one line each as {@code event=signed}, {@code completes=3},
     * {@code evidenceSha256=<hex>}. A line without them hashes as every line did before they
     * existed.
     */
    static Sha256 hash(AuditLine l) {
        StringBuilder material = new StringBuilder(String.join("\n", l.previous(), Long.toString(l.sequence()), l.issuedAt(),
                l.kind(), l.format(), l.caseId(), l.patientId(), Integer.toString(l.session()), l.template(),
                l.templateVersion(), l.templateSetSha256(), l.inputSha256(), l.documentSha256(), Long.toString(l.size())));
        if (l.event() != null) {
            material.append("\nevent=").append(l.event());
        }
        if (l.completes() != null) {
            material.append("\ncompletes=").append(l.completes());
        }
        if (l.evidenceSha256() != null) {
            material.append("\nevidenceSha256=").append(l.evidenceSha256());
        }
        return Sha256.of(material.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The entry that records {@code document} after {@code last} (null when the log is empty):
     * the next sequence number, chained to {@code last}'s hash and sealed with its own. The one
     * place an entry is sealed.
     */
    static AuditEntry next(AuditEntry last, IssuedDocument document) {
        long sequence = last == null ? 1 : last.sequence() + 1;
        Sha256 previous = last == null ? GENESIS : last.hash();
        return new AuditEntry(sequence, document, previous, hash(AuditLine.of(sequence, document, previous, null)));
    }
}
