package org.smpdocs.internal.input;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Practitioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The sample clinic and every sample in samples/cases read without a single problem. */
class ValidSamplesTest {
    private static final InputReader READER = new InputReader();
    private static final Clinic CLINIC = READER.readClinic(SampleFiles.CLINIC);

    static Stream<String> validCases() {
        return SampleFiles.list(SampleFiles.CASES, ".json").stream().map(p -> p.getFileName().toString());
    }

    @Test
    void thereAreValidCases() {
        assertFalse(SampleFiles.list(SampleFiles.CASES, ".json").isEmpty());
    }

    @Test
    void clinicReadsWithItsPractitioners() {
        Clinic clinic = READER.readClinic(SampleFiles.CLINIC);
        assertEquals(List.of("pr-aoife", "pr-marta", "pr-daniel"),
                clinic.practitioners().stream().map(Practitioner::id).toList());
        assertEquals("en", clinic.documentLanguage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void readsWithNoProblems(String fileName) {
        Path file = SampleFiles.CASES.resolve(fileName);
        PatientCase c = READER.readCase(file, CLINIC);
        assertEquals(List.of(), READER.caseProblems(c, CLINIC));
        assertEquals(List.of(), READER.consentProblems(c, CLINIC));
        assertEquals(List.of(), READER.allProblems(c, CLINIC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void readsTheSameFromBytesAsFromThePath(String fileName) {
        Path file = SampleFiles.CASES.resolve(fileName);
        PatientCase fromPath = READER.readCase(file, CLINIC);
        PatientCase fromTree = SampleFiles.accepted(READER, SampleFiles.tree(file), CLINIC);
        assertEquals(fromPath, fromTree);
    }
}
