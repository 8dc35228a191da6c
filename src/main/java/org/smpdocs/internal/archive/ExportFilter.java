package org.smpdocs.internal.archive;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.smpdocs.DocumentKind;

/**
 * Which records an export holds: issued from {@code from} to {@code to} (inclusive, UTC dates),
 * optionally only one patient's ({@code patientId} not null), optionally only one kind of
 * document ({@code kind} not null).
 */
public record ExportFilter(LocalDate from, LocalDate to, String patientId, DocumentKind kind) {
    /** @throws IllegalArgumentException when the period ends before it starts */
    public ExportFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    boolean accepts(AuditEntry e) {
        IssuedDocument d = e.document();
        LocalDate issued = d.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return !issued.isBefore(from) && !issued.isAfter(to)
                && (patientId == null || patientId.equals(d.patientId()))
                && (kind == null || kind == d.kind());
    }
}
