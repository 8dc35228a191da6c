package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpdocs.internal.input.SampleFiles.object;

/**
 * Problems and exception messages name fields and rules, never the values: inputs hold patient
 * data. Each input carries a distinctive bad value; neither it nor the patient's name (here
 * Jiří Dvořák) may show up in any problem or in the exception message.
 */
class NoPatientDataInProblemsTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);
    private static final String SAMPLE = "accented-name-interpreter";

    /**
     * Reads the sample with one change and asserts the expected problem and that none of the
     * secrets (the bad value and the patient's names) leak.
     */
    private static void assertNoLeak(String badValue, String path, String rule, Consumer<ObjectNode> change) {
        ObjectNode c = SampleFiles.validCase(SAMPLE);
        change.accept(c);
        assertNoLeak(SampleFiles.bytes(c), badValue, path, rule);
    }

    private static void assertNoLeak(byte[] content, String badValue, String path, String rule) {
        ObjectNode original = SampleFiles.validCase(SAMPLE);
        List<String> secrets = new ArrayList<>(List.of(badValue,
                original.at("/patient/givenName").asText(), original.at("/patient/familyName").asText()));
        assertEquals(List.of("Jiří", "Dvořák"), secrets.subList(1, 3));

        InvalidInputException e = SampleFiles.rejected(READER, content, CLINIC);
        assertEquals(List.of(path + " " + rule), e.problems().stream().map(SampleFiles::pathAndRule).toList());
        for (String secret : secrets) {
            for (Problem p : e.problems()) {
                assertFalse(p.path().contains(secret), () -> "path of " + p + " holds " + secret);
                assertFalse(p.rule().contains(secret), () -> "rule of " + p + " holds " + secret);
                assertFalse(p.expected().contains(secret), () -> "expected of " + p + " holds " + secret);
                assertFalse(p.toString().contains(secret), () -> p + " holds " + secret);
            }
            assertFalse(e.getMessage().contains(secret), () -> "exception message holds " + secret);
            assertFalse(e.toString().contains(secret), () -> "exception holds " + secret);
        }
        assertNull(e.getCause(), "no parser exception (whose message quotes the input) is attached");
    }

    @Test
    void malformedDateOfBirth() {
        assertNoLeak("Zoë-1990-99-99", "patient.dateOfBirth", "malformed-value",
                c -> object(c, "/patient").put("dateOfBirth", "Zoë-1990-99-99"));
    }

    @Test
    void unknownEnumValue() {
        assertNoLeak("Ó Súilleabháin", "plan.areas[0]", "unknown-value",
                c -> c.withArray("/plan/areas").set(0, "Ó Súilleabháin"));
    }

    @Test
    void wrongTypeValue() {
        assertNoLeak("Fitzpatrick-Dvořák", "patient.skinType", "wrong-type",
                c -> object(c, "/patient").put("skinType", "Fitzpatrick-Dvořák"));
    }

    @Test
    void wrongTypeObjectValue() {
        assertNoLeak("Penicillin-Zoë", "patient.history.allergies", "wrong-type",
                c -> object(c, "/patient/history").putObject("allergies").put("Penicillin-Zoë", "Penicillin-Zoë"));
    }

    @Test
    void malformedEmail() {
        assertNoLeak("jiri.dvorak@@example", "patient.email", "email",
                c -> object(c, "/patient").put("email", "jiri.dvorak@@example"));
    }

    @Test
    void malformedLanguageTag() {
        assertNoLeak("Čeština", "patient.preferredLanguage", "pattern",
                c -> object(c, "/patient").put("preferredLanguage", "Čeština"));
    }

    @Test
    void unknownFieldValue() {
        assertNoLeak("Jirka-Nickname", "patient.nickname", "unknown-field",
                c -> object(c, "/patient").put("nickname", "Jirka-Nickname"));
    }

    @Test
    void caseIdThatIsNotFileNameSafe() {
        assertNoLeak("Dvořák/2026", "id", "pattern", c -> c.put("id", "Dvořák/2026"));
    }

    @Test
    void malformedJsonAtThePatientsName() {
        String json = SampleFiles.text(SampleFiles.validCase(SAMPLE));
        String id = "\"id\":\"C-2026-0149\",";
        assertTrue(json.startsWith("{" + id), "the case id comes first");
        // an unquoted name where the case id's value belongs: the parser's own message quotes it
        String broken = "{\"id\":Jiří_Dvořák," + json.substring(1 + id.length());
        assertNoLeak(SampleFiles.utf8(broken), "Jiří_Dvořák", "", "malformed-json");
    }
}
