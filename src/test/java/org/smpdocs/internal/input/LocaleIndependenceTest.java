package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smpdocs.internal.input.SampleFiles.object;

/**
 * Problems read the same whatever the JVM's default locale: Hibernate Validator's built-in
 * messages stay English and kebab-case spellings do not pick up a Turkish dotless i. The reader
 * is built once, under the JVM's own locale, and then used under German and Turkish defaults.
 */
class LocaleIndependenceTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);
    private Locale saved;
    private Locale savedDisplay;
    private Locale savedFormat;

    static List<Locale> locales() {
        return List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"));
    }

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
        savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
        Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }

    /** Runs {@code check} in English and under {@code locale}; both must give the same result. */
    private <T> T sameIn(Locale locale, Supplier<T> check) {
        Locale.setDefault(Locale.ENGLISH);
        T english = check.get();
        Locale.setDefault(locale);
        T other = check.get();
        assertEquals(english, other, () -> "differs under " + locale);
        return other;
    }

    private static InvalidInputException rejectedSample(String name) {
        return SampleFiles.rejected(READER, bytes(SampleFiles.INVALID.resolve(name + ".json")), CLINIC);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void builtInMessagesStayEnglish(Locale locale) {
        List<Problem> problems = sameIn(locale, () -> rejectedSample("field-formats").problems());
        assertEquals(List.of(
                new Problem("consent.signers[2].language", "pattern", "a language tag such as 'en', 'el' or 'pt-BR'"),
                new Problem("id", "pattern",
                        "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
                new Problem("patient.email", "email", "an e-mail address such as name@example.com (a domain name with a dot, not an IP address)"),
                new Problem("patient.skinType", "max", "at most 6"),
                new Problem("sessions[0].anaesthetic.volumeMl", "positive", "a number above zero")),
                problems);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void missingValuesReadTheSame(Locale locale) {
        String message = sameIn(locale, () -> rejectedSample("missing-required").getMessage());
        String nl = System.lineSeparator();
        assertEquals("SMP-INPUT: case.json: 2 problems" + nl
                + "  patchTest: not-null (expected a value)" + nl
                + "  patient.familyName: not-blank (expected a non-blank value)", message);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void ruleNamesAndEnumSpellingsHaveNoDotlessI(Locale locale) {
        assertEquals(List.of(new Problem("consent.signers", "interpreter-when-languages-differ",
                "an interpreter signer when the patient's language differs from the documents' language")),
                sameIn(locale, () -> rejectedSample("missing-interpreter").problems()));
        assertEquals(List.of(new Problem("plan.areas[1]", "unknown-value",
                "one of: frontal-hairline, temples, mid-scalp, crown, scar, donor-area")),
                sameIn(locale, () -> rejectedSample("unknown-area-value").problems()));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void kebabCaseValuesAndDatesReadUnderAnyLocale(Locale locale) {
        ObjectNode c = SampleFiles.validCase("norwood6-density");
        object(c, "/sessions/0").put("tolerance", "fair");
        assertEquals(List.of(), sameIn(locale,
                () -> READER.allProblems(SampleFiles.accepted(READER, c, CLINIC), CLINIC)));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void ourOwnMessagesReadTheSame(Locale locale) {
        ObjectNode c = SampleFiles.validCase("norwood6-density");
        object(c, "/patient/hairLoss").put("grade", "9");
        object(c, "/sessions/1").put("end", "09:00");
        object(c, "/patient").put("dateOfBirth", "14.03.1979");
        assertEquals(List.of(
                new Problem("patient.dateOfBirth", "malformed-value", "a date written as YYYY-MM-DD, from 1900 on"),
                new Problem("patient.hairLoss.grade", "grade-on-scale",
                        "a grade on the norwood scale: 1, 2, 2A, 3, 3A, 3V, 4, 4A, 5, 5A, 5V, 6, 7"),
                new Problem("sessions[1].end", "session-times", "an end time after the start time")),
                sameIn(locale, () -> SampleFiles.problems(READER, c, CLINIC)));
    }
}
