package org.smpdocs.internal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.archive.IssuedDocument;
import org.smpdocs.internal.mail.SentLog;
import org.smpdocs.internal.signing.RecordSigning;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.AccessEvent;
import org.smpdocs.internal.store.StoredCase;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/**
 * The documents page of a case's latest version: the case's documents (consent, disclosure, and
 * the packet once a session is recorded), each session's aftercare sheet and treatment report and
 * its aftercare e-mail with what the sent-log shows, the issued records of the case from the
 * records archive, and who printed, downloaded or sent what (the access log: the archive's lines
 * do not say who). Addresses carry ids only.
 */
final class DocumentsPage {
    /** How many of the case's access events the page looks through for prints, downloads and sends. */
    static final int ACCESS_EVENTS = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final Set<AccessAction> ISSUING = EnumSet.of(AccessAction.PRINTED, AccessAction.DOWNLOADED,
            AccessAction.SENT, AccessAction.SIGNED);

    private final FrontDesk desk;
    private final Pages pages;
    private final ZoneId zone;
    private final AftercareMail mail;

    DocumentsPage(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.mail = new AftercareMail(desk);
    }

    AftercareMail mail() {
        return mail;
    }

    /** Shows the page of case {@code caseId} with {@code status} and {@code extra} (an e-mail's outcome). */
    void show(Context ctx, String caseId, HttpStatus status, Map<String, ?> extra) {
        StoredCase stored = desk.cases().latest(caseId)
                .orElseThrow(() -> new NotFoundResponse("There is no case with this id."));
        Map<String, Object> m = new HashMap<>(extra);
        m.put("caseId", caseId);
        m.put("caseHref", CasePaths.of(caseId));
        m.put("version", stored.version().version());
        m.put("issued", stored.version().issued());
        m.put("mayIssue", DocumentPages.mayIssue(Requests.staff(ctx).role()));
        try {
            PatientCase c = stored.read(desk.engine());
            m.put("name", (c.patient().givenName() + " " + c.patient().familyName()).strip());
            m.put("documents", caseDocuments(c));
            m.put("sessions", sessions(c));
        } catch (InvalidInputException e) {
            m.put("caseProblems", CaseDocuments.problems(e));
            m.put("documents", List.of());
            m.put("sessions", List.of());
        }
        m.put("history", history(caseId));
        m.put("tabletSigning", desk.seal().isPresent());
        m.put("staffActions", staffActions(caseId));
        pages.show(ctx, status, "documents", m);
    }

    private List<Map<String, Object>> caseDocuments(PatientCase c) {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(document(c.id(), DocumentKind.CONSENT, 0, "Consent form"));
        docs.add(document(c.id(), DocumentKind.DISCLOSURE, 0, "Drawback disclosure"));
        if (!c.sessions().isEmpty()) {
            docs.add(document(c.id(), DocumentKind.PACKET, 0, "Packet (consent, disclosure, latest aftercare sheet)"));
        }
        return docs;
    }

    private List<Map<String, Object>> sessions(PatientCase c) {
        Map<Integer, List<Map<String, Object>>> sent = sentBySession(c.id());
        String sentLogProblem = sent == null ? "The sent-log cannot be read, so what was sent is not known here." : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        c.sessions().stream().sorted(Comparator.comparing(TreatmentSession::number)).forEach(s -> {
            int n = s.number();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", n);
            row.put("date", DAY.format(s.date()));
            row.put("documents", List.of(document(c.id(), DocumentKind.AFTERCARE, n, "Aftercare sheet"),
                    document(c.id(), DocumentKind.REPORT, n, "Treatment report")));
            row.put("mailHref", CasePaths.of(c.id(), "sessions/" + n + "/aftercare-email"));
            row.put("sent", sent == null ? List.of() : sent.getOrDefault(n, List.of()));
            if (sentLogProblem != null) {
                row.put("sentLogProblem", sentLogProblem);
            }
            rows.add(row);
        });
        return rows;
    }

    /** The sent-log's entries of the case by session; null when the sent-log cannot be read. */
    private Map<Integer, List<Map<String, Object>>> sentBySession(String caseId) {
        List<SentLog.Entry> entries;
        try {
            entries = mail.sent(caseId);
        } catch (SmpDocsException e) {
            return null;
        }
        Map<Integer, List<Map<String, Object>>> bySession = new HashMap<>();
        for (SentLog.Entry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", when(e.sentAt()));
            row.put("reply", e.reply());
            bySession.computeIfAbsent(e.session(), k -> new ArrayList<>()).add(row);
        }
        return bySession;
    }

    private String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant).atZone(zone));
        } catch (RuntimeException e) {
            return instant;
        }
    }

    private static Map<String, Object> document(String caseId, DocumentKind kind, int session, String label) {
        String base = CasePaths.of(caseId, "documents/" + kind.id() + "/");
        String query = session > 0 ? "?session=" + session : "";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", kind.id());
        d.put("label", label);
        d.put("session", session);
        d.put("previewHref", base + "preview" + query);
        d.put("printHref", base + "print" + query);
        d.put("docxHref", base + "docx" + query);
        return d;
    }

    /** The case's records in the archive, newest first. */
    private List<Map<String, Object>> history(String caseId) {
        List<AuditEntry> entries = desk.archive().entries();
        Map<Long, Long> completed = new HashMap<>();
        entries.stream().filter(e -> e.document().isSigned())
                .forEach(e -> completed.put(e.document().completion().completes(), e.sequence()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            IssuedDocument d = e.document();
            if (!d.caseId().equals(caseId)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", e.sequence());
            row.put("at", WHEN.format(d.issuedAt().atZone(zone)));
            row.put("kind", d.kind().id());
            row.put("session", d.session());
            row.put("format", d.format().extension().toUpperCase(Locale.ROOT));
            row.put("signed", d.isSigned());
            row.put("href", CasePaths.of(caseId, "records/" + e.sequence()));
            boolean signable = RecordSigning.signable(e) && !completed.containsKey(e.sequence());
            row.put("signable", signable);
            if (completed.containsKey(e.sequence())) {
                row.put("signedAs", completed.get(e.sequence()));
            }
            if (signable) {
                row.put("tabletHref", CasePaths.of(caseId, "records/" + e.sequence() + "/tablet"));
            }
            if (d.isSigned()) {
                row.put("completes", d.completion().completes());
                row.put("evidence", SigningEvidenceLine.of(desk.archive(), e, zone));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Who printed, downloaded, signed or sent this case's documents, newest first (the access log). */
    private List<Map<String, Object>> staffActions(String caseId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AccessEvent e : desk.accessLog().ofCase(caseId, ACCESS_EVENTS)) {
            if (!ISSUING.contains(e.action())) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", WHEN.format(e.at().atZone(zone)));
            row.put("who", e.username());
            row.put("action", e.action().name().toLowerCase(Locale.ROOT));
            rows.add(row);
        }
        return rows;
    }
}
