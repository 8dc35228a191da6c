package org.smpdocs.internal.archive;

/**
 * Checks the clinic's seal on a signed record's PDF against the trust anchors, for verify of an
 * archive or an export; implemented by the application (a PAdES signature check). Implementations
 * must be safe to call from any thread.
 */
public interface DocumentSealVerifier {
    /** Whether the PDF's seal verifies, covers the whole file and chains to the trust anchors, and by whom; never throws for a bad seal. */
    Verdict verify(byte[] signedPdf);
}
