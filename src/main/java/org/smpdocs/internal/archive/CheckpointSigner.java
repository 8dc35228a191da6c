package org.smpdocs.internal.archive;

/**
 * Signs the statement of a checkpoint ({@link Checkpoint#statement()}) with the clinic's key, for
 * {@link Archive#checkpoint}. The application implements it (a detached CMS signature with the
 * clinic's certificate, timestamped where a timestamp authority is configured); the archive only
 * stores what it returns. Implementations must be safe to call from any thread.
 */
public interface CheckpointSigner {
    /**
     * The signature over exactly these bytes.
     *
     * @throws org.smpdocs.SmpDocsException when it cannot sign; then no checkpoint is written
     */
    byte[] sign(byte[] statement);
}
