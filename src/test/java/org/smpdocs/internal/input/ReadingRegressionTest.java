package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smpdocs.internal.input.SampleFiles.object;
import static org.smpdocs.internal.input.SampleFiles.utf8;

/** Inputs that once read wrongly: each test pins what is reported now. */
class ReadingRegressionTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);

    private static ObjectNode base() {
        return SampleFiles.validCase("norwood6-density");
    }

    private static List<Problem> problemsOf(ObjectNode c) {
        return SampleFiles.problems(READER, c, CLINIC);
    }

    private static String pigmentWith(String field) {
        return pigmentWith(base(), field);
    }

    /** The case as text with a field put before the first pigment's brand. */
    private static String pigmentWith(ObjectNode c, String field) {
        return SampleFiles.text(c).replaceFirst("\"brand\"", field + ", \"brand\"");
    }

    @Test
    void anUnknownFieldHoldingAListOrObjectIsReportedWhereItIs() {
        List<String> known = List.of("one of the fields brand, expiry, lot, shade");
        assertEquals(List.of(new Problem("sessions[0].pigment.foo", "unknown-field", known.get(0))),
                SampleFiles.problems(READER, utf8(pigmentWith("\"foo\": [1, 2]")), CLINIC));
        assertEquals(List.of(new Problem("sessions[0].pigment.foo", "unknown-field", known.get(0))),
                SampleFiles.problems(READER, utf8(pigmentWith("\"foo\": {\"x\": [1]}")), CLINIC));
        ObjectNode top = base();
        top.putArray("foo").add(1);
        assertEquals("foo", problemsOf(top).get(0).path());
    }

    @Test
    void aRenamedSectionIsReportedAtTheTopLevel() {
        String json = SampleFiles.text(base()).replaceFirst("\"patient\"", "\"patientX\"");
        List<Problem> problems = SampleFiles.problems(READER, utf8(json), CLINIC);
        assertEquals(List.of(new Problem("patient", "not-null", "a value"), new Problem("patientX",
                "unknown-field", "one of the fields consent, id, patchTest, patient, plan, screening, sessions")), problems);
    }

    @Test
    void fractionsAreNotWholeNumbers() {
        ObjectNode c = base();
        object(c, "/patient").put("skinType", 2.5);
        object(c, "/sessions/0").put("number", 1.7);
        assertEquals(List.of(new Problem("patient.skinType", "wrong-type", "a whole number"),
                new Problem("sessions[0].number", "wrong-type", "a whole number")), problemsOf(c));
    }

    @Test
    void datesAndTimesAreStringsOfOneShape() {
        ObjectNode c = base();
        object(c, "/patient").putArray("dateOfBirth").add(1979).add(3).add(14);
        object(c, "/consent").put("date", "2026-10-26T00:00:00");
        object(c, "/sessions/0").putArray("start").add(9).add(30);
        object(c, "/sessions/0").put("end", "13:30:00");
        assertEquals(List.of(
                new Problem("consent.date", "malformed-value", "a date written as YYYY-MM-DD, from 1900 on"),
                new Problem("patient.dateOfBirth", "wrong-type", "a date written as YYYY-MM-DD, from 1900 on"),
                new Problem("sessions[0].end", "malformed-value", "a time written as HH:MM"),
                new Problem("sessions[0].start", "wrong-type", "a time written as HH:MM")), problemsOf(c));
    }

    @Test
    void typeProblemsDoNotHideTheOthers() {
        ObjectNode c = base();
        object(c, "/patient").put("skinType", "x");
        object(c, "/patient").put("email", "nope");
        object(c, "/plan").put("sessionsPlanned", "3");
        String json = pigmentWith(c, "\"foo\": 1");
        assertEquals(List.of(
                new Problem("patient.email", "email", "an e-mail address such as name@example.com (a domain name with a dot, not an IP address)"),
                new Problem("patient.skinType", "wrong-type", "a whole number"),
                new Problem("plan.sessionsPlanned", "wrong-type", "a whole number"),
                new Problem("sessions[0].pigment.foo", "unknown-field", "one of the fields brand, expiry, lot, shade")),
                SampleFiles.problems(READER, utf8(json), CLINIC));
    }

    @Test
    void malformedJsonInsideAnObjectIsMalformedJson() {
        String json = SampleFiles.text(base()).replaceFirst("\"givenName\":\\s*\"([^\"]*)\"", "\"givenName\": \"$1\" \"x\"");
        assertEquals("malformed-json", SampleFiles.problems(READER, utf8(json), CLINIC).get(0).rule(), json);
        String twice = SampleFiles.text(base()).replaceFirst("\"givenName\"", "\"givenName\": \"A\", \"givenName\"");
        Problem duplicate = SampleFiles.problems(READER, utf8(twice), CLINIC).get(0);
        assertEquals("patient.givenName duplicate-key", duplicate.path() + " " + duplicate.rule());
    }

    @Test
    void aSecondValueAfterTheDocumentIsMalformedJson() {
        for (String tail : List.of(" {}", " true", " 1")) {
            assertEquals(List.of(new Problem("", "malformed-json", "one JSON object with nothing after it")),
                    SampleFiles.problems(READER, utf8(SampleFiles.text(base()) + tail), CLINIC), tail);
        }
    }

    @Test
    void messagesStayEnglishWhateverTheLocaleWhenTheReaderIsBuilt() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, new Locale("tr", "TR"))) {
                Locale.setDefault(locale);
                InputReader reader = new InputReader();
                ObjectNode c = base();
                object(c, "/patient").remove("familyName");
                object(c, "/patient").put("email", "nope");
                object(c, "/patient/hairLoss").put("scale", "ludwig").put("grade", "6");
                assertEquals(List.of(
                        new Problem("patient.email", "email", "an e-mail address such as name@example.com (a domain name with a dot, not an IP address)"),
                        new Problem("patient.familyName", "not-blank", "a non-blank value"),
                        new Problem("patient.hairLoss.grade", "grade-on-scale", "a grade on the ludwig scale: I, II, III")),
                        SampleFiles.problems(reader, c, CLINIC), locale.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void builtInConstraintsSayWhatIsExpectedWithoutExpressionLanguage() {
        ObjectNode c = base();
        object(c, "/sessions/0/anaesthetic").put("volumeMl", 60);
        object(c, "/patient").put("skinType", 0);
        object(c, "/patient/history").putArray("allergies").add(" ");
        assertEquals(List.of(
                new Problem("patient.history.allergies[0]", "not-blank", "a non-blank value"),
                new Problem("patient.skinType", "min", "at least 1"),
                new Problem("sessions[0].anaesthetic.volumeMl", "decimal-max", "at most 50")), problemsOf(c));
    }
}
