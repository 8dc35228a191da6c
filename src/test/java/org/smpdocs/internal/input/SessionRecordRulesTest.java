package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpdocs.Problem;
import org.smpdocs.model.AnaestheticRoute;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.smpdocs.internal.input.SampleFiles.accepted;
import static org.smpdocs.internal.input.SampleFiles.object;
import static org.smpdocs.internal.input.SampleFiles.problems;

/**
 * The rules of a session's clinical record at their edges, one field changed in a valid sample
 * at a time (the samples/invalid files show each rule broken): expiry on the session day,
 * photographs and where they are stored, the same-day re-check, blood pressure, the guardian
 * present. The base case is norwood6-density: adult, sessions on 2026-11-02 and 2026-11-16.
 */
class SessionRecordRulesTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);

    private static ObjectNode base() {
        return SampleFiles.validCase("norwood6-density");
    }

    private static List<Problem> problemsOf(ObjectNode c) {
        return problems(READER, c, CLINIC);
    }

    @Test
    void theNewFieldsReadIntoTheModel() {
        PatientCase c = accepted(READER, base(), CLINIC);
        var s = c.session(1).orElseThrow();
        assertEquals(AnaestheticRoute.LOCAL_INJECTION, s.anaesthetic().route());
        assertEquals(0, new BigDecimal("2").compareTo(s.anaesthetic().concentrationPercent()));
        assertEquals(0, new BigDecimal("120").compareTo(s.anaesthetic().doseMg()), "2% is 20 mg/ml; 6 ml is 120 mg");
        assertEquals("pr-marta", s.anaesthetic().givenBy());
        assertEquals("GMC 7104382", s.anaesthetic().prescriber().registrationNumber());
        assertEquals("pr-aoife", s.preTreatmentCheck().checkedBy());
        assertEquals(2, s.observations().vitals().size());
        assertEquals(List.of(1), c.sessionsBefore(2).stream().map(x -> x.number()).toList());
        assertEquals(List.of(), c.sessionsBefore(1));
    }

    @Test
    void materialsThatExpireOnTheSessionDayMayStillBeUsed() {
        ObjectNode c = base();
        String day = c.at("/sessions/0/date").asText();
        object(c, "/sessions/0/anaesthetic").put("expiry", day);
        object(c, "/sessions/0/pigment").put("expiry", day);
        object(c, "/sessions/0/needle").put("expiry", day);
        accepted(READER, c, CLINIC);
    }

    @Test
    void aPigmentExpiredTheDayBeforeIsRefused() {
        ObjectNode c = base();
        object(c, "/sessions/1/pigment").put("expiry", "2026-11-15");
        assertEquals(List.of(new Problem("sessions[1].pigment.expiry", "materials-in-date",
                "an expiry date on or after the session date")), problemsOf(c));
    }

    @Test
    void aSessionWithoutPhotographsNeedsNoStorage() {
        ObjectNode c = base();
        object(c, "/sessions/0").putArray("photos");
        object(c, "/sessions/0").remove("photoStorage");
        accepted(READER, c, CLINIC);
    }

    @Test
    void aHealthChangeWithItsNoteIsAccepted() {
        ObjectNode c = base();
        object(c, "/sessions/0/preTreatmentCheck").put("healthUnchanged", false)
                .put("healthChanges", "Started a course of antibiotics for a chest infection; finished three days ago.");
        accepted(READER, c, CLINIC);
    }

    @Test
    void aBlankHealthChangeNoteIsNoNote() {
        ObjectNode c = base();
        object(c, "/sessions/0/preTreatmentCheck").put("healthUnchanged", false).put("healthChanges", "  ");
        assertEquals(List.of(new Problem("sessions[0].preTreatmentCheck.healthChanges", "health-changes-recorded",
                "what changed in the patient's health, when it is not unchanged")), problemsOf(c));
    }

    @Test
    void equalSystolicAndDiastolicIsATypingError() {
        ObjectNode c = base();
        object(c, "/sessions/0/observations/vitals/0").put("systolicMmHg", 90).put("diastolicMmHg", 90);
        assertEquals(List.of(new Problem("sessions[0].observations.vitals[0].diastolicMmHg", "systolic-above-diastolic",
                "a systolic pressure above the diastolic one")), problemsOf(c));
    }

    @Test
    void noVitalSignsIsAnEmptyListNotAMissingOne() {
        ObjectNode c = base();
        object(c, "/sessions/0/observations").putArray("vitals");
        accepted(READER, c, CLINIC);
        object(c, "/sessions/0/observations").remove("vitals");
        assertEquals(List.of(new Problem("sessions[0].observations.vitals", "not-null", "a value")), problemsOf(c));
    }

    @Test
    void aGuardianPresentIsRecordedOnlyForAMinor() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("guardianPresent", "Ann Hollins");
        List<Problem> problems = problemsOf(c);
        assertEquals(List.of(new Problem("sessions[1].guardianPresent", "guardian-present-for-minor",
                "no guardian present, recorded only for a patient under 18")), problems);
        assertFalse(problems.get(0).toString().contains("Ann Hollins"), "the name is not quoted");
    }

    @Test
    void aMinorsSessionMayLeaveTheGuardianPresentOut() {
        ObjectNode c = SampleFiles.validCase("minor-with-guardian");
        object(c, "/sessions/0").remove("guardianPresent");
        accepted(READER, c, CLINIC);
    }

    @Test
    void theGuardianPresentIsMatchedExactlyAsTheConsentSpellsTheName() {
        ObjectNode c = SampleFiles.validCase("minor-with-guardian");
        object(c, "/sessions/0").put("guardianPresent", "Niamh O Suilleabhain");
        List<Problem> problems = problemsOf(c);
        assertEquals(List.of(new Problem("sessions[0].guardianPresent", "guardian-present-for-minor",
                "the name of a guardian who signed the consent")), problems);
        assertFalse(problems.get(0).toString().contains("Suilleabhain"), "the name is not quoted");
    }

    @Test
    void whoGaveTheAnaestheticAndWhoCheckedAreTheClinicsPractitioners() {
        ObjectNode c = base();
        object(c, "/sessions/0/anaesthetic").put("givenBy", "dr-external");
        object(c, "/sessions/0/preTreatmentCheck").put("checkedBy", "pr-marta");
        assertEquals(List.of(new Problem("sessions[0].anaesthetic.givenBy", "known-practitioners",
                "the id of one of the clinic's practitioners")), problemsOf(c));
    }

    @Test
    void aConcentrationAbove10PercentIsRefusedAndTheOldTextFormIsAWrongType() {
        ObjectNode c = base();
        object(c, "/sessions/0/anaesthetic").put("concentrationPercent", 10.5);
        object(c, "/sessions/1/anaesthetic").remove("concentrationPercent");
        object(c, "/sessions/1/anaesthetic").put("concentration", "2%");
        assertEquals(List.of(
                new Problem("sessions[0].anaesthetic.concentrationPercent", "decimal-max", "at most 10"),
                new Problem("sessions[1].anaesthetic.concentration", "unknown-field",
                        "one of the fields agent, concentrationPercent, expiry, givenBy, lot, prescriber, route, volumeMl"),
                new Problem("sessions[1].anaesthetic.concentrationPercent", "not-null", "a value")), problemsOf(c));
    }
}
