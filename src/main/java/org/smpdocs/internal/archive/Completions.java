package org.smpdocs.internal.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpdocs.OutputFormat;

/**
 * Checks that every signed record completes an earlier issued PDF record of the same case,
 * patient, kind and session, and that no issued record is completed twice; anything else is a
 * finding naming the signed record's line. In an export the issued record must be among the
 * exported lines, which an export always carries with the signed one. Not thread-safe.
 */
final class Completions implements AuditVerifier.Observer {
    private final List<Finding> findings;
    private final Map<Long, AuditEntry> bySequence = new HashMap<>();
    private final Map<Long, Long> completedBy = new HashMap<>();

    Completions(List<Finding> findings) {
        this.findings = findings;
    }

    @Override
    public void line(long number, String where, AuditEntry entry) {
        if (entry == null) {
            return;
        }
        Completion c = entry.document().completion();
        if (c != null) {
            String problem = problem(entry, c.completes());
            if (problem != null) {
                findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, "completes record " + c.completes() + ", "
                        + problem));
            } else {
                completedBy.put(c.completes(), entry.sequence());
            }
        }
        bySequence.putIfAbsent(entry.sequence(), entry);
    }

    private String problem(AuditEntry signed, long completes) {
        AuditEntry issued = bySequence.get(completes);
        if (completes >= signed.sequence()) {
            return "which is not before it";
        }
        if (issued == null) {
            return "which no earlier line holds";
        }
        if (issued.document().isSigned()) {
            return "which is itself a signed record";
        }
        if (issued.document().format() != OutputFormat.PDF) {
            return "which is not a PDF";
        }
        IssuedDocument s = signed.document();
        IssuedDocument i = issued.document();
        if (!s.caseId().equals(i.caseId()) || !s.patientId().equals(i.patientId()) || s.kind() != i.kind()
                || s.session() != i.session()) {
            return "which is of another case, patient, kind or session";
        }
        Long earlier = completedBy.get(completes);
        return earlier == null ? null : "which record " + earlier + " already completes";
    }
}
