package org.smpdocs.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A case as lists show it (search results, the day's cases): its ids and names from the latest
 * version, which version that is, and when it was saved.
 */
public record CaseSummary(
        String caseId,
        String patientId,
        String givenName,
        String familyName,
        int latestVersion,
        Instant updatedAt) {

    public CaseSummary {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        // names stay out of logs
        return "CaseSummary[" + caseId + " version " + latestVersion + "]";
    }
}
