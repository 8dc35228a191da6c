package org.smpdocs.internal.cli;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: what it writes, what it prints, and its exit codes. */
class CliTest {
    @TempDir
    Path out;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        stdout = run.out();
        stderr = run.err();
        return run.code();
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sample(String name) {
        return Samples.ROOT.resolve(name).toString();
    }

    @Test
    void rendersEveryDocumentOfEverySample() throws IOException {
        List<String> cmd = new ArrayList<>(List.of("render", "--clinic", Samples.CLINIC.toString(), "--kind", "all",
                "--format", "pdf", "--out", out.toString()));
        Samples.cases().forEach(p -> cmd.add(p.toString()));
        assertEquals(0, run(cmd.toArray(String[]::new)), stderr);
        assertEquals(Samples.cases().size() * 4, written().size());
        assertTrue(written().contains("C-2026-0142-consent.pdf"), written().toString());
        assertTrue(written().contains("C-2026-0142-aftercare-s2.pdf"), "latest session by default");
        assertTrue(stdout.contains(Samples.cases().size() * 4 + " documents written; 0 of 7 cases with problems"), stdout);
        assertEquals("", stderr);
    }

    @Test
    void rendersPdfAndWordFromOneRun() throws IOException {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--format", "pdf,docx",
                "--out", out.toString(), sample("cases/greek-name.json")), stderr);
        assertEquals(List.of("C-2026-0153-consent.docx", "C-2026-0153-consent.pdf"), written());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out.resolve("C-2026-0153-consent.docx")))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Consent to scalp micropigmentation")));
        }
    }

    @Test
    void renderRecordsIntoTheArchiveAndVerifyChecksIt(@TempDir Path archive) throws IOException {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "all", "--format", "pdf,docx",
                "--archive", archive.toString(), "--out", out.toString(), sample("cases/greek-name.json")), stderr);
        assertEquals(0, run("verify", "--archive", archive.toString()), stderr);
        assertTrue(stdout.contains("8 records checked; all intact"), stdout);
        try (Stream<Path> docs = Files.list(archive.resolve("documents"))) {
            Path any = docs.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
            Files.write(any, new byte[] {1, 2, 3});
            assertEquals(6, run("verify", "--archive", archive.toString()));
            assertTrue(stderr.contains("altered: documents/" + any.getFileName()), stderr);
            assertTrue(stdout.contains("8 records checked; 1 finding"), stdout);
        }
    }

    @Test
    void exportWritesAZipThatVerifies(@TempDir Path archive) throws IOException {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--archive",
                archive.toString(), "--out", out.toString(), sample("cases/greek-name.json"), sample("cases/cyrillic-name.json")));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Path zip = out.resolve("records.zip");
        assertEquals(0, run("export", "--archive", archive.toString(), "--from", today, "--to", today, "--patient", "P-10381",
                "--out", zip.toString()), stderr);
        assertTrue(stdout.contains("1 document exported"), stdout);
        assertEquals(0, run("verify", zip.toString()), stderr);
        assertTrue(stdout.contains("records.zip checked; all intact"), stdout);
        assertEquals(2, run("verify"), "neither an archive nor a ZIP");
        assertEquals(2, run("export", "--archive", archive.toString(), "--from", today, "--to", "2020-01-01", "--out",
                zip.toString()));
    }

    @Test
    void reissueRegeneratesTheIssuedBytes(@TempDir Path archive, @TempDir Path templates) throws IOException {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "all", "--format", "pdf,docx",
                "--archive", archive.toString(), "--out", out.toString(), sample("cases/norwood6-density.json")));
        for (String record : List.of("1", "2", "7", "8")) {
            assertEquals(0, run("reissue", "--archive", archive.toString(), "--clinic", Samples.CLINIC.toString(), record), stderr);
            assertTrue(stdout.contains("regenerated bytes are identical"), stdout);
        }
        Files.writeString(templates.resolve("print.css"), "h1 { color: red; }");
        assertEquals(6, run("reissue", "--archive", archive.toString(), "--clinic", Samples.CLINIC.toString(),
                "--templates", templates.toString(), "1"));
        assertTrue(stderr.startsWith("template set differs: issued with 2026.1.1"), stderr);
        Path reworded = Files.writeString(out.resolve("clinic.json"), Files.readString(Samples.CLINIC)
                .replace("The pigment fades over time", "Pigment fades over the years"));
        Files.copy(Samples.ROOT.resolve("logo.png"), out.resolve("logo.png"));
        assertEquals(6, run("reissue", "--archive", archive.toString(), "--clinic", reworded.toString(), "1"));
        assertTrue(stdout.contains("regenerated bytes differ"), stdout);
        assertEquals(2, run("reissue", "--archive", archive.toString(), "--clinic", Samples.CLINIC.toString(), "99"));
    }

    @Test
    void emailWritesAnEmlPerCaseAndReportsACaseWithoutAddress() throws Exception {
        Path noAddress = Files.writeString(out.resolve("no-address.json"), Files.readString(Path.of(sample("cases/norwood6-density.json")))
                .replaceFirst("\"email\": \"[^\"]*\",", ""));
        Path eml = out.resolve("eml");
        assertEquals(3, run("email", "--clinic", Samples.CLINIC.toString(), "--eml", eml.toString(),
                sample("cases/greek-name.json"), noAddress.toString()));
        assertTrue(stderr.contains("patient.email: required-for-email"), stderr);
        assertTrue(stdout.contains("1 message written; 1 of 2 cases with problems"), stdout);
        try (var in = Files.newInputStream(eml.resolve("C-2026-0153-aftercare-s1.eml"))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("hello@deansgatescalp.example.com",
                    ((InternetAddress) message.getFrom()[0]).getAddress());
            assertTrue(message.isMimeType("multipart/mixed"));
        }
    }

    @Test
    void sessionPicksTheSessionOfAftercareAndReport() throws IOException {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "report", "--session", "1",
                "--out", out.toString(), sample("cases/norwood6-density.json")));
        assertEquals(List.of("C-2026-0142-report-s1.pdf"), written());
    }

    @Test
    void aSessionThatWasNotRecordedIsInvalidInput() throws IOException {
        assertEquals(3, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "aftercare", "--session", "3",
                "--out", out.toString(), sample("cases/norwood6-density.json")));
        assertTrue(stderr.contains("sessions: session-recorded (expected a recorded session number 3)"), stderr);
        assertEquals(List.of(), written());
    }

    @Test
    void anInvalidCaseGetsNoFilesAndTheOthersGoOn() throws IOException {
        assertEquals(3, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--out", out.toString(),
                sample("invalid/minor-without-guardian.json"), sample("cases/norwood6-density.json")));
        assertEquals(List.of("C-2026-0142-consent.pdf"), written());
        assertTrue(stderr.contains("invalid: minor-without-guardian.json: 1 problem"), stderr);
        assertTrue(stderr.contains("consent.signers: guardian-for-minor"), stderr);
    }

    @Test
    void aContraindicationStopsTheConsentAndSaysWhy() throws IOException {
        assertEquals(3, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--out", out.toString(),
                sample("invalid/contraindications.json")));
        assertEquals(List.of(), written());
        assertTrue(stderr.contains("screening.pregnantOrBreastfeeding: no-contraindication (expected not pregnant"), stderr);
        assertTrue(stderr.contains("screening.activeScalpInfection: no-contraindication"), stderr);
    }

    @Test
    void validateListsEveryProblemWithoutPatientValues() throws IOException {
        assertEquals(3, run("validate", "--clinic", Samples.CLINIC.toString(), sample("invalid/malformed-date.json"),
                sample("cases/greek-name.json")));
        assertTrue(stdout.contains("greek-name.json: ok"), stdout);
        assertTrue(stdout.contains("1 of 2 cases valid"), stdout);
        assertTrue(stderr.contains("patient.dateOfBirth: malformed-value (expected a date written as YYYY-MM-DD, from 1900 on)"), stderr);
        String bad = Files.readString(Path.of(sample("invalid/malformed-date.json")))
                .replaceAll("(?s).*\"dateOfBirth\": \"([^\"]*)\".*", "$1");
        assertFalse(stderr.contains(bad), "the malformed value itself is not printed");
    }

    @Test
    void validateAcceptsEverySample() {
        List<String> cmd = new ArrayList<>(List.of("validate", "--clinic", Samples.CLINIC.toString()));
        Samples.cases().forEach(p -> cmd.add(p.toString()));
        assertEquals(0, run(cmd.toArray(String[]::new)), stderr);
        assertTrue(stdout.contains("7 of 7 cases valid"), stdout);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "invoice", "--out", out.toString(),
                sample("cases/greek-name.json")));
        assertTrue(stderr.contains("expected consent, disclosure, aftercare, report, packet or all"), stderr);
        assertEquals(2, run("render", "--kind", "all"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
    }

    @Test
    void renderWritesDocumentsOnlyNotTheEmailBodies(@TempDir Path archive) throws IOException {
        for (String format : List.of("email_html", "pdf,EMAIL_TEXT", "txt", "html")) {
            assertEquals(2, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "aftercare", "--format", format,
                    "--out", out.toString(), "--archive", archive.toString(), sample("cases/greek-name.json")), format);
            assertTrue(stderr.contains("expected pdf or docx"), stderr);
        }
        assertEquals(List.of(), written(), "nothing rendered");
        try (Stream<Path> files = Files.list(archive)) {
            assertEquals(0, files.count(), "nothing recorded");
        }
        assertEquals(0, run("render", "--help"));
        assertTrue(stdout.replaceAll("\\s+", " ").contains("Output formats, comma-separated: pdf, docx (default: pdf)."), stdout);
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "aftercare", "--format", "PDF,Docx",
                "--out", out.toString(), "--archive", archive.toString(), sample("cases/greek-name.json")), stderr);
        assertEquals(List.of("C-2026-0153-aftercare-s1.docx", "C-2026-0153-aftercare-s1.pdf"), written());
        try (Stream<Path> files = Files.list(archive.resolve("documents"))) {
            assertEquals(List.of("docx", "pdf"), files.map(f -> f.getFileName().toString().replaceFirst(".*\\.", ""))
                    .sorted().toList(), "the archive records the documents");
        }
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, run("--help"));
        assertTrue(stdout.contains("render") && stdout.contains("validate") && stdout.contains("Exit codes:"), stdout);
        assertEquals(0, run("--version"));
        assertTrue(stdout.startsWith("smp-docs "), stdout);
    }

    @Test
    void aBrokenTemplateExitsWithFour(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), "<#list>");
        assertEquals(4, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--templates",
                templates.toString(), "--out", out.toString(), sample("cases/greek-name.json")));
        assertTrue(stderr.startsWith("error: SMP-TEMPLATE: template consent.ftlx line 1"), stderr);
        assertEquals(List.of(), written());
    }

    @Test
    void anUnwritableOutputExitsWithFive() throws IOException {
        Path file = Files.writeString(out.resolve("not-a-directory"), "x");
        assertEquals(5, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--out",
                file.toString(), sample("cases/greek-name.json")));
        assertEquals("error: greek-name.json: SMP-OUTPUT: cannot write C-2026-0153-consent.pdf to " + file
                + ": not a directory. Nothing was written for this case.\n", stderr);
    }

    @Test
    void anInvalidClinicProfileExitsWithThree() throws IOException {
        Path clinic = Files.writeString(out.resolve("clinic.json"), "{\"name\": \"X\", \"colour\": 1}");
        assertEquals(3, run("validate", "--clinic", clinic.toString(), sample("cases/greek-name.json")));
        assertTrue(stderr.contains("colour: unknown-field"), stderr);
        assertTrue(stderr.contains("address: not-null"), stderr);
    }
}
