/**
 * The records archive: every issued document stored under its SHA-256, the input it was made
 * from, and an append-only audit log whose lines are chained by hash, so that an auditor can
 * prove a record is the document that was issued. A signed record completes an issued one with
 * the signed, sealed PDF and its evidence; signed checkpoints of the log (count, head hash and
 * Merkle root) prove who wrote the chain, so that a rewritten or cut log is caught too. The
 * application supplies the signatures through {@link org.smpdocs.internal.archive.CheckpointSigner},
 * {@link org.smpdocs.internal.archive.CheckpointVerifier} and {@link org.smpdocs.internal.archive.DocumentSealVerifier}.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.archive;
