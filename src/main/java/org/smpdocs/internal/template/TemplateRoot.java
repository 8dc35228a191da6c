package org.smpdocs.internal.template;

import java.util.List;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Consent;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.Patient;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Practitioner;
import org.smpdocs.model.ProcedureContent;
import org.smpdocs.model.TreatmentPlan;
import org.smpdocs.model.TreatmentSession;

/**
 * The typed data model every template receives; its components are the top-level names a
 * template uses ({@code ${patient.givenName}}, {@code <#list content.drawbacks as d>}).
 * {@code planPractitioner} is the practitioner the plan names; {@code practitioners} everyone who
 * treats the patient, the plan's practitioner first, then each session's practitioner and the one
 * who gave its anaesthetic, once each.
 * {@code healthAnswers} pairs each of the clinic's health questions with the patient's answer,
 * {@code precautions} are the questions answered yes that call for care, {@code forYou} the "what
 * this means for you" paragraphs that apply to the case, and {@code choices} the consent choices
 * with the answers recorded earlier (null where the patient is to tick a box).
 * {@code session}, {@code practitioner}, {@code aftercare}, {@code nextVisit} and {@code medicinePauses} (the
 * plan's medicine pauses, dated from the session's end) are set for the
 * per-session documents (aftercare, report) and null otherwise: a template that uses them where
 * they are absent fails, it never prints blanks.
 */
public record TemplateRoot(
        DocumentInfo doc,
        DateFormats fmt,
        Clinic clinic,
        ProcedureContent content,
        PatientCase patientCase,
        Patient patient,
        TreatmentPlan plan,
        Practitioner planPractitioner,
        List<Practitioner> practitioners,
        Consent consent,
        boolean minor,
        List<HealthAnswer> healthAnswers,
        List<HealthQuestion> precautions,
        List<String> forYou,
        List<ChoiceLine> choices,
        TreatmentSession session,
        Practitioner practitioner,
        List<DatedStep> aftercare,
        NextVisit nextVisit,
        List<PausedMedicine> medicinePauses) {

    public TemplateRoot {
        aftercare = aftercare == null ? null : List.copyOf(aftercare);
        healthAnswers = List.copyOf(healthAnswers);
        precautions = List.copyOf(precautions);
        forYou = List.copyOf(forYou);
        choices = List.copyOf(choices);
        medicinePauses = medicinePauses == null ? null : List.copyOf(medicinePauses);
    }
}
