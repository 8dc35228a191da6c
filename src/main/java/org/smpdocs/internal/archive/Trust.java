package org.smpdocs.internal.archive;

import java.util.Objects;

/**
 * What verify checks signatures with: the clinic's trust anchors, as the checkpoints' and the
 * signed records' verifiers the application builds from them. Immutable.
 *
 * <pre>{@code
 * Verification v = Archive.open(dir).check(new Trust(checkpointVerifier, sealVerifier));
 * v.sealing().summary();   // "sealed: all 12 lines by checkpoints signed by CN=…"
 * }</pre>
 *
 * @param checkpoints checks each checkpoint's signature
 * @param seals checks the seal of each signed record's PDF
 */
public record Trust(CheckpointVerifier checkpoints, DocumentSealVerifier seals) {
    /** @throws NullPointerException for a missing verifier */
    public Trust {
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(seals, "seals");
    }
}
