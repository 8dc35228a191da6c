package org.smpdocs.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a case, without its JSON (see {@link StoredCase}): who saved it and when,
 * the SHA-256 of its canonical JSON (the input hash the documents issued from it record), and
 * when a document was first issued from it ({@code issuedAt}, null while none was).
 */
public record CaseVersion(
        String caseId,
        int version,
        String patientId,
        String sha256,
        long savedBy,
        String savedByUsername,
        Instant savedAt,
        Instant issuedAt) {

    public CaseVersion {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(savedByUsername, "savedByUsername");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** Whether a document was issued from this version. */
    public boolean issued() {
        return issuedAt != null;
    }
}
