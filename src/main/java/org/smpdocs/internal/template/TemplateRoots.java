package org.smpdocs.internal.template;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smpdocs.Provenance;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.FollowUp;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Practitioner;
import org.smpdocs.model.ProcedureContent;
import org.smpdocs.model.TreatmentSession;

/**
 * Builds the {@link TemplateRoot} for a document: everything computed (age, aftercare dates, the
 * next visit) is computed here once, so templates only lay out. Thread-safe.
 */
public final class TemplateRoots {
    private final Clinic clinic;
    private final Locale locale;
    private final DateFormats fmt;
    private final String paper;

    private final ZoneId zone;

    /** @param zone the time zone issue dates are counted in */
    public TemplateRoots(Clinic clinic, Locale locale, String paper, ZoneId zone) {
        this.zone = zone;
        this.clinic = clinic;
        this.locale = locale;
        this.fmt = new DateFormats(locale);
        this.paper = paper;
    }

    /** The root for a case-level document (consent, disclosure). */
    public TemplateRoot forCase(String kind, PatientCase c, Provenance provenance) {
        return root(kind, c, provenance, null, null, null, null, null);
    }

    /** The root for a per-session document (aftercare, report). */
    public TemplateRoot forSession(String kind, PatientCase c, TreatmentSession s, Provenance provenance) {
        Practitioner practitioner = clinic.practitioner(s.practitionerId()).orElseThrow();
        List<DatedStep> steps = clinic.content().aftercare().stream().map(a -> DatedStep.of(a, s.date())).toList();
        List<PausedMedicine> pauses = c.plan().medicinePauses() == null ? List.of()
                : c.plan().medicinePauses().stream().map(m -> PausedMedicine.of(m, s)).toList();
        return root(kind, c, provenance, s, practitioner, steps, nextVisit(c, s), pauses);
    }

    /** The case's part of every root, with the session's part (null for a case-level document). */
    private TemplateRoot root(String kind, PatientCase c, Provenance provenance, TreatmentSession s,
            Practitioner practitioner, List<DatedStep> steps, NextVisit next, List<PausedMedicine> pauses) {
        ProcedureContent content = clinic.content();
        boolean minor = minor(c);
        return new TemplateRoot(info(kind, provenance), fmt, clinic, content, c, c.patient(), c.plan(), lead(c),
                practitioners(c), c.consent(), minor, CaseReading.answers(content, c), CaseReading.precautions(content, c),
                CaseReading.forYou(content, c, minor), CaseReading.choices(content, c), s, practitioner, steps, next, pauses);
    }

    /**
     * Everyone who treats the patient: the plan's lead first, then each session's practitioner and
     * whoever gave its anaesthetic, once each.
     */
    private List<Practitioner> practitioners(PatientCase c) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.plan().practitionerId());
        c.sessions().forEach(s -> {
            ids.add(s.practitionerId());
            ids.add(s.anaesthetic().givenBy());
        });
        return ids.stream().map(id -> clinic.practitioner(id).orElseThrow()).toList();
    }

    private Practitioner lead(PatientCase c) {
        return clinic.practitioner(c.plan().practitionerId()).orElseThrow();
    }

    private DocumentInfo info(String kind, Provenance provenance) {
        LocalDate issued = LocalDate.ofInstant(provenance.issuedAt(), zone);
        return new DocumentInfo(kind, locale.toLanguageTag(), issued, clinic.content().version(), paper, provenance);
    }

    private boolean minor(PatientCase c) {
        return clinic.minors().appliesTo(c);
    }

    private NextVisit nextVisit(PatientCase c, TreatmentSession s) {
        FollowUp followUp = clinic.content().followUp();
        if (s.number() < c.plan().sessionsPlanned()) {
            return new NextVisit(false, s.number() + 1, s.date().plusDays(followUp.daysBetweenSessions()));
        }
        return new NextVisit(true, 0, s.date().plusMonths(followUp.touchUpAfterMonths()));
    }
}
