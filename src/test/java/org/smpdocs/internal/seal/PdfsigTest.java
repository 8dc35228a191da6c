package org.smpdocs.internal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * poppler's pdfsig, a validator that shares no code with ours (NSS), on the sealed consent: the
 * signature is valid and covers the whole document; a flipped byte is a digest mismatch, an
 * update appended after sealing leaves part of the document unsigned. It checks the signature,
 * not the certificate (the test authority is in no NSS database: -nocert). Skipped where pdfsig
 * is not installed (.ci/run installs poppler-utils).
 */
class PdfsigTest {
    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private final SealFixture fixture = SealFixture.get();

    @BeforeAll
    static void pdfsigIsThere() {
        assumeTrue(Files.isExecutable(PDFSIG), "pdfsig (poppler-utils) is not installed");
    }

    @Test
    void pdfsigFindsTheSealValidOverTheWholeDocument() throws Exception {
        String seal = sealBlock(pdfsig(fixture.sealed, "sealed"));
        assertTrue(seal.contains("- Signature Validation: Signature is Valid."), seal);
        assertTrue(seal.contains("- Total document signed"), seal);
        assertTrue(seal.contains("- Signature Type: ETSI.CAdES.detached"), seal);
        assertTrue(seal.contains("- Signing Hash Algorithm: SHA-256"), seal);
        assertTrue(seal.contains("- Signing Time: Nov 24 2026 10:20:00"), seal);
        assertTrue(seal.contains("- Signer Certificate Common Name: Deansgate Scalp Clinic seal (TEST \u2014 not for real use)"), seal);
    }

    @Test
    void pdfsigFindsAFlippedByte() throws Exception {
        byte[] pdf = fixture.sealed.clone();
        pdf[fixture.consent.length / 2] ^= 1;
        String seal = sealBlock(pdfsig(pdf, "flipped"));
        assertTrue(seal.contains("- Signature Validation: Digest Mismatch."), seal);
    }

    @Test
    void pdfsigFindsAnUpdateAppendedAfterSealing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(fixture.sealed)) {
            doc.getDocumentInformation().setTitle("Changed after sealing");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        String seal = sealBlock(pdfsig(out.toByteArray(), "appended"));
        assertTrue(seal.contains("- Not total document signed"), seal);
    }

    /** pdfsig's lines about the sealed field, from its name to the next signature. */
    static String sealBlock(String output) {
        int start = output.indexOf("- Signature Field Name: " + SealFixture.FIELD);
        assertTrue(start >= 0, output);
        int end = output.indexOf("Signature #", start);
        return output.substring(start, end < 0 ? output.length() : end);
    }

    /** pdfsig's report on {@code pdf}, checked to have run. */
    static String pdfsig(byte[] pdf, String name) throws IOException, InterruptedException {
        Path file = SealFixture.get().file(name + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(PDFSIG.toString(), "-nocert", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
        Files.delete(file);
        return output;
    }
}
