package org.smpdocs.internal.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which records an export holds: issued from {@code from} to {@code to} (inclusive, UTC dates),
 * optionally only one patient's, optionally only one kind of document.
 */
public record ExportFilter(LocalDate from, LocalDate to, String patientId, String kind) {
    public ExportFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to is before --from");
        }
    }

    boolean accepts(AuditEntry e) {
        // the parser verify checks issue times with: a time verify accepts never fails here
        LocalDate issued = Instant.parse(e.issuedAt()).atOffset(ZoneOffset.UTC).toLocalDate();
        return !issued.isBefore(from) && !issued.isAfter(to)
                && (patientId == null || patientId.equals(e.patientId()))
                && (kind == null || kind.equals(e.kind()));
    }
}
