package org.smpdocs.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;
import org.smpdocs.internal.archive.ForgedLines;
import org.smpdocs.internal.archive.HostileZips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * verify, export and reissue given what is not an archive or export, an empty one, or a hostile
 * one (issue 9): one line on standard error, never a stack trace, and the documented exit code.
 */
class ArchiveCliTest {
    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    /** Runs the command and returns its exit code, having checked that it printed exactly {@code error}. */
    private int runFailing(String error, String... args) {
        int code = run(args);
        assertEquals("error: " + error + System.lineSeparator(), stderr);
        assertEquals("", stdout);
        return code;
    }

    private Path render(String... kinds) throws IOException {
        Path archive = dir.resolve("records");
        for (String kind : kinds) {
            assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", kind, "--archive", archive.toString(),
                    "--out", dir.resolve("out").toString(), Samples.ROOT.resolve("cases/greek-name.json").toString()), stderr);
        }
        return archive;
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void verifyOfAPathThatIsNotAnArchiveIsAnError() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(3, runFailing("SMP-INPUT: " + missing + " is not a records archive: it does not exist",
                "verify", "--archive", missing.toString()));
        Path file = Files.writeString(dir.resolve("records.zip"), "x");
        assertEquals(3, runFailing("SMP-INPUT: " + file + " is not a records archive: it is a file, not a folder "
                + "(to check an export, give FILE.zip without --archive)", "verify", "--archive", file.toString()));
    }

    @Test
    void verifyOfAnEmptyArchiveSaysSoAndIsNotIntact() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(6, run("verify", "--archive", empty.toString()));
        assertEquals("empty archive: no records" + System.lineSeparator(), stdout);
        assertEquals("", stderr);
    }

    @Test
    void verifyOfSomethingThatIsNotAnExportIsAnError() throws IOException {
        assertEquals(3, runFailing("SMP-INPUT: missing.zip does not exist", "verify", dir.resolve("missing.zip").toString()));
        Path photos = HostileZips.write(dir.resolve("photos.zip"), Map.of("holiday.jpg", new byte[] {1}), null, null);
        assertEquals(3, runFailing("SMP-INPUT: photos.zip is not an export: it holds no audit.jsonl, manifest.json, manifest.csv",
                "verify", photos.toString()));
        Path folder = Files.createDirectories(dir.resolve("records"));
        assertEquals(3, runFailing("SMP-INPUT: records is a folder, not an export (to check a records archive, give --archive DIR)",
                "verify", folder.toString()));
    }

    @Test
    void exportAndReissueFromAMissingArchiveAreOneLineErrors() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path zip = dir.resolve("export.zip");
        assertEquals(3, runFailing("SMP-INPUT: " + missing + " is not a records archive: it does not exist", "export",
                "--archive", missing.toString(), "--from", "2026-01-01", "--to", "2026-12-31", "--out", zip.toString()));
        assertFalse(Files.exists(zip));
        assertEquals(3, runFailing("SMP-INPUT: " + missing + " is not a records archive: it does not exist", "reissue",
                "--archive", missing.toString(), "--clinic", Samples.CLINIC.toString(), "1"));
        Path file = Files.writeString(dir.resolve("records.zip"), "x");
        assertEquals(3, runFailing("SMP-INPUT: " + file + " is not a records archive: it is a file, not a folder", "export",
                "--archive", file.toString(), "--from", "2026-01-01", "--to", "2026-12-31", "--out", zip.toString()),
                "the hint about FILE.zip is verify's");
    }

    @Test
    void aFileNameThatForgesTheReportIsShownAsText() throws IOException {
        Path archive = render("consent");
        Files.writeString(archive.resolve("documents").resolve("zz.pdf\u001b[2K\r1 record checked; all intact\u001b[8m"), "x");
        assertEquals(6, run("verify", "--archive", archive.toString()));
        assertTrue(stderr.contains("zz.pdf\\u001b[2K\\u000d1 record checked; all intact\\u001b[8m"), stderr);
        assertFalse(stderr.contains("\u001b") || stderr.contains("\r"), stderr);
        assertTrue(stdout.contains("1 finding"), stdout);
    }

    @Test
    void aRenderRefusedForATornLogLeavesNoDocument() throws IOException {
        Path archive = render("consent");
        Files.writeString(archive.resolve("audit.jsonl"), "{\"sequence\":2,", StandardOpenOption.APPEND);
        List<String> before = files(archive);
        assertEquals(5, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "disclosure", "--archive",
                archive.toString(), "--out", dir.resolve("out").toString(), Samples.ROOT.resolve("cases/cyrillic-name.json").toString()));
        assertEquals("error: SMP-OUTPUT: the audit log audit.jsonl ends with an incomplete line (a write was interrupted); "
                + "nothing more is written to it. Run verify and repair the log first." + System.lineSeparator(), stderr);
        assertFalse(Files.exists(dir.resolve("out").resolve("C-2026-0138-disclosure.pdf")), "nothing written to --out either");
        assertEquals(before, files(archive));
    }

    @Test
    void anEditedSharedInputIsListedOnce() throws IOException {
        Path archive = render("consent", "disclosure");
        Path input;
        try (Stream<Path> inputs = Files.list(archive.resolve("inputs"))) {
            input = inputs.findFirst().orElseThrow();
        }
        Files.writeString(input, "{}");
        assertEquals(6, run("verify", "--archive", archive.toString()));
        assertEquals("altered: inputs/" + input.getFileName() + " (its SHA-256 differs from the recorded one)"
                + System.lineSeparator(), stderr);
        assertEquals("2 records checked; 1 finding" + System.lineSeparator()
                + "the log is unsealed: no checkpoints (no seal key configured)" + System.lineSeparator(), stdout);
    }

    @Test
    void aForgedLineWithABadTimeIsNamedAndNeverExported() throws IOException {
        Path archive = render("consent");
        ForgedLines.append(archive, "issuedAt", "yesterday");
        assertEquals(6, run("verify", "--archive", archive.toString()));
        assertEquals("broken chain: audit.jsonl line 2 (not a well-formed audit entry: its issuedAt is not a UTC time as "
                + "the log writes one, such as 2026-11-24T10:15:00Z)" + System.lineSeparator(), stderr);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(5, runFailing("SMP-OUTPUT: the archive is not intact; verify it first", "export",
                "--archive", archive.toString(), "--from", today, "--to", today, "--out", dir.resolve("x.zip").toString()));
    }

    @Test
    void anUnknownKindIsAUsageErrorNotAnEmptyExport() throws IOException {
        Path archive = render("consent");
        Path zip = dir.resolve("export.zip");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(2, run("export", "--archive", archive.toString(), "--from", today, "--to", today, "--kind", "consnet",
                "--out", zip.toString()));
        assertTrue(stderr.contains("--kind must be one of consent, disclosure, aftercare, report, packet"), stderr);
        assertFalse(Files.exists(zip), "nothing written");
        assertEquals(0, run("export", "--archive", archive.toString(), "--from", today, "--to", today, "--kind", "consent",
                "--out", zip.toString()));
        assertTrue(stdout.startsWith("1 document exported"), stdout);
    }

    @Test
    void aZipBombIsOneErrorWithTheInputExitCode() throws IOException {
        Path archive = render("consent");
        Path zip = dir.resolve("export.zip");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(0, run("export", "--archive", archive.toString(), "--from", today, "--to", today, "--out", zip.toString()));
        Path bomb = HostileZips.write(dir.resolve("bomb.zip"), HostileZips.entries(zip), "manifest.json", HostileZips.zeros(1024));
        assertEquals(3, runFailing("SMP-INPUT: bomb.zip: manifest.json declares 1073741824 bytes inflated, more than 67108864, "
                + "the limit; not checked", "verify", bomb.toString()));
    }

    @Test
    void aLeapSecondIsNotATimeTheLogWritesAndStopsExportWithoutAStackTrace() throws IOException {
        Path archive = render("consent");
        // Instant.parse reads it as 23:59:59, which would write back as another line
        ForgedLines.append(archive, "issuedAt", "2026-12-31T23:59:60Z");
        assertEquals(6, run("verify", "--archive", archive.toString()));
        assertEquals("broken chain: audit.jsonl line 2 (not a well-formed audit entry: its issuedAt is not a UTC time as "
                + "the log writes one, such as 2026-11-24T10:15:00Z)" + System.lineSeparator(), stderr);
        assertEquals(5, runFailing("SMP-OUTPUT: the archive is not intact; verify it first", "export", "--archive",
                archive.toString(), "--from", "2026-12-31", "--to", "2026-12-31", "--out", dir.resolve("x.zip").toString()));
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void aRenderAfterAForgedLastLineIsRefusedNamingWhatIsWrong() throws IOException {
        Path archive = render("consent");
        ForgedLines.append(archive, "kind", "consnet");
        List<String> before = files(archive);
        assertEquals(5, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "disclosure", "--archive",
                archive.toString(), "--out", dir.resolve("out").toString(), Samples.ROOT.resolve("cases/greek-name.json").toString()));
        assertEquals("error: SMP-OUTPUT: the audit log audit.jsonl ends with a line that is not a well-formed audit entry: "
                + "its kind is not one of consent, disclosure, aftercare, report, packet; nothing more is written to it. "
                + "Run verify and repair the log first." + System.lineSeparator(), stderr);
        assertEquals(before, files(archive));
    }
}
