package org.smpdocs.internal.web;

import static org.smpdocs.internal.web.FormField.Kind.CHOICE;
import static org.smpdocs.internal.web.FormField.Kind.CHOICES;
import static org.smpdocs.internal.web.FormField.Kind.DATE;
import static org.smpdocs.internal.web.FormField.Kind.DECIMAL;
import static org.smpdocs.internal.web.FormField.Kind.EMAIL;
import static org.smpdocs.internal.web.FormField.Kind.INTEGER;
import static org.smpdocs.internal.web.FormField.Kind.LINES;
import static org.smpdocs.internal.web.FormField.Kind.LONG_TEXT;
import static org.smpdocs.internal.web.FormField.Kind.PHONE;
import static org.smpdocs.internal.web.FormField.Kind.TEXT;
import static org.smpdocs.internal.web.FormField.Kind.TIME;
import static org.smpdocs.internal.web.FormField.Kind.YES_NO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.smpdocs.model.AnaestheticRoute;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.HairLossScale;
import org.smpdocs.model.PatchTestOutcome;
import org.smpdocs.model.SignerRole;
import org.smpdocs.model.Tolerance;
import org.smpdocs.model.TreatmentArea;

/**
 * The fields of the case form and of the session form, by section, each named by its path in the
 * case file. The screening's questions and the practitioners are the clinic's own.
 */
final class CaseFormFields {
    /** How many consent signers the form offers. */
    static final int SIGNER_ROWS = 4;
    /** How many readings of vital signs the session form offers. */
    static final int VITALS_ROWS = 3;

    private CaseFormFields() {
    }

    /** The case form: id (new cases only), patient, contact, history, screening, patch test, plan, consent. */
    static List<FormSection> caseForm(Clinic clinic, boolean withId) {
        List<FormSection> s = new ArrayList<>();
        List<FormField> patient = new ArrayList<>();
        if (withId) {
            patient.add(FormField.of("id", "Case id", TEXT,
                    "1 to 64 letters, digits, '.', '_' or '-'; it cannot be changed later"));
        }
        patient.addAll(List.of(
                FormField.of("patient.id", "Patient id", TEXT),
                FormField.of("patient.givenName", "Given name", TEXT),
                FormField.of("patient.familyName", "Family name", TEXT),
                FormField.of("patient.dateOfBirth", "Date of birth", DATE),
                FormField.of("patient.preferredLanguage", "Preferred language", TEXT, "a language code such as en, cs, el"),
                FormField.of("patient.skinType", "Skin type (Fitzpatrick 1–6)", INTEGER),
                FormField.choice("patient.hairLoss.scale", "Hair-loss scale", CHOICE, options(HairLossScale.values())),
                FormField.of("patient.hairLoss.grade", "Hair-loss grade", TEXT, "Norwood 1–7 (e.g. 5A), Ludwig I–III"),
                FormField.of("patient.hairLoss.notes", "Hair-loss notes", LONG_TEXT)));
        s.add(new FormSection("Patient", patient));
        s.add(new FormSection("Contact", List.of(
                FormField.of("patient.email", "E-mail", EMAIL),
                FormField.of("patient.phone", "Phone", PHONE),
                FormField.of("patient.address.line1", "Address line 1", TEXT),
                FormField.of("patient.address.line2", "Address line 2", TEXT),
                FormField.of("patient.address.city", "Town or city", TEXT),
                FormField.of("patient.address.region", "Region", TEXT),
                FormField.of("patient.address.postalCode", "Postcode", TEXT),
                FormField.of("patient.address.country", "Country", TEXT))));
        s.add(new FormSection("History", "One entry a line; leave empty for none.", List.of(
                FormField.of("patient.history.scars", "Scars", LINES),
                FormField.of("patient.history.allergies", "Allergies", LINES),
                FormField.of("patient.history.medications", "Medications", LINES),
                FormField.of("patient.history.previousTransplant.method", "Previous transplant: method", TEXT,
                        "leave the transplant empty if there was none"),
                FormField.of("patient.history.previousTransplant.date", "Previous transplant: date", DATE),
                FormField.of("patient.history.previousTransplant.donorAreaLimited", "Donor area limited", YES_NO),
                FormField.of("patient.history.previousTransplant.scarDescription", "Transplant scar", TEXT))));
        s.add(new FormSection("Screening", "Answer every question with the patient.", clinic.content().healthQuestions()
                .stream().map(q -> FormField.of("screening." + q.id(), q.question(), YES_NO)).toList()));
        s.add(new FormSection("Patch test", List.of(
                FormField.choice("patchTest.outcome", "Outcome", CHOICE, options(PatchTestOutcome.values())),
                FormField.of("patchTest.date", "Date", DATE),
                FormField.of("patchTest.site", "Site", TEXT),
                FormField.of("patchTest.result", "Result", TEXT))));
        s.add(new FormSection("Plan", List.of(
                FormField.choice("plan.areas", "Areas", CHOICES, options(TreatmentArea.values())),
                FormField.of("plan.sessionsPlanned", "Sessions planned (1–6)", INTEGER),
                FormField.of("plan.pigmentShade", "Pigment shade", TEXT),
                FormField.choice("plan.practitionerId", "Practitioner", CHOICE, practitioners(clinic)),
                FormField.of("plan.hairWornLong", "Hair worn long", YES_NO),
                FormField.of("plan.notes", "Notes", LONG_TEXT))));
        List<FormField> consent = new ArrayList<>();
        consent.add(FormField.of("consent.date", "Consent date", DATE, "the appointment at which it is signed"));
        for (int i = 0; i < SIGNER_ROWS; i++) {
            String p = "consent.signers[" + i + "].";
            int n = i + 1;
            consent.add(FormField.choice(p + "role", "Signer " + n + ": role", CHOICE, options(SignerRole.values())));
            consent.add(FormField.of(p + "name", "Signer " + n + ": name", TEXT));
            consent.add(FormField.of(p + "relationship", "Signer " + n + ": relationship (guardian)", TEXT));
            consent.add(FormField.of(p + "language", "Signer " + n + ": language (interpreter)", TEXT));
        }
        s.add(new FormSection("Consent", "Leave a signer's row empty if not needed.", consent));
        return List.copyOf(s);
    }

