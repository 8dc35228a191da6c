package org.smpdocs.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks audit-log lines: each parses, recomputes to its own hash, and — when the lines are the
 * whole log — follows the one before it (sequence and previous hash). An export holds a
 * selection of lines, whose own hashes still verify but which need not be consecutive.
 */
final class AuditVerifier {
    private AuditVerifier() {
    }

    /** The entries that parse, with findings for those that do not or do not chain. */
    static List<AuditEntry> verify(String name, List<String> lines, boolean consecutive, List<Finding> findings) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < lines.size(); i++) {
            String where = name + " line " + (i + 1);
            AuditEntry e;
            try {
                e = AuditLog.JSON.readValue(lines.get(i), AuditEntry.class);
            } catch (IOException ex) {
                findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, "not a well-formed audit entry"));
                previous = null;
                continue;
            }
            if (!AuditChain.hash(e).equals(e.hash())) {
                findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, "its hash does not match its content: edited"));
            } else if (consecutive) {
                String expectedPrevious = previous == null ? (i == 0 ? AuditChain.GENESIS : null) : previous.hash();
                long expectedSequence = previous == null ? (i == 0 ? 1 : -1) : previous.sequence() + 1;
                if (expectedPrevious != null && (!expectedPrevious.equals(e.previous()) || e.sequence() != expectedSequence)) {
                    findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where,
                            "does not follow the line before it: a line was removed, inserted or moved"));
                }
            }
            entries.add(e);
            previous = e;
        }
        return entries;
    }
}
