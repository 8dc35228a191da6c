package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A records archive and an export written by the code before the audit entry was typed (see the
 * fixture's README): they still verify, their lines read as typed entries, and what today's code
 * writes from those entries — log lines, an export's lines and manifests — is the same bytes.
 */
class WrittenBeforeTest {
    private static final Path FIXTURE = Path.of("src/test/resources/org/smpdocs/internal/archive/written-by-d963670");
    private static final ExportFilter ANY_TIME = new ExportFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null, null);

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        Path records = FIXTURE.resolve("records");
        Path copy = dir.resolve("records");
        try (Stream<Path> all = Files.walk(records)) {
            for (Path p : all.toList()) {
                Files.copy(p, copy.resolve(records.relativize(p).toString()));
            }
        }
        return copy;
    }

    private static List<String> lines(byte[] log) {
        return List.of(new String(log, StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void theArchiveAndTheExportStillVerify() {
        assertEquals(new Verification(6, List.of()), Archive.open(FIXTURE.resolve("records")).check());
        assertEquals(new Verification(6, List.of()), ExportVerifier.check(FIXTURE.resolve("export.zip")));
    }

    @Test
    void itsLinesReadAsTypedEntries() throws IOException {
        List<AuditEntry> entries = Archive.open(FIXTURE.resolve("records")).entries();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), entries.stream().map(AuditEntry::sequence).toList());
        assertEquals(List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE, DocumentKind.DISCLOSURE, DocumentKind.AFTERCARE,
                DocumentKind.REPORT, DocumentKind.PACKET), entries.stream().map(e -> e.document().kind()).toList());
        assertEquals(List.of(OutputFormat.PDF, OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.DOCX, OutputFormat.PDF,
                OutputFormat.PDF), entries.stream().map(e -> e.document().format()).toList());
        assertEquals(Stream.of("2026-11-24T10:15:00Z", "2026-11-24T10:15:00.120Z", "2026-11-24T10:15:00.120Z",
                "2026-11-25T08:00:01.123456789Z", "2026-11-25T08:00:01.000001Z", "2026-12-31T23:59:59.999999999Z")
                .map(Instant::parse).toList(), entries.stream().map(e -> e.document().issuedAt()).toList());
        assertEquals(List.of(0, 0, 0, 2, 2, 1), entries.stream().map(e -> e.document().session()).toList());
        IssuedDocument packet = entries.get(5).document();
        assertEquals("C-2026,\"0999\"", packet.caseId());
        assertEquals("P-ünï", packet.patientId());
        assertEquals("2026.1.0-clinic,2", packet.templateVersion());
        assertEquals(Digests.sha256Hex("clinic".getBytes(StandardCharsets.UTF_8)), packet.templateSetSha256().hex());
        byte[] document = Files.readAllBytes(FIXTURE.resolve("records").resolve(entries.get(5).documentPath()));
        assertEquals(Digests.sha256Hex(document), packet.sha256().hex());
        assertEquals(document.length, packet.size());
        assertEquals("0".repeat(64), entries.get(0).previous().hex());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previous());
        }
    }

    @Test
    void eachEntryWritesBackAsItsLineByteForByte() throws Exception {
        byte[] log = Files.readAllBytes(FIXTURE.resolve("records/audit.jsonl"));
        StringBuilder again = new StringBuilder();
        for (String line : lines(log)) {
            AuditEntry e = AuditLine.read(line);
            again.append(AuditLine.of(e).json()).append('\n');
            assertEquals(e.hash(), AuditChain.hash(AuditLine.of(e)), "the chain is computed over the same fields");
        }
        assertArrayEquals(log, again.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recordingMoreContinuesItsChain() throws IOException {
        Path records = copy();
        byte[] before = Files.readAllBytes(records.resolve("audit.jsonl"));
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        Archive archive = new Archive(records);
        AuditEntry added = archive.record(engine.render(DocumentKind.CONSENT, c), CaseSnapshot.json(c)).get(0);
        assertEquals(new Verification(7, List.of()), archive.check());
        byte[] after = Files.readAllBytes(records.resolve("audit.jsonl"));
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the lines before are untouched");
        List<String> was = lines(before);
        assertEquals(7, added.sequence());
        assertEquals(AuditLog.JSON.readTree(was.get(5)).get("hash").asText(), added.previous().hex());
    }

    @Test
    void exportingItAgainGivesTheSameEntries() throws IOException {
        Path zip = dir.resolve("again.zip");
        assertEquals(6, Export.write(Archive.open(copy()), ANY_TIME, zip, n -> { }));
        Map<String, byte[]> expected = HostileZips.entries(FIXTURE.resolve("export.zip"));
        Map<String, byte[]> actual = HostileZips.entries(zip);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }
}
