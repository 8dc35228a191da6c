package org.smpdocs.internal.archive;

import java.util.Objects;
import org.smpdocs.internal.digest.Sha256;

/**
 * What makes a record a signed one: the sequence number of the issued record it completes, and
 * the SHA-256 of its evidence (who signed which field, when, how, witnessed by whom), stored as
 * {@code evidence/<sha256>.json}. Immutable.
 *
 * @param completes the audit-log sequence number of the issued PDF record this signed PDF completes
 * @param evidenceSha256 the SHA-256 of the evidence JSON
 */
public record Completion(long completes, Sha256 evidenceSha256) {
    /** @throws IllegalArgumentException unless {@code completes} is positive; NullPointerException for no evidence hash */
    public Completion {
        if (completes < 1) {
            throw new IllegalArgumentException("the sequence number of the completed record is not positive");
        }
        Objects.requireNonNull(evidenceSha256, "evidenceSha256");
    }
}
