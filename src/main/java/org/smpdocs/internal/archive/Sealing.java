package org.smpdocs.internal.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How far the signed checkpoints of an archive (or an export) seal its audit lines. A checkpoint
 * that holds — its signature verifies and the log still has the lines it sealed — seals every line
 * up to its own; the lines after the last one are not yet sealed: nothing but the hash chain
 * vouches for them, so a line appended by anyone who can write the folder is among them. A
 * checkpoint that does not hold is a {@link Finding}, not counted here. Immutable.
 *
 * @param status whether there are checkpoints, and whether their signatures were checked
 * @param checkpoints how many checkpoints there are
 * @param lines the audit lines considered: the log's, or an export's
 * @param sealedLines how many of them a checkpoint that holds seals
 * @param sealedAt the time the last checkpoint that holds states; null when none holds
 * @param signers who signed the checkpoints that hold, as the verifier names them, each once
 */
public record Sealing(Status status, long checkpoints, long lines, long sealedLines, Instant sealedAt, List<String> signers) {

    /** A log with no checkpoints: it works as a plain hash chain, and says it is unsealed. */
    public static final Sealing UNSEALED = new Sealing(Status.UNSEALED, 0, 0, 0, null, List.of());

    /** Whether there are checkpoints, and whether their signatures were checked. */
    public enum Status {
        /** No checkpoints: no seal key was configured when the records were written. */
        UNSEALED,
        /** Checkpoints whose signatures were not checked: no trust anchors were given. */
        NOT_CHECKED,
        /** Checkpoints whose signatures were checked against the trust anchors. */
        CHECKED
    }

    /** @throws IllegalArgumentException for counts that do not add up */
    public Sealing {
        Objects.requireNonNull(status, "status");
        signers = List.copyOf(signers);
        if (checkpoints < 0 || lines < 0 || sealedLines < 0 || sealedLines > lines) {
            throw new IllegalArgumentException("the counts do not add up");
        }
    }

    /** How many lines no checkpoint that holds seals. */
    public long unsealedLines() {
        return lines - sealedLines;
    }

    /** Whether checkpoints were checked against the trust anchors and seal every line. */
    public boolean fullySealed() {
        return status == Status.CHECKED && lines > 0 && sealedLines == lines;
    }

    /** One sentence for a person: unsealed, not checked, sealed, or how much is not yet sealed. */
    public String summary() {
        return switch (status) {
            case UNSEALED -> "the log is unsealed: no checkpoints (no seal key configured)";
            case NOT_CHECKED -> count(checkpoints, "checkpoint") + " not checked: no trust anchors given";
            case CHECKED -> checked();
        };
    }

    private String checked() {
        if (sealedAt == null) {
            return checkpoints == 1 ? "not sealed: the checkpoint does not hold"
                    : "not sealed: none of the " + checkpoints + " checkpoints holds";
        }
        String by = " by checkpoints signed by " + String.join(", ", signers) + ", the last at " + sealedAt;
        if (sealedLines == lines) {
            return "sealed: all " + count(lines, "line") + by;
        }
        long unsealed = unsealedLines();
        return "not fully sealed: " + count(unsealed, "line") + " after the last checkpoint " + (unsealed == 1 ? "is" : "are")
                + " not yet sealed, and anything appended by whoever can write the folder would be among them; "
                + count(sealedLines, "line") + " sealed" + by;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
