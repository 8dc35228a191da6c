package org.smpdocs.internal.archive;

import java.util.List;

/**
 * What a verification found: how many records (audit lines) it checked and what is wrong. Nothing
 * checked is not "intact": an archive or export with no records is {@link #empty()}, so that a
 * wrong or new folder is never vouched for.
 */
public record Verification(long records, List<Finding> findings) {
    public Verification {
        findings = List.copyOf(findings);
    }

    /** Whether there were records to check and every one of them is intact. */
    public boolean intact() {
        return records > 0 && findings.isEmpty();
    }

    /** Whether there was nothing to check: no records, and nothing else either. */
    public boolean empty() {
        return records == 0 && findings.isEmpty();
    }
}
