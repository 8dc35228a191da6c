package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Audit lines a forger writes: any content, with a hash that matches it and the chain, so that
 * only the checks of the fields themselves can catch them. For tests in other packages.
 */
public final class ForgedLines {
    private ForgedLines() {
    }

    /** Appends to the archive's log a copy of its last line, changed by {@code change}, sealed and chained. */
    public static void append(Path archive, UnaryOperator<AuditEntry> change) throws IOException {
        List<AuditEntry> entries = new Archive(archive).entries();
        AuditEntry last = entries.get(entries.size() - 1);
        AuditEntry e = change.apply(last);
        AuditEntry forged = AuditChain.sealed(new AuditEntry(last.sequence() + 1, e.issuedAt(), e.kind(), e.format(),
                e.caseId(), e.patientId(), e.session(), e.template(), e.templateVersion(), e.templateSetSha256(),
                e.inputSha256(), e.documentSha256(), e.size(), last.hash(), null));
        Files.writeString(archive.resolve(Archive.LOG), AuditLog.JSON.writeValueAsString(forged) + "\n",
                StandardOpenOption.APPEND);
    }

    /** The entry with another issue time. */
    public static AuditEntry issuedAt(AuditEntry e, String issuedAt) {
        return new AuditEntry(e.sequence(), issuedAt, e.kind(), e.format(), e.caseId(), e.patientId(), e.session(),
                e.template(), e.templateVersion(), e.templateSetSha256(), e.inputSha256(), e.documentSha256(), e.size(),
                e.previous(), e.hash());
    }
}
