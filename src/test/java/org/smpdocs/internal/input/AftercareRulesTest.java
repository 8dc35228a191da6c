package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.MedicinePause;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smpdocs.internal.input.SampleFiles.accepted;
import static org.smpdocs.internal.input.SampleFiles.object;
import static org.smpdocs.internal.input.SampleFiles.problems;

/**
 * The rules of the aftercare content (each dated step has days or months, not both, and says when
 * it is fine again; whom to call has a number to dial) and of the plan's medicine pauses, with
 * their exact messages.
 */
class AftercareRulesTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);

    private static List<Problem> clinicProblems(ObjectNode profile) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.readClinic("clinic.json", SampleFiles.bytes(profile)));
        return e.problems();
    }

    private static ObjectNode step(ObjectNode profile, int index) {
        return (ObjectNode) ((ArrayNode) profile.at("/content/aftercare")).get(index);
    }

    /** The sample's first step is "Do not wash your scalp" for 3 days; its last is ongoing advice. */
    private static int lastStep(ObjectNode profile) {
        return profile.at("/content/aftercare").size() - 1;
    }

    @Test
    void aStepHasDaysOrMonthsNotBoth() {
        ObjectNode profile = SampleFiles.clinicTree();
        step(profile, 0).put("months", 1);
        assertEquals(List.of(new Problem("content.aftercare[0].months", "aftercare-step-dates",
                "either days or months, not both")), clinicProblems(profile));
    }

    @Test
    void aDatedStepSaysWhenItIsFineAgain() {
        ObjectNode profile = SampleFiles.clinicTree();
        step(profile, 0).remove("resume");
        assertEquals(List.of(new Problem("content.aftercare[0].resume", "aftercare-step-dates",
                "a resume text (what is fine again from the day after) for a step with days or months")),
                clinicProblems(profile));
    }

    @Test
    void ongoingAdviceHasNoDayToResumeFrom() {
        ObjectNode profile = SampleFiles.clinicTree();
        step(profile, lastStep(profile)).put("resume", "You may stop");
        assertEquals(List.of(new Problem("content.aftercare[" + lastStep(profile) + "].resume", "aftercare-step-dates",
                "no resume text on a step without days or months: it has no date to resume from")), clinicProblems(profile));
    }

    @ParameterizedTest
    @CsvSource({"days, 0, min", "days, -3, min", "days, 366, max", "months, 0, min", "months, -4, min", "months, 25, max"})
    void aDurationIsAtLeastOne(String field, int value, String rule) {
        ObjectNode profile = SampleFiles.clinicTree();
        step(profile, 0).remove("days");
        step(profile, 0).put(field, value);
        assertEquals(List.of("content.aftercare[0]." + field + " " + rule),
                clinicProblems(profile).stream().map(SampleFiles::pathAndRule).toList());
    }

    @Test
    void anUrgentContactHasANumberToDial() {
        ObjectNode profile = SampleFiles.clinicTree();
        ((ObjectNode) profile.at("/content/urgentHelp/0")).put("phone", "call 999");
        assertEquals(List.of(new Problem("content.urgentHelp[0].phone", "pattern",
                "a phone number: digits and spaces, optionally after a +")), clinicProblems(profile));
    }

    @Test
    void aClinicStatesWhomToCall() {
        ObjectNode profile = SampleFiles.clinicTree();
        object(profile, "/content").putArray("urgentHelp");
        assertEquals(List.of("content.urgentHelp not-empty"),
                clinicProblems(profile).stream().map(SampleFiles::pathAndRule).toList());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "720, 720", "48, 0"})
    void aMedicinePauseOf0To720HoursIsAccepted(int before, int after) {
        ObjectNode c = SampleFiles.validCase("diffuse-thinning-woman");
        ((ObjectNode) c.at("/plan/medicinePauses/0")).put("hoursBefore", before).put("hoursAfter", after);
        PatientCase read = accepted(READER, c, CLINIC);
        assertEquals(List.of(new MedicinePause("minoxidil", before, after)), read.plan().medicinePauses());
    }

    @ParameterizedTest
    @CsvSource({"hoursBefore, -1, min", "hoursBefore, 721, max", "hoursAfter, -1, min", "hoursAfter, 721, max"})
    void aMedicinePauseOutside0To720HoursIsAProblem(String field, int value, String rule) {
        ObjectNode c = SampleFiles.validCase("diffuse-thinning-woman");
        ((ObjectNode) c.at("/plan/medicinePauses/0")).put(field, value);
        assertEquals(List.of("plan.medicinePauses[0]." + field + " " + rule),
                problems(READER, c, CLINIC).stream().map(SampleFiles::pathAndRule).toList());
    }

    @Test
    void aPlanWithoutMedicinePausesHasNone() {
        PatientCase read = accepted(READER, SampleFiles.validCase("norwood6-density"), CLINIC);
        assertNull(read.plan().medicinePauses(), "left out: no pause, and the case's snapshot is unchanged");
        ObjectNode blank = SampleFiles.validCase("diffuse-thinning-woman");
        ((ObjectNode) blank.at("/plan/medicinePauses/0")).put("medicine", "");
        assertEquals(List.of("plan.medicinePauses[0].medicine not-blank"),
                problems(READER, blank, CLINIC).stream().map(SampleFiles::pathAndRule).toList());
    }
}
