package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpdocs.internal.input.SampleFiles.object;
import static org.smpdocs.internal.input.SampleFiles.utf8;

/** JSON reading with every leniency off: each kind of reading problem, with its path and rule. */
class StrictReadingTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);
    private static final String AREAS = "one of: frontal-hairline, temples, mid-scalp, crown, scar, donor-area";
    private static final String PATIENT_FIELDS = "one of the fields address, dateOfBirth, email, familyName, "
            + "givenName, hairLoss, history, id, phone, preferredLanguage, skinType";

    /** norwood6-density: plan areas frontal-hairline, temples, mid-scalp, crown; two sessions. */
    private static ObjectNode base() {
        return SampleFiles.validCase("norwood6-density");
    }

    private static List<Problem> problemsOf(ObjectNode c) {
        return SampleFiles.problems(READER, c, CLINIC);
    }

    private static List<Problem> problemsOf(String json) {
        return SampleFiles.problems(READER, utf8(json), CLINIC);
    }

    @Test
    void unknownFieldAtANestedPathListsTheKnownFields() {
        ObjectNode c = base();
        object(c, "/sessions/1/pigment").put("batch", "B-7");
        assertEquals(List.of(new Problem("sessions[1].pigment.batch", "unknown-field",
                "one of the fields brand, expiry, lot, shade")), problemsOf(c));
    }

    @Test
    void unknownTopLevelField() {
        ObjectNode c = base();
        c.put("clinicNotes", "call back");
        assertEquals(List.of(new Problem("clinicNotes", "unknown-field",
                "one of the fields consent, id, patchTest, patient, plan, screening, sessions")), problemsOf(c));
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        ObjectNode c = base();
        object(c, "/patient").put("nickname", "Marky");
        object(c, "/sessions/1/needle").put("colour", "black");
        object(c, "/patient").put("dateOfBirth", "1979-02-30");
        object(c, "/consent/signers/1").put("name", " ");

        List<Problem> problems = problemsOf(c);
        assertEquals(Set.of(
                new Problem("patient.nickname", "unknown-field", PATIENT_FIELDS),
                new Problem("sessions[1].needle.colour", "unknown-field", "one of the fields configuration, expiry, lot"),
                new Problem("patient.dateOfBirth", "malformed-value", "a date written as YYYY-MM-DD, from 1900 on"),
                new Problem("consent.signers[1].name", "not-blank", "a non-blank value")),
                Set.copyOf(problems));
        // the malformed date is not reported a second time as a missing (not-null) date
        assertEquals(4, problems.size(), problems::toString);
    }

    @Test
    void numberWhereAStringBelongs() {
        ObjectNode c = base();
        object(c, "/patient").put("givenName", 42);
        assertEquals(List.of(new Problem("patient.givenName", "wrong-type", "a string")), problemsOf(c));
    }

    @Test
    void booleanWhereAStringBelongs() {
        ObjectNode c = base();
        object(c, "/plan").put("pigmentShade", true);
        assertEquals(List.of(new Problem("plan.pigmentShade", "wrong-type", "a string")), problemsOf(c));
    }

    @Test
    void stringWhereAWholeNumberBelongs() {
        ObjectNode c = base();
        object(c, "/patient").put("skinType", "2");
        assertEquals(List.of(new Problem("patient.skinType", "wrong-type", "a whole number")), problemsOf(c));
    }

    @Test
    void stringWhereADecimalNumberBelongs() {
        ObjectNode c = base();
        object(c, "/sessions/0/anaesthetic").put("volumeMl", "6.0");
        assertEquals(List.of(new Problem("sessions[0].anaesthetic.volumeMl", "wrong-type", "a number")),
                problemsOf(c));
    }

    @Test
    void stringWhereABooleanBelongs() {
        ObjectNode c = base();
        object(c, "/screening").put("pregnantOrBreastfeeding", "no");
        assertEquals(List.of(new Problem("screening.pregnantOrBreastfeeding", "wrong-type", "true or false")), problemsOf(c));
    }

    @Test
    void objectWhereAListBelongs() {
        ObjectNode c = base();
        object(c, "/patient/history").putObject("allergies").put("penicillin", true);
        assertEquals(List.of(new Problem("patient.history.allergies", "wrong-type", "a list")), problemsOf(c));
    }

    @Test
    void stringWhereAListBelongs() {
        ObjectNode c = base();
        object(c, "/plan").put("areas", "crown");
        assertEquals(List.of(new Problem("plan.areas", "wrong-type", "a list")), problemsOf(c));
    }

    @Test
    void malformedDate() {
        ObjectNode c = base();
        object(c, "/sessions/1/pigment").put("expiry", "2028-13-01");
        assertEquals(List.of(new Problem("sessions[1].pigment.expiry", "malformed-value",
                "a date written as YYYY-MM-DD, from 1900 on")), problemsOf(c));
    }

    @Test
    void dateOfANonLeapYear29February() {
        ObjectNode c = base();
        object(c, "/patient").put("dateOfBirth", "1979-02-29");
        assertEquals(List.of(new Problem("patient.dateOfBirth", "malformed-value", "a date written as YYYY-MM-DD, from 1900 on")),
                problemsOf(c));
    }

    @Test
    void numberWhereADateBelongs() {
        ObjectNode c = base();
        object(c, "/patient").put("dateOfBirth", 19790314);
        assertEquals(List.of(new Problem("patient.dateOfBirth", "wrong-type", "a date written as YYYY-MM-DD, from 1900 on")),
                problemsOf(c));
    }

    @Test
    void malformedTime() {
        ObjectNode c = base();
        object(c, "/sessions/1").put("start", "10:60");
        assertEquals(List.of(new Problem("sessions[1].start", "malformed-value", "a time written as HH:MM")),
                problemsOf(c));
    }

    @Test
    void unknownEnumValueListsTheAllowedSpellings() {
        ObjectNode c = base();
        c.withArray("/plan/areas").set(1, "eyebrows");
        List<Problem> problems = problemsOf(c);
        assertEquals(List.of(new Problem("plan.areas[1]", "unknown-value", AREAS)), problems);
        assertTrue(problems.get(0).expected().contains("frontal-hairline"));
    }

    @Test
    void enumInUpperCaseIsRejected() {
        ObjectNode c = base();
        assertEquals("crown", c.at("/plan/areas/3").asText());
        c.withArray("/plan/areas").set(3, "CROWN");
        assertEquals(List.of(new Problem("plan.areas[3]", "unknown-value", AREAS)), problemsOf(c));
    }

    @Test
    void enumInSnakeCaseIsRejected() {
        ObjectNode c = base();
        c.withArray("/plan/areas").set(0, "frontal_hairline");
        assertEquals(List.of(new Problem("plan.areas[0]", "unknown-value", AREAS)), problemsOf(c));
    }

    @Test
    void enumAsNumberIsRejected() {
        ObjectNode c = base();
        object(c, "/sessions/0").put("tolerance", 1);
        assertEquals(List.of(new Problem("sessions[0].tolerance", "wrong-type", "one of: excellent, good, fair, poor")),
                problemsOf(c));
    }

    @Test
    void duplicateKey() {
        String json = SampleFiles.text(base());
        assertTrue(json.startsWith("{\"id\":"));
        // {"id":"C-0001","id":"C-2026-0142",...: the repeated key ends at column 19
        assertEquals(List.of(new Problem("id", "duplicate-key", "each field once (line 1, column 20)")),
                problemsOf("{\"id\":\"C-0001\"," + json.substring(1)));
    }

    @Test
    void trailingTextAfterTheDocument() {
        String json = SampleFiles.text(base());
        assertEquals(List.of(new Problem("", "malformed-json",
                "well-formed JSON (line 2, column 4)")), problemsOf(json + "\nend"));
    }

    @Test
    void secondDocumentAfterTheFirstIsRejected() {
        // the rule reported here is questionable (see the report): only where it is is asserted
        InvalidInputException e = SampleFiles.rejected(READER, utf8(SampleFiles.text(base()) + "\n{}"), CLINIC);
        assertEquals(1, e.problems().size(), e.problems()::toString);
        assertEquals("", e.problems().get(0).path());
    }

    @Test
    void malformedJson() {
        assertEquals(List.of(new Problem("", "malformed-json", "well-formed JSON (line 3, column 3)")),
                problemsOf("{\n  \"id\": \"C-2026-0142\"\n  \"patient\": {}\n}"));
    }

    @Test
    void truncatedJson() {
        assertEquals(List.of(new Problem("", "malformed-json", "well-formed JSON (line 1, column 21)")),
                problemsOf("{\"id\": \"C-2026-0142\""));
    }

    @Test
    void nullForANumberIsNotNull() {
        ObjectNode c = base();
        object(c, "/patient").putNull("skinType");
        assertEquals(List.of(new Problem("patient.skinType", "not-null", "a value")), problemsOf(c));
    }

    @Test
    void nullForARequiredAnswerIsNotNull() {
        ObjectNode c = base();
        object(c, "/screening").putNull("pregnantOrBreastfeeding");
        assertEquals(List.of(new Problem("screening.pregnantOrBreastfeeding", "every-question-answered", "true or false")), problemsOf(c));
    }

    @Test
    void emptyFile() {
        assertEquals(List.of(new Problem("", "wrong-type", "a JSON object")), problemsOf(""));
    }

    @Test
    void exceptionNamesTheSourceAndCountsTheProblems() {
        ObjectNode c = base();
        object(c, "/patient").put("nickname", "Marky").put("title", "Mr");
        InvalidInputException e = SampleFiles.rejected(READER, SampleFiles.bytes(c), CLINIC);
        assertEquals("case.json", e.source());
        String nl = System.lineSeparator();
        assertEquals("SMP-INPUT: case.json: 2 problems" + nl
                + "  patient.nickname: unknown-field (expected " + PATIENT_FIELDS + ")" + nl
                + "  patient.title: unknown-field (expected " + PATIENT_FIELDS + ")", e.getMessage());
    }
}