    /** The session form, for the case's session at list index {@code index}. */
    static List<FormSection> sessionForm(Clinic clinic, int index) {
        List<FormField.Option> practitioners = practitioners(clinic);
        List<FormSection> s = new ArrayList<>();
        s.add(new FormSection("Session", List.of(
                FormField.of("date", "Date", DATE),
                FormField.of("start", "Start", TIME),
                FormField.of("end", "End", TIME),
                FormField.choice("practitionerId", "Practitioner", CHOICE, practitioners),
                FormField.of("guardianPresent", "Guardian present (minor)", TEXT),
                FormField.choice("areasTreated", "Areas treated", CHOICES, options(TreatmentArea.values())))));
        s.add(new FormSection("Before treatment", List.of(
                FormField.of("preTreatmentCheck.healthUnchanged", "Health unchanged since the consent", YES_NO),
                FormField.of("preTreatmentCheck.healthChanges", "What changed", LONG_TEXT),
                FormField.of("preTreatmentCheck.consentConfirmed", "Patient confirmed the consent", YES_NO),
                FormField.choice("preTreatmentCheck.checkedBy", "Checked by", CHOICE, practitioners))));
        s.add(new FormSection("Anaesthetic", List.of(
                FormField.of("anaesthetic.agent", "Agent", TEXT),
                FormField.of("anaesthetic.concentrationPercent", "Concentration (%)", DECIMAL),
                FormField.of("anaesthetic.volumeMl", "Volume (ml)", DECIMAL),
                FormField.choice("anaesthetic.route", "Route", CHOICE, options(AnaestheticRoute.values())),
                FormField.of("anaesthetic.lot", "Lot", TEXT),
                FormField.of("anaesthetic.expiry", "Expiry", DATE),
                FormField.choice("anaesthetic.givenBy", "Given by", CHOICE, practitioners),
                FormField.of("anaesthetic.prescriber.name", "Prescriber", TEXT),
                FormField.of("anaesthetic.prescriber.registrationNumber", "Prescriber's registration number", TEXT))));
        s.add(new FormSection("Pigment and needle", List.of(
                FormField.of("pigment.brand", "Pigment brand", TEXT),
                FormField.of("pigment.shade", "Pigment shade", TEXT),
                FormField.of("pigment.lot", "Pigment lot", TEXT),
                FormField.of("pigment.expiry", "Pigment expiry", DATE),
                FormField.of("needle.configuration", "Needle configuration", TEXT),
                FormField.of("needle.lot", "Needle lot", TEXT),
                FormField.of("needle.expiry", "Needle expiry", DATE))));
        List<FormField> observations = new ArrayList<>(List.of(
                FormField.of("observations.scalpBefore", "Scalp before", TEXT),
                FormField.of("observations.scalpAfter", "Scalp after", TEXT)));
        for (int i = 0; i < VITALS_ROWS; i++) {
            String p = "observations.vitals[" + i + "].";
            int n = i + 1;
            observations.add(FormField.of(p + "time", "Reading " + n + ": time", TIME));
            observations.add(FormField.of(p + "systolicMmHg", "Reading " + n + ": systolic (mmHg)", INTEGER));
            observations.add(FormField.of(p + "diastolicMmHg", "Reading " + n + ": diastolic (mmHg)", INTEGER));
            observations.add(FormField.of(p + "pulseBpm", "Reading " + n + ": pulse (bpm)", INTEGER));
            observations.add(FormField.of(p + "note", "Reading " + n + ": note", TEXT));
        }
        s.add(new FormSection("Observations", "Leave a reading's row empty if not taken.", observations));
        s.add(new FormSection("Outcome", List.of(
                FormField.choice("tolerance", "Tolerance", CHOICE, options(Tolerance.values())),
                FormField.of("adverseEvents", "Adverse events", LINES, "one a line; empty for none"),
                FormField.of("photos", "Photo references", LINES, "one a line"),
                FormField.of("photoStorage", "Where the photos are kept", TEXT),
                FormField.of("nextSessionRecommendation", "Next session", LONG_TEXT),
                FormField.of("aftercareVersion", "Aftercare version given", TEXT))));
        String prefix = "sessions[" + index + "].";
        return s.stream().map(x -> new FormSection(x.title(), x.hint(),
                x.fields().stream().map(f -> f.under(prefix)).toList())).toList();
    }

    /** Every field of {@code sections}. */
    static List<FormField> all(List<FormSection> sections) {
        return sections.stream().flatMap(x -> x.fields().stream()).toList();
    }

    /** An enum's values as the case file spells them ({@code frontal-hairline}). */
    static List<FormField.Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> {
            String json = v.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String label = json.replace('-', ' ');
            return new FormField.Option(json, Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }).toList();
    }

    private static List<FormField.Option> practitioners(Clinic clinic) {
        return clinic.practitioners().stream().map(p -> new FormField.Option(p.id(), p.name())).toList();
    }
}
