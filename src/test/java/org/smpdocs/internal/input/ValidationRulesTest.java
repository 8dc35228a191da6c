package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.YesMeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpdocs.internal.input.SampleFiles.accepted;
import static org.smpdocs.internal.input.SampleFiles.object;
import static org.smpdocs.internal.input.SampleFiles.problems;

/**
 * The class-level rules, one field changed in a valid sample at a time. The base case is
 * norwood6-density: adult, English, 3 sessions planned, sessions 1 and 2 recorded on 2026-11-02
 * and 2026-11-16 by pr-aoife, consent signed 2026-10-26.
 */
class ValidationRulesTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);

    private static ObjectNode base() {
        return SampleFiles.validCase("norwood6-density");
    }

    private static LocalDate consentDate(ObjectNode c) {
        return LocalDate.parse(c.at("/consent/date").asText());
    }

    private static List<Problem> problemsOf(ObjectNode c) {
        return problems(READER, c, CLINIC);
    }

    // guardian-for-minor

    /** A 17-year-old on the consent date, treated for a medical reason under a doctor's direction. */
    private static ObjectNode minor() {
        ObjectNode c = base();
        object(c, "/patient").put("dateOfBirth", consentDate(c).minusYears(18).plusDays(1).toString());
        ObjectNode minor = object(c, "/consent").putObject("minor");
        minor.put("medicalReason", "Camouflage of a surgical scar");
        minor.putObject("directingDoctor").put("name", "Dr Priya Raman").put("registrationNumber", "GMC 7041235");
        return c;
    }

    private static void withGuardian(ObjectNode c) {
        ((ArrayNode) c.at("/consent/signers")).addObject()
                .put("role", "guardian").put("name", "Ann Hollins").put("relationship", "mother");
    }

    private static Clinic clinicWithMinorRules(int age, boolean reason, boolean doctor) {
        ObjectNode clinic = SampleFiles.clinicTree();
        object(clinic, "/minors").put("ageOfMajority", age).put("medicalReasonRequired", reason)
                .put("directingDoctorRequired", doctor);
        return READER.readClinic("clinic.json", SampleFiles.bytes(clinic));
    }

    @Test
    void minorWithoutGuardian() {
        ObjectNode c = minor();
        assertEquals(List.of(new Problem("consent.signers", "guardian-for-minor",
                "a guardian signer for a patient under 18 on the consent date")), problemsOf(c));
    }

    @Test
    void patientWhoTurns18OnTheConsentDateIsAnAdult() {
        ObjectNode c = base();
        object(c, "/patient").put("dateOfBirth", consentDate(c).minusYears(18).toString());
        accepted(READER, c, CLINIC);
    }

    @Test
    void minorWithGuardianIsFine() {
        ObjectNode c = minor();
        withGuardian(c);
        accepted(READER, c, CLINIC);
    }

    // minors-as-the-clinic-requires: the UK rules of the sample clinic, and another clinic's

    @Test
    void aMinorNeedsTheMedicalReasonAndTheDirectingDoctorOneProblemEach() {
        ObjectNode c = minor();
        withGuardian(c);
        object(c, "/consent").remove("minor");
        String under = " for a patient under 18 (the clinic's rule for minors)";
        assertEquals(List.of(
                new Problem("consent.minor.directingDoctor.name", "minors-as-the-clinic-requires",
                        "the name of the doctor who directs the treatment" + under),
                new Problem("consent.minor.directingDoctor.registrationNumber", "minors-as-the-clinic-requires",
                        "the directing doctor's registration number" + under),
                new Problem("consent.minor.medicalReason", "minors-as-the-clinic-requires",
                        "the medical reason for the treatment" + under)), problemsOf(c));
    }

    @Test
    void aClinicWhoseRulesAskLessGetsLess() {
        ObjectNode c = minor();
        withGuardian(c);
        object(c, "/consent").remove("minor");
        accepted(READER, c, clinicWithMinorRules(18, false, false));
    }

    @Test
    void theAgeOfMajorityIsTheClinics() {
        ObjectNode c = minor();
        object(c, "/consent").remove("minor");
        accepted(READER, c, clinicWithMinorRules(16, true, true));
        assertEquals(List.of(new Problem("consent.signers", "guardian-for-minor",
                "a guardian signer for a patient under 19 on the consent date")),
                problems(READER, c, clinicWithMinorRules(19, false, false)));
    }

    // interpreter-when-languages-differ

    @Test
    void interpreterMissingWhenLanguagesDiffer() {
        ObjectNode c = SampleFiles.validCase("accented-name-interpreter");
        ArrayNode signers = (ArrayNode) c.at("/consent/signers");
        assertEquals("interpreter", signers.get(2).get("role").asText());
        signers.remove(2);
        assertEquals(List.of(new Problem("consent.signers", "interpreter-when-languages-differ",
                "an interpreter signer when the patient's language differs from the documents' language")),
                problemsOf(c));
    }

    @Test
    void regionSubtagIsNoDifference() {
        ObjectNode c = base();
        object(c, "/patient").put("preferredLanguage", "en-GB");
        accepted(READER, c, CLINIC);
    }

    @Test
    void ptBrPatientNeedsNoInterpreterWithPortugueseDocuments() {
        ObjectNode profile = SampleFiles.clinicTree();
        profile.put("documentLanguage", "pt");
        Clinic portuguese = READER.readClinic("clinic-pt.json", SampleFiles.bytes(profile));
        ObjectNode c = base();
        object(c, "/patient").put("preferredLanguage", "pt-BR");

        accepted(READER, c, portuguese);
        // the same case needs an interpreter for the English clinic: the clinic decides
        assertEquals(List.of("consent.signers interpreter-when-languages-differ"),
                problemsOf(c).stream().map(SampleFiles::pathAndRule).toList());
    }

    // session-times

    @Test
    void sessionEndingBeforeItStarts() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("start", "10:00").put("end", "09:59");
        assertEquals(List.of(new Problem("sessions[1].end", "session-times", "an end time after the start time")),
                problemsOf(c));
    }

    @Test
    void sessionEndingWhenItStarts() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("start", "10:00").put("end", "10:00");
        assertEquals(List.of(new Problem("sessions[1].end", "session-times", "an end time after the start time")),
                problemsOf(c));
    }

    @Test
    void sessionLongerThanEightHours() {
        ObjectNode c = base();
        object(c, "/sessions/0").put("start", "08:30").put("end", "16:31");
        assertEquals(List.of(new Problem("sessions[0].end", "session-times", "a session of at most 8 hours")),
                problemsOf(c));
    }

    @Test
    void sessionOfExactlyEightHoursIsFine() {
        ObjectNode c = base();
        object(c, "/sessions/0").put("start", "08:30").put("end", "16:30");
        accepted(READER, c, CLINIC);
    }

    // sessions-within-plan

    private static final Problem NUMBER_OF_SECOND_SESSION = new Problem("sessions[1].number", "sessions-within-plan",
            "session numbers from 1 to the planned number of sessions, each once");

    @Test
    void sessionNumberAbovePlan() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("number", 4);
        assertEquals(List.of(NUMBER_OF_SECOND_SESSION), problemsOf(c));
    }

    @Test
    void lastPlannedSessionNumberIsFine() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("number", 3);
        accepted(READER, c, CLINIC);
    }

    @Test
    void repeatedSessionNumber() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("number", 1);
        assertEquals(List.of(NUMBER_OF_SECOND_SESSION), problemsOf(c));
    }

    // sessions-after-consent

    @Test
    void sessionBeforeConsent() {
        ObjectNode c = base();
        object(c, "/sessions/0").put("date", consentDate(c).minusDays(1).toString());
        assertEquals(List.of(new Problem("sessions[0].date", "sessions-after-consent",
                "a session date on or after the consent date")), problemsOf(c));
    }

    @Test
    void sessionOnTheConsentDayIsFine() {
        ObjectNode c = base();
        object(c, "/sessions/0").put("date", consentDate(c).toString());
        accepted(READER, c, CLINIC);
    }

    // known-practitioners

    private static final String KNOWN_PRACTITIONER = "the id of one of the clinic's practitioners";

    @Test
    void unknownPractitionerInPlan() {
        ObjectNode c = base();
        object(c, "/plan").put("practitionerId", "pr-sinead");
        assertEquals(List.of(new Problem("plan.practitionerId", "known-practitioners", KNOWN_PRACTITIONER)),
                problemsOf(c));
    }

    @Test
    void unknownPractitionerInSession() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("practitionerId", "pr-sinead");
        assertEquals(List.of(new Problem("sessions[1].practitionerId", "known-practitioners", KNOWN_PRACTITIONER)),
                problemsOf(c));
    }

    @Test
    void sessionByAnotherOfTheClinicsPractitionersIsFine() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("practitionerId", "pr-marta");
        accepted(READER, c, CLINIC);
    }

    // no-contraindication: the case stays valid; only the consent is stopped

    @Test
    void aYesToAContraindicationStopsTheConsentWithTheClinicsReason() {
        int contraindications = 0;
        for (HealthQuestion q : CLINIC.content().healthQuestions()) {
            ObjectNode c = base();
            object(c, "/screening").put(q.id(), true);
            PatientCase read = accepted(READER, c, CLINIC);
            assertEquals(List.of(), READER.caseProblems(read, CLINIC), q.id() + ": the case stays a valid record");
            List<Problem> consent = READER.consentProblems(read, CLINIC);
            if (q.ifYes() == YesMeans.CONTRAINDICATION) {
                contraindications++;
                assertEquals(List.of(new Problem("screening." + q.id(), "no-contraindication", q.reason())), consent);
            } else {
                assertEquals(List.of(), consent, q.id() + " is a precaution: treatment goes ahead with care");
            }
        }
        assertTrue(contraindications >= 4 && contraindications < CLINIC.content().healthQuestions().size(),
                "the sample clinic has both kinds of question");
    }

    @Test
    void whatAYesMeansIsTheClinicsToDecide() {
        ObjectNode profile = SampleFiles.clinicTree();
        for (com.fasterxml.jackson.databind.JsonNode q : profile.at("/content/healthQuestions")) {
            if (q.get("id").asText().equals("diabetes")) {
                ((ObjectNode) q).put("ifYes", "contraindication").put("reason", "no diabetes {here} ${1+1}");
            }
        }
        Clinic strict = READER.readClinic("clinic.json", SampleFiles.bytes(profile));
        ObjectNode c = base();
        object(c, "/screening").put("diabetes", true);
        PatientCase read = accepted(READER, c, strict);
        assertEquals(List.of(new Problem("screening.diabetes", "no-contraindication", "no diabetes {here} ${1+1}")),
                READER.consentProblems(read, strict), "the clinic's words, never interpolated");
        assertEquals(List.of(), READER.consentProblems(read, CLINIC));
    }

    @Test
    void everyQuestionOfTheClinicIsAnsweredAndNoOther() {
        ObjectNode c = base();
        object(c, "/screening").remove("diabetes");
        object(c, "/screening").putNull("immuneSuppression");
        object(c, "/screening").put("hayFever", false);
        assertEquals(List.of(
                new Problem("screening.diabetes", "every-question-answered", "true or false"),
                new Problem("screening.hayFever", "known-questions", "one of the clinic's health questions: "
                        + String.join(", ", CLINIC.content().healthQuestions().stream().map(HealthQuestion::id).toList())),
                new Problem("screening.immuneSuppression", "every-question-answered", "true or false")), problemsOf(c));
    }

    @Test
    void anUnknownQuestionIdIsShownEscaped() {
        ObjectNode c = base();
        object(c, "/screening").put("diab\u00e8te", false);
        List<Problem> problems = problemsOf(c);
        assertEquals(1, problems.size());
        assertEquals("screening.diab\\u00e8te", problems.get(0).path(), "outside printable ASCII, escaped as everywhere");
    }

    // patch-test-recorded, known-choices

    @Test
    void aPatchTestDoneSaysWhenWhereAndWithWhatResult() {
        ObjectNode c = base();
        c.putObject("patchTest").put("outcome", "done");
        assertEquals(List.of(
                new Problem("patchTest.date", "patch-test-recorded", "the date of a patch test that was done"),
                new Problem("patchTest.result", "patch-test-recorded", "the result of a patch test that was done"),
                new Problem("patchTest.site", "patch-test-recorded",
                        "where on the body a patch test that was done was placed")), problemsOf(c));
        c.putObject("patchTest").put("outcome", "declined");
        accepted(READER, c, CLINIC);
    }

    @Test
    void aRecordedChoiceIsOneOfTheClinicsAndRecordedOnce() {
        ObjectNode c = base();
        ArrayNode choices = object(c, "/consent").putArray("choices");
        choices.addObject().put("id", "photos-marketing").put("agreed", false).put("recordedOn", "2026-10-01");
        choices.addObject().put("id", "photos-marketing").put("agreed", true).put("recordedOn", "2026-10-02");
        choices.addObject().put("id", "newsletter").put("agreed", true).put("recordedOn", "2026-10-02");
        String expected = "one of the clinic's consent choices, each recorded once: photos-clinical-record, photos-marketing";
        assertEquals(List.of(new Problem("consent.choices[1].id", "known-choices", expected),
                new Problem("consent.choices[2].id", "known-choices", expected)), problemsOf(c));
    }

    // known-conditions, unique-ids (clinic profile)

    @Test
    void aNoteForYouIsKeyedOnSomethingTheEngineCanDecide() {
        ObjectNode profile = SampleFiles.clinicTree();
        ((ArrayNode) profile.at("/content/forYou")).addObject().put("when", "tall").put("text", "Mind the door.");
        int index = profile.at("/content/forYou").size() - 1;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.readClinic("clinic.json", SampleFiles.bytes(profile)));
        assertEquals(List.of(new Problem("content.forYou[" + index + "].when", "known-conditions",
                "a health question's id or one of the case facts: scars, previous-transplant, allergies, medications, "
                        + "hair-worn-long, minor")), e.problems());
    }

    // grade-on-scale

    @Test
    void ludwigGradeOnTheNorwoodScale() {
        ObjectNode c = base();
        object(c, "/patient/hairLoss").put("grade", "II");
        assertEquals(List.of(new Problem("patient.hairLoss.grade", "grade-on-scale",
                "a grade on the norwood scale: 1, 2, 2A, 3, 3A, 3V, 4, 4A, 5, 5A, 5V, 6, 7")), problemsOf(c));
    }

    @Test
    void norwoodGradeOnTheLudwigScale() {
        ObjectNode c = base();
        object(c, "/patient/hairLoss").put("scale", "ludwig").put("grade", "6");
        assertEquals(List.of(new Problem("patient.hairLoss.grade", "grade-on-scale",
                "a grade on the ludwig scale: I, II, III")), problemsOf(c));
    }


    @Test
    void repeatedDrawbackIdInTheClinicProfile() {
        ObjectNode profile = SampleFiles.clinicTree();
        ArrayNode drawbacks = (ArrayNode) profile.at("/content/drawbacks");
        ((ObjectNode) drawbacks.get(4)).put("id", drawbacks.get(1).get("id").asText());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.readClinic("clinic.json", SampleFiles.bytes(profile)));
        assertEquals(List.of(new Problem("content.drawbacks[4].id", "unique-ids",
                "ids that are unique in the list")), e.problems());
    }

    @Test
    void repeatedHealthQuestionIdInTheClinicProfile() {
        ObjectNode profile = SampleFiles.clinicTree();
        ArrayNode questions = (ArrayNode) profile.at("/content/healthQuestions");
        ((ObjectNode) questions.get(3)).put("id", questions.get(0).get("id").asText());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.readClinic("clinic.json", SampleFiles.bytes(profile)));
        assertTrue(e.problems().contains(new Problem("content.healthQuestions[3].id", "unique-ids",
                "ids that are unique in the list")), e.problems().toString());
    }
}
