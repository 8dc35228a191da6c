package org.smpdocs.internal.archive;

/**
 * Checks a checkpoint's signature over its statement ({@link Checkpoint#statement()}) against the
 * clinic's trust anchors: the counterpart of {@link CheckpointSigner}, implemented by the
 * application. Implementations must be safe to call from any thread.
 */
public interface CheckpointVerifier {
    /** Whether {@code signature} is a valid signature over exactly {@code statement}, and by whom; never throws for a bad signature. */
    Verdict verify(byte[] statement, byte[] signature);
}
