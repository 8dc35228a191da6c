package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and careless archive folders (issue 9): what is not an archive, a refused record that
 * must leave nothing behind, shared inputs, huge lines, links and FIFOs, forged lines.
 */
class HostileArchiveTest {
    private static final ExportFilter ANY_TIME = new ExportFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null, null);

    @TempDir
    Path dir;

    private final SmpDocs engine = Samples.engine();
    private Path records;
    private Archive archive;
    private PatientCase norwood;

    @BeforeEach
    void record() {
        norwood = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        records = dir.resolve("records");
        archive = new Archive(records);
        for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT)) {
            archive.record(engine.render(kind, norwood), CaseSnapshot.json(norwood));
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(records)) {
            return all.filter(Files::isRegularFile).map(p -> records.relativize(p).toString()).sorted().toList();
        }
    }

    private static String message(Runnable action) {
        SmpDocsException e = assertThrows(SmpDocsException.class, action::run);
        assertEquals(ErrorCode.INVALID_INPUT, e.code(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aPathThatIsNotAnArchiveIsAnError() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        assertEquals("SMP-INPUT: " + missing + " is not a records archive: it does not exist",
                message(() -> Archive.open(missing)));
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals("SMP-INPUT: " + file + " is not a records archive: it is a file, not a folder",
                message(() -> Archive.open(file)));
        Path other = Files.createDirectories(dir.resolve("home"));
        Files.writeString(other.resolve("letter.txt"), "x");
        assertEquals("SMP-INPUT: " + other + " is not a records archive: it holds no audit.jsonl, documents/ or inputs/",
                message(() -> new Archive(other).check()));
        assertEquals("SMP-INPUT: " + missing + " is not a records archive: it does not exist",
                message(() -> Export.write(new Archive(missing), ANY_TIME, dir.resolve("x.zip"), n -> { })));
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void anEmptyArchiveIsEmptyNotIntact() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Verification v = Archive.open(empty).check();
        assertEquals(new Verification(0, List.of()), v);
        assertTrue(v.empty());
        assertFalse(v.intact());
        Files.createFile(empty.resolve("audit.jsonl"));
        assertTrue(Archive.open(empty).check().empty(), "an empty log is no records either");
        Verification full = archive.check();
        assertEquals(4, full.records());
        assertTrue(full.intact());
    }

    @Test
    void aRecordRefusedForATornLogLeavesNothingBehind() throws IOException {
        Files.writeString(records.resolve("audit.jsonl"), "{\"sequence\":5,\"issu", StandardOpenOption.APPEND);
        List<String> before = files();
        PatientCase greek = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> archive.record(engine.render(DocumentKind.CONSENT, greek), CaseSnapshot.json(greek)));
        assertEquals("SMP-OUTPUT: the audit log audit.jsonl ends with an incomplete line (a write was interrupted); "
                + "nothing more is written to it. Run verify and repair the log first.", e.getMessage());
        assertEquals(before, files(), "no document and no input stored");
    }

    @Test
    void aRecordRefusedAfterStoringRemovesOnlyWhatItStored() throws IOException {
        Path log = records.resolve("audit.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.set(3, "{\"not\": \"an audit entry\"}");
        Files.write(log, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> before = files();
        PatientCase greek = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> archive.record(engine.render(DocumentKind.CONSENT, greek), CaseSnapshot.json(greek)));
        assertEquals("SMP-OUTPUT: the audit log audit.jsonl ends with a line that is not a well-formed audit entry; "
                + "nothing more is written to it. Run verify and repair the log first.", e.getMessage());
        assertEquals(before, files(), "no document and no input stored");
        // the same consent again: its document and input are another record's, and stay
        assertThrows(SmpDocsException.class,
                () -> archive.record(engine.render(DocumentKind.CONSENT, norwood), CaseSnapshot.json(norwood)));
        assertEquals(before, files());
        assertEquals(lines, Files.readAllLines(log), "nothing appended");
    }

    @Test
    void anEditedSharedInputIsListedOnce() throws IOException {
        AuditEntry first = archive.entries().get(0);
        Files.writeString(records.resolve(first.inputPath()), "{}");
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, first.inputPath(), "its SHA-256 differs from the recorded one")),
                archive.verify(), "four records share the input; it is one file");
    }

    @Test
    void aHugeLogLineIsSkippedNotRead() throws IOException {
        try (OutputStream out = Files.newOutputStream(records.resolve("audit.jsonl"), StandardOpenOption.APPEND)) {
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 32; i++) {
                out.write(block);
            }
            out.write('\n');
        }
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5",
                "longer than 65536 bytes: not an audit entry")), archive.verify());
        assertEquals(4, archive.entries().size());
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> archive.record(engine.render(DocumentKind.CONSENT, norwood), CaseSnapshot.json(norwood)));
        assertEquals("SMP-OUTPUT: the audit log audit.jsonl ends with a line longer than 65536 bytes; nothing more is "
                + "written to it. Run verify and repair the log first.", e.getMessage());
    }

    @Test
    void millionsOfBrokenLinesAreCountedNotListed() throws IOException {
        Files.writeString(records.resolve("audit.jsonl"), "x\n".repeat(500_000), StandardOpenOption.APPEND);
        List<Finding> findings = archive.verify();
        assertEquals(AuditVerifier.MAX_LISTED + 1, findings.size());
        assertEquals(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5", "not a well-formed audit entry"),
                findings.get(0));
        assertEquals(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl", "499000 more broken lines not listed"),
                findings.get(AuditVerifier.MAX_LISTED));
    }

    @Test
    void aLinkedDocumentIsNotFollowed() throws IOException {
        AuditEntry first = archive.entries().get(0);
        Path doc = records.resolve(first.documentPath());
        Path outside = Files.copy(doc, dir.resolve("outside.pdf"));
        Files.delete(doc);
        Files.createSymbolicLink(doc, outside);
        AuditEntry second = archive.entries().get(1);
        Path zero = records.resolve(second.documentPath());
        Files.delete(zero);
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertEquals(List.of(
                new Finding(Finding.Problem.ALTERED, first.documentPath(), "not a regular file: a link, folder or device; not read"),
                new Finding(Finding.Problem.ALTERED, second.documentPath(), "not a regular file: a link, folder or device; not read")),
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> archive.verify()));
    }

    @Test
    void aLinkedDocumentsFolderIsNotFollowed() throws IOException {
        Path outside = Files.move(records.resolve("documents"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(records.resolve("documents"), outside);
        List<Finding> findings = archive.verify();
        assertEquals(new Finding(Finding.Problem.EXTRA, "documents", "not a folder of the archive: a link or a file; not followed"),
                findings.get(findings.size() - 1));
        assertEquals(5, findings.size(), findings.toString());
        assertTrue(findings.subList(0, 4).stream().allMatch(f -> f.problem() == Finding.Problem.ALTERED), findings.toString());
    }

    @Test
    void aFifoInTheArchiveIsNotOpened() throws Exception {
        AuditEntry first = archive.entries().get(0);
        Path doc = records.resolve(first.documentPath());
        Files.delete(doc);
        Path planted = records.resolve("documents/planted.pdf");
        for (Path fifo : List.of(doc, planted)) {
            Process p;
            try {
                p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            } catch (IOException e) {
                Assumptions.abort("no mkfifo here");
                return;
            }
            Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        }
        assertEquals(List.of(
                new Finding(Finding.Problem.ALTERED, first.documentPath(), "not a regular file: a link, folder or device; not read"),
                new Finding(Finding.Problem.EXTRA, "documents/planted.pdf", "no audit-log line records it")),
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> archive.verify()));
    }

    @Test
    void aForgedLineThatPointsOutsideIsNotFollowed() throws IOException {
        Files.writeString(dir.resolve("secret.json"), "{}");
        ForgedLines.append(records, "inputSha256", "../../secret");
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5", "not a well-formed audit entry: "
                + "its inputSha256 is not a SHA-256 (64 lower-case hex digits)")), archive.verify());
        assertEquals(4, archive.entries().size());
    }

    @Test
    void aForgedLineWithAFieldTheLogNeverWritesIsNamedWithItsLineAndWhy() throws IOException {
        Path log = records.resolve("audit.jsonl");
        byte[] intact = Files.readAllBytes(log);
        String kinds = "its kind is not one of consent, disclosure, aftercare, report, packet";
        String time = "its issuedAt is not a UTC time as the log writes one, such as 2026-11-24T10:15:00Z";
        String upperCase = archive.entries().get(3).document().sha256().hex().toUpperCase(Locale.ROOT);
        List<List<String>> forgeries = List.of(
                Arrays.asList("kind", "consnet", kinds),
                Arrays.asList("kind", "CONSENT", kinds),
                Arrays.asList("format", "PDF", "its format is not one of pdf, docx"),
                Arrays.asList("format", "txt", "its format is not one of pdf, docx"),
                Arrays.asList("issuedAt", "yesterday", time),
                Arrays.asList("issuedAt", "2026-12-31T23:59:60Z", time),
                Arrays.asList("issuedAt", "2026-11-24T11:15:00+01:00", time),
                Arrays.asList("issuedAt", "2026-11-24T10:15:00.000Z", time),
                Arrays.asList("documentSha256", upperCase, "its documentSha256 is not a SHA-256 (64 lower-case hex digits)"),
                Arrays.asList("templateSetSha256", "", "its templateSetSha256 is not a SHA-256 (64 lower-case hex digits)"),
                Arrays.asList("caseId", null, "its caseId is missing"),
                Arrays.asList("session", "-1", "its session is negative"));
        for (List<String> forgery : forgeries) {
            Files.write(log, intact);
            ForgedLines.append(records, forgery.get(0), forgery.get(1));
            assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5",
                    "not a well-formed audit entry: " + forgery.get(2))), archive.verify(), forgery.toString());
            assertEquals(4, archive.entries().size(), "the line is not an entry");
            SmpDocsException e = assertThrows(SmpDocsException.class,
                    () -> Export.write(archive, ANY_TIME, dir.resolve("x.zip"), n -> { }));
            assertEquals("SMP-OUTPUT: the archive is not intact; verify it first", e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void readingEntriesPastAForgedLineFailsNamingTheLine() throws IOException {
        ForgedLines.append(records, "format", "PDF");
        List<AuditEntry> read = new ArrayList<>();
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> new AuditLog(records.resolve("audit.jsonl"))
                .forEachEntry(read::add));
        assertEquals("SMP-OUTPUT: audit.jsonl line 5 is not a well-formed audit entry: its format is not one of pdf, docx. "
                + "Run verify and repair the log first.", e.getMessage());
        assertEquals(archive.entries(), read, "the four lines before it were read");
    }

    @Test
    void reissueReadsNoHugeOrLinkedInput() throws IOException {
        AuditEntry first = archive.entries().get(0);
        Path input = records.resolve(first.inputPath());
        try (OutputStream out = Files.newOutputStream(input, StandardOpenOption.APPEND)) {
            out.write(new byte[(int) ArchiveFiles.MAX_INPUT_BYTES]);
        }
        assertEquals("SMP-INPUT: the archived file " + first.inputPath() + " is larger than 16777216 bytes, the limit; "
                + "verify the archive", message(() -> archive.input(first)));
        Files.delete(input);
        Files.createSymbolicLink(input, Path.of("/dev/zero"));
        assertEquals("SMP-INPUT: the archived file " + first.inputPath() + " is missing or not a regular file; "
                + "verify the archive", assertTimeoutPreemptively(Duration.ofSeconds(20), () -> message(() -> archive.input(first))));
    }
}
