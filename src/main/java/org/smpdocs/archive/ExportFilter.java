package org.smpdocs.archive;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

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
        LocalDate issued = ZonedDateTime.parse(e.issuedAt()).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        return !issued.isBefore(from) && !issued.isAfter(to)
                && (patientId == null || patientId.equals(e.patientId()))
                && (kind == null || kind.equals(e.kind()));
    }
}
