package org.smpdocs.internal.archive;

import java.util.List;
import java.util.Objects;

/**
 * What a verification found: how many records (audit lines) it checked, what is wrong, and how
 * far signed checkpoints seal the log ({@link Sealing}). Nothing checked is not "intact": an
 * archive or export with no records is {@link #empty()}, so that a wrong or new folder is never
 * vouched for. Lines not yet sealed are not a finding: an intact archive may be not fully sealed,
 * which {@link Sealing#summary()} says.
 */
public record Verification(long records, List<Finding> findings, Sealing sealing) {
    public Verification {
        findings = List.copyOf(findings);
        Objects.requireNonNull(sealing, "sealing");
    }

    /** A verification of a log that has no checkpoints: {@link Sealing#UNSEALED}. */
    public Verification(long records, List<Finding> findings) {
        this(records, findings, Sealing.UNSEALED);
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
