package org.smpdocs.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;

/** {@code sign}: the sample signing record through the archive, seal and verify, and what it refuses. */
class SignCommandTest {
    private static final Map<String, String> ENV = Map.of("SEAL_PASSWORD", "sample-only");
    private static final Path SIGNING = Samples.ROOT.resolve("signing");
    private static final Path SEAL = Samples.ROOT.resolve("seal");

    @TempDir
    Path dir;

    private Path archive;
    private Path out;
    private CliRun last;

    @BeforeEach
    void issueTheSampleConsent() {
        archive = dir.resolve("records");
        out = dir.resolve("out");
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent", "--archive",
                archive.toString(), "--out", out.toString(), Samples.ROOT.resolve("cases/norwood6-density.json").toString()),
                last.err());
    }

    private int run(String... args) {
        last = CliRun.with(ENV, args);
        return last.code();
    }

    private int sign(Path signingRecord, String... more) {
        List<String> args = new ArrayList<>(List.of("sign", "--archive", archive.toString(), "--clinic",
                Samples.CLINIC.toString(), "--record", "1", "--signing-record", signingRecord.toString(),
                "--seal-keystore", SEAL.resolve("clinic-seal.p12").toString(), "--seal-password-env", "SEAL_PASSWORD"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void theSampleSigningIsSealedRecordedAndVerified() throws IOException, InterruptedException {
        assertEquals(0, sign(SIGNING.resolve("norwood6-density-consent.json"), "--out", out.toString()), last.err());
        assertTrue(last.out().startsWith("record 2: consent of case C-2026-0142 signed (16 entries, witnessed) and sealed"),
                last.out());
        assertTrue(last.out().contains("audit log sealed: a signed checkpoint of its 2 lines"), last.out());
        Path signed = out.resolve("C-2026-0142-consent-signed.pdf");
        try (PDDocument pdf = Loader.loadPDF(signed.toFile())) {
            List<String> fields = new ArrayList<>();
            pdf.getDocumentCatalog().getAcroForm().getFieldTree().forEach((PDField f) -> fields.add(f.getFullyQualifiedName()));
            assertEquals(List.of("clinic-seal"), fields, "every field filled into the page");
            assertEquals(1, pdf.getSignatureDictionaries().size());
        }
        assertEquals(0, run("verify", "--archive", archive.toString(), "--trust-anchors",
                SEAL.resolve("test-ca.pem").toString()), last.err());
        assertTrue(last.out().contains("2 records checked; all intact"), last.out());
        assertTrue(last.out().contains("sealed: all 2 lines by checkpoints signed by Deansgate Scalp Clinic seal"), last.out());
        assertEquals(0, run("verify", signed.toString(), "--trust-anchors", SEAL.resolve("test-ca.pem").toString()));
        assertTrue(last.out().contains("C-2026-0142-consent-signed.pdf: sealed and intact"), last.out());
        Path appended = Files.write(dir.resolve("appended.pdf"), concat(Files.readAllBytes(signed),
                "\n1 0 obj\n(changed)\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(6, run("verify", appended.toString(), "--trust-anchors", SEAL.resolve("test-ca.pem").toString()));
        assertTrue(last.err().contains("changed after sealing"), last.err());
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) is not installed");
        Process p = new ProcessBuilder("pdfsig", "-nocert", signed.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(report.contains("Signature is Valid") && report.contains("Total document signed"), report);
    }

    @Test
    void aRecordMissingOneInitialIsRefusedAndNothingIsRecorded() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(SIGNING.resolve("norwood6-density-consent.json").toFile());
        ((ObjectNode) tree.get("fields")).remove("initials-scarring");
        Path record = dir.resolve("record.json");
        json.writeValue(record.toFile(), tree);
        Files.copy(SIGNING.resolve("patient-signature.png"), dir.resolve("patient-signature.png"));
        Files.copy(SIGNING.resolve("practitioner-signature.png"), dir.resolve("practitioner-signature.png"));
        assertFalse(Files.readString(record).contains("initials-scarring"));
        assertEquals(3, sign(record));
        assertTrue(last.err().contains("fields.initials-scarring: missing-initials"), last.err());
        assertFalse(last.err().contains("Mark Hollins"));
        assertEquals(0, run("verify", "--archive", archive.toString()));
        assertTrue(last.out().contains("1 record checked; all intact"), "nothing recorded: " + last.out());
    }

    @Test
    void aRecordForAnotherDocumentOrASecondSigningIsRefused() throws IOException {
        Path record = SIGNING.resolve("norwood6-density-consent.json");
        Path forTwo = Files.writeString(dir.resolve("for-two.json"), Files.readString(record).replace("\"record\": 1", "\"record\": 2"));
        Files.copy(SIGNING.resolve("patient-signature.png"), dir.resolve("patient-signature.png"));
        Files.copy(SIGNING.resolve("practitioner-signature.png"), dir.resolve("practitioner-signature.png"));
        assertEquals(2, sign(forTwo));
        assertTrue(last.err().contains("the signing record is for record 2, not for record 1"), last.err());
        assertEquals(0, sign(record), last.err());
        assertEquals(3, sign(record));
        assertTrue(last.err().contains("record 2"), "names the signed record that completes it: " + last.err());
    }

    @Test
    void aWrongPasswordOrNoneIsSaidPlainly() {
        last = CliRun.with(Map.of("SEAL_PASSWORD", "not-it"), "sign", "--archive", archive.toString(), "--clinic",
                Samples.CLINIC.toString(), "--record", "1", "--signing-record",
                SIGNING.resolve("norwood6-density-consent.json").toString(), "--seal-keystore",
                SEAL.resolve("clinic-seal.p12").toString(), "--seal-password-env", "SEAL_PASSWORD");
        assertEquals(3, last.code());
        assertFalse(last.err().contains("not-it"), "never the password");
        assertEquals(2, run("sign", "--archive", archive.toString(), "--clinic", Samples.CLINIC.toString(), "--record", "1",
                "--signing-record", SIGNING.resolve("norwood6-density-consent.json").toString(), "--seal-keystore",
                SEAL.resolve("clinic-seal.p12").toString()));
        assertTrue(last.err().contains("--seal-password-env VAR or --seal-password-file FILE"), last.err());
    }

    @Test
    void renderWithTheSealSignsACheckpointAfterTheBatch() {
        assertEquals(0, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "disclosure", "--archive",
                archive.toString(), "--out", out.toString(), "--seal-keystore", SEAL.resolve("clinic-seal.p12").toString(),
                "--seal-password-env", "SEAL_PASSWORD", Samples.ROOT.resolve("cases/greek-name.json").toString()), last.err());
        assertTrue(last.out().contains("audit log sealed: a signed checkpoint of its 2 lines"), last.out());
        assertEquals(2, run("render", "--clinic", Samples.CLINIC.toString(), "--kind", "disclosure", "--out", out.toString(),
                "--seal-keystore", SEAL.resolve("clinic-seal.p12").toString(), "--seal-password-env", "SEAL_PASSWORD",
                Samples.ROOT.resolve("cases/greek-name.json").toString()));
        assertTrue(last.err().contains("--seal-keystore needs --archive DIR"), last.err());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
