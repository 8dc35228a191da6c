package org.smpdocs.internal.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.smpdocs.internal.digest.Sha256;

/**
 * A checkpoint of the audit log: at time {@code at}, the log had {@code lines} lines, the last
 * of them with the hash {@code head}, and the Merkle root of their hashes ({@link MerkleTree}) was
 * {@code root}. The clinic signs its {@link #statement()}; the signed checkpoints are
 * {@code checkpoints.jsonl} in the archive and in every export. Immutable.
 *
 * <p>The statement is these UTF-8 bytes, each line ended by a line feed, the time as
 * {@link Instant#toString()} writes it and the hashes in lower-case hex:
 *
 * <pre>
 * smp-docs audit checkpoint v1
 * lines: 12
 * head: 3f2a…(64 hex digits)
 * root: 9c1b…(64 hex digits)
 * at: 2026-11-30T10:15:00Z
 * </pre>
 */
public record Checkpoint(long lines, Sha256 head, Sha256 root, Instant at) {
    /** The first line of every statement: what it is, and the version of its form. */
    public static final String TITLE = "smp-docs audit checkpoint v1";

    /** @throws IllegalArgumentException unless {@code lines} is positive; NullPointerException for a missing value */
    public Checkpoint {
        if (lines < 1) {
            throw new IllegalArgumentException("a checkpoint seals at least one line");
        }
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(at, "at");
    }

    /** The bytes the clinic signs. */
    public byte[] statement() {
        return (TITLE + "\nlines: " + lines + "\nhead: " + head.hex() + "\nroot: " + root.hex() + "\nat: " + at + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
