package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.seal.SealReport;
import org.smpdocs.internal.seal.SealVerifier;
import org.smpdocs.internal.seal.TrustAnchors;

/**
 * A signed record read back as a person checking it would: the signed PDF from the archive has
 * no form field left to fill (only the seal's signature field), it ends with the evidence pages
 * naming the witness and the device, the archive's evidence has an entry for every mark and choice
 * the issued document asked for (dates are filled from the signing time), our verifier accepts the seal with the sample authority as trust
 * anchor, and poppler's pdfsig (where installed) finds it valid over the whole document.
 */
final class SignedRecordCheck {
    static final Path TEST_CA = Path.of("samples/seal/test-ca.pem");
    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private SignedRecordCheck() {
    }

    /** Checks the signed record; {@code fields} are the names of the fields the issued document asked for. */
    static void check(FrontDesk desk, AuditEntry signed, Set<String> fields, String witness, String device)
            throws IOException, InterruptedException {
        assertTrue(signed.document().isSigned(), "a signed record");
        byte[] pdf = desk.archive().document(signed);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    assertTrue(f instanceof PDSignatureField, "a form field left unfilled: " + f.getFullyQualifiedName());
                }
            }
            String text = new PDFTextStripper().getText(doc);
            int evidencePage = text.lastIndexOf("Signing evidence");
            assertTrue(evidencePage > 0, "the evidence page");
            String last = text.substring(evidencePage).replaceAll("\\s+", " ");
            assertTrue(last.contains(witness), last);
            assertTrue(last.contains(device), last);
        }
        JsonNode evidence = new ObjectMapper().readTree(desk.archive().evidence(signed).orElseThrow());
        Set<String> filled = new HashSet<>();
        for (JsonNode mark : evidence.path("fields")) {
            if (mark.hasNonNull("method") || mark.hasNonNull("ticked")) {
                filled.add(mark.path("field").asText());
            }
        }
        assertEquals(fields, filled, "every field of the issued document has its entry in the evidence");
        SealReport report = new SealVerifier(TrustAnchors.load(TEST_CA)).verify(pdf);
        assertTrue(report.sealedAndIntact(), report.toString());
        if (Files.isExecutable(PDFSIG)) {
            Path file = Files.createTempFile("signed", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder(PDFSIG.toString(), "-nocert", file.toString()).redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
                assertTrue(out.contains("Signature is Valid."), out);
                assertTrue(out.contains("Total document signed"), out);
                assertFalse(out.contains("Not total document signed"), out);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The names of the fields in the document's order, each once. */
    static Set<String> names(List<org.smpdocs.internal.signing.FormField> fields) {
        Set<String> names = new java.util.LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }
}
