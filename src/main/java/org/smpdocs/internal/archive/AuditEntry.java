package org.smpdocs.internal.archive;

import java.util.Objects;
import java.util.Optional;
import org.smpdocs.internal.digest.Sha256;

/**
 * One line of the audit log: its sequence number (from 1), the document it records, and the hash
 * chain — {@code hash} is the SHA-256 of {@code previous} (the hash of the line before, or
 * {@link AuditChain#GENESIS}) and the line's other fields (see {@link AuditChain}). Made by
 * {@link AuditChain#next} when a document is recorded, and by {@link AuditLine#entry} when a line
 * is read. Immutable.
 */
public record AuditEntry(long sequence, IssuedDocument document, Sha256 previous, Sha256 hash) {

    /** @throws IllegalArgumentException unless the sequence number is positive; NullPointerException for a missing value */
    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("the sequence number is not positive");
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(hash, "hash");
    }

    /** The path of the document in an archive or export. */
    public String documentPath() {
        return Archive.DOCUMENTS + "/" + document.sha256().hex() + "." + document.format().extension();
    }

    /** The path of a signed record's evidence in an archive or export; none for an issued record. */
    public Optional<String> evidencePath() {
        Completion c = document.completion();
        return c == null ? Optional.empty() : Optional.of(Archive.EVIDENCE + "/" + c.evidenceSha256().hex() + ".json");
    }

    /** The path of the input snapshot in an archive or export. */
    public String inputPath() {
        return Archive.INPUTS + "/" + document.inputSha256().hex() + ".json";
    }
}
