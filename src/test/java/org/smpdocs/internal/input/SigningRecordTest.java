package org.smpdocs.internal.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.Signing;
import org.smpdocs.SigningMethod;

/** Signing record files: the sample reads whole; every mistake is a problem by path; images stay inside the folder. */
class SigningRecordTest {
    private final InputReader reader = new InputReader();

    @Test
    void theSampleRecordReadsWithItsImages() throws IOException {
        Path file = Path.of("samples", "signing", "norwood6-density-consent.json");
        SigningRecord record = reader.readSigningRecord(file);
        assertEquals(1, record.record());
        assertNull(record.sha256());
        Signing s = record.signing();
        assertEquals("Sam Taylor, front desk", s.witness());
        assertEquals("clinic tablet 2", s.device().orElseThrow());
        assertEquals(16, s.fields().size());
        Signing.Entry patient = s.fields().get("signature-patient");
        assertEquals(SigningMethod.DRAWN, patient.method());
        assertArrayEquals(Files.readAllBytes(file.resolveSibling("patient-signature.png")), patient.image());
        assertEquals("MH", s.fields().get("initials-scarring").typed());
    }

    @Test
    void aRecordMayNameTheDocumentByHashAndAScanByItsMethod(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path file = write(dir, """
                {"document": {"sha256": "%s"}, "witness": "W",
                 "fields": {"signature-patient": {"image": "scan.png", "method": "wet-ink-scan", "device": "desk scanner"},
                            "choice-photos": {"ticked": false}}}""".formatted("ab".repeat(32)));
        SigningRecord record = reader.readSigningRecord(file);
        assertEquals(0, record.record());
        assertEquals("ab".repeat(32), record.sha256());
        assertEquals(SigningMethod.WET_INK_SCAN, record.signing().fields().get("signature-patient").method());
        assertEquals("desk scanner", record.signing().fields().get("signature-patient").device());
        assertEquals(Boolean.FALSE, record.signing().fields().get("choice-photos").ticked());
    }

    @Test
    void everyMistakeIsAProblemAtItsPath(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("outside.png"), new byte[] {1});
        Path file = write(dir.resolve("in"), """
                {"document": {"record": 3, "sha256": "00"},
                 "fields": {"a": {"typed": "X", "ticked": true},
                            "b": {"image": "../outside.png"},
                            "c": {"image": "/etc/passwd"},
                            "d": {"image": "x.png", "method": "fax"},
                            "e": {"typed": "MH", "method": "typed"},
                            "f": {"image": "missing.png"}}}""");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readSigningRecord(file));
        Map<String, String> rules = e.problems().stream().collect(Collectors.toMap(Problem::path, Problem::rule));
        assertEquals(Map.of("document", "document-reference", "fields.a", "one-entry", "fields.b.image", "image-location",
                "fields.c.image", "image-location", "fields.d.method", "unknown-method", "fields.e", "method-for-image",
                "fields.f.image", "file-not-found"), rules);
        assertEquals("record.json", e.source());
    }

    @Test
    void unknownPropertiesAndAnEmptyRecordAreRefused(@TempDir Path dir) throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.readSigningRecord(write(dir, "{\"document\": {\"record\": 0}, \"fields\": {}, \"extra\": 1}")));
        assertEquals(List.of("document.record", "extra", "fields"),
                e.problems().stream().map(Problem::path).sorted().toList());
    }

    private static Path write(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("record.json"), json);
    }
}
