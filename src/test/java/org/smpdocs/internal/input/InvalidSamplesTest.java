package org.smpdocs.internal.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case in samples/invalid is reported with exactly the problems its .expected file lists
 * (compared as a set of "path rule" lines). Reading problems and record rules make readCase
 * throw; consent-only rules (no-contraindication) leave a readable case whose consent is stopped.
 * A file named {@code clinic-*.json} is a clinic profile, and readClinic reports its problems.
 */
class InvalidSamplesTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);
    private static final String CONSENT_ONLY_RULE = "no-contraindication";
    /** How the name of an invalid clinic profile (rather than a case) starts. */
    private static final String CLINIC_PROFILE = "clinic-";

    static Stream<String> invalidCases() {
        return SampleFiles.list(SampleFiles.INVALID, ".json").stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void reportsExactlyTheExpectedProblems(String fileName) throws IOException {
        Path json = SampleFiles.INVALID.resolve(fileName);
        Set<String> expected = expected(json);
        assertFalse(expected.isEmpty(), "the .expected file lists no problem");
        boolean consentOnly = expected.stream().allMatch(line -> line.endsWith(" " + CONSENT_ONLY_RULE));

        List<Problem> actual;
        if (fileName.startsWith(CLINIC_PROFILE)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.readClinic(json));
            assertEquals(fileName, e.source());
            actual = e.problems();
        } else if (consentOnly) {
            PatientCase c = assertDoesNotThrow(() -> READER.readCase(json, CLINIC),
                    "a case whose only problems stop the consent is still a valid record");
            assertEquals(List.of(), READER.caseProblems(c, CLINIC));
            actual = READER.consentProblems(c, CLINIC);
            assertEquals(actual, READER.allProblems(c, CLINIC));
        } else {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.readCase(json, CLINIC));
            assertEquals(fileName, e.source());
            actual = e.problems();
        }
        Set<String> actualLines = actual.stream().map(SampleFiles::pathAndRule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(actual.size(), actualLines.size(), () -> "a problem reported twice: " + actual);
        assertEquals(expected, actualLines);
    }

    @Test
    void everyJsonHasAnExpectedFileAndViceVersa() {
        Set<String> json = baseNames(".json");
        Set<String> expected = baseNames(".expected");
        assertEquals(json, expected);
    }

    @Test
    void thereAreAtLeastTenInvalidCases() {
        assertTrue(baseNames(".json").size() >= 10, () -> "only " + baseNames(".json"));
    }

    @Test
    void onlyJsonAndExpectedFilesInTheFolder() {
        List<Path> all = SampleFiles.list(SampleFiles.INVALID, "");
        assertEquals(List.of(), all.stream()
                .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".expected"))
                .toList());
    }

    private static Set<String> baseNames(String suffix) {
        return SampleFiles.list(SampleFiles.INVALID, suffix).stream()
                .map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.length() - suffix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expected(Path json) throws IOException {
        String name = json.getFileName().toString();
        Path file = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
        List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Set<String> set = new TreeSet<>(lines);
        assertEquals(lines.size(), set.size(), () -> file + " lists a problem twice");
        return set;
    }
}
