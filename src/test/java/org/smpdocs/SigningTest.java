package org.smpdocs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.seal.SealReport;
import org.smpdocs.internal.seal.SealVerifier;
import org.smpdocs.internal.seal.TrustAnchors;
import org.smpdocs.model.PatientCase;

/**
 * Signing an issued document through the facade: every field filled into the page content, the
 * evidence page, the completeness gate, and the evidence record, read back from the PDF.
 */
class SigningTest {
    private static final Instant SIGNED = Instant.parse("2026-11-25T14:05:30Z");
    /** Signs a day after the samples' documents were issued. */
    private static final SmpDocs SIGNER = SmpDocs.builder().clinicProfile(Samples.CLINIC)
            .clock(Clock.fixed(SIGNED, ZoneOffset.UTC)).build();

    private static RenderedDocument issued(String sample, DocumentKind kind) {
        PatientCase c = Samples.engine().readCase(Samples.ROOT.resolve("cases").resolve(sample + ".json"));
        return Samples.engine().render(kind, c);
    }

    @Test
    void everyFieldIsFilledIntoThePageAndOnlyTheSealFieldIsLeft() throws IOException {
        RenderedDocument issued = issued("minor-with-guardian", DocumentKind.CONSENT);
        byte[] pdf = issued.bytes(OutputFormat.PDF);
        List<String> marks = Marks.fields(pdf, PDField.class).stream().filter(n -> !n.startsWith("date-")).toList();
        assertTrue(marks.stream().anyMatch(n -> n.startsWith("initials-guardian-")), "a minor's consent asks the guardian too");
        assertEquals(2, Marks.fields(pdf, PDCheckBox.class).size());

        SignedDocument signed = SIGNER.sign(issued, Marks.everyField(pdf).build());

        byte[] out = signed.pdf();
        assertEquals(List.of("clinic-seal"), Marks.fields(out, PDField.class), "the marks are page content, no form fields");
        assertEquals(List.of("clinic-seal"), Marks.fields(out, PDSignatureField.class));
        long drawn = marks.stream().filter(n -> Marks.everyField(pdf).build().fields().get(n).image() != null).count();
        assertEquals(0, images(pdf), "the issued document shows the logo only");
        assertEquals(drawn, images(out), "one image per drawn mark");
        String text = Samples.text(out, false);
        assertTrue(text.contains("Wed 25 Nov 2026"), "the date fields carry the signing date");
        assertEquals(hex(pdf), signed.issuedSha256());
        assertTrue(text.contains(hex(pdf)), "the evidence page names the issued document's hash");
        String unwrapped = text.replace(" ", "");
        for (String field : marks) {
            assertTrue(unwrapped.contains(field), "the evidence page lists " + field);
        }
        assertTrue(text.contains("Guardian: Niamh Ó Súilleabháin"));
        assertTrue(text.contains("choice: ticked") && text.contains("choice: not ticked"));
        assertEquals(marks.size(), signed.evidence().size());
    }

    @Test
    void theIssuedPagesAreUnchangedButForTheirMarks() throws IOException {
        RenderedDocument issued = issued("fue-scar-camouflage", DocumentKind.DISCLOSURE);
        byte[] pdf = issued.bytes(OutputFormat.PDF);
        SignedDocument signed = SIGNER.sign(issued, Marks.everyField(pdf).build());
        try (PDDocument before = Loader.loadPDF(pdf); PDDocument after = Loader.loadPDF(signed.pdf())) {
            int pages = before.getNumberOfPages();
            assertTrue(after.getNumberOfPages() > pages, "the evidence appended");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages + 1);
            stripper.setEndPage(pages + 1);
            assertTrue(stripper.getText(after).contains("Signing evidence"), "the evidence starts on a page of its own");
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertFalse(stripper.getText(after).contains("Signing evidence"));
            for (int i = 0; i < pages; i++) {
                assertEquals(before.getPage(i).getMediaBox().toString(), after.getPage(i).getMediaBox().toString());
            }
            for (int i = 1; i <= pages; i++) {
                String signedPage = pageText(after, i);
                for (String line : pageText(before, i).split("\\R")) {
                    if (!line.isBlank() && !line.matches(".*Page \\d+ of \\d+.*")) {
                        assertTrue(signedPage.contains(line.strip()), "page " + i + " keeps: " + line);
                    }
                }
            }
        }
    }

    @Test
    void oneMissingInitialIsRefusedWithThatFieldAlone() {
        RenderedDocument issued = issued("norwood6-density", DocumentKind.CONSENT);
        byte[] pdf = issued.bytes(OutputFormat.PDF);
        Signing complete = Marks.everyField(pdf).build();
        String dropped = complete.fields().keySet().stream().filter(n -> n.startsWith("initials-")).sorted().findFirst()
                .orElseThrow();
        Signing.Builder b = Signing.builder().witness("Sam Taylor").device("clinic tablet 2");
        complete.fields().forEach((name, e) -> {
            if (!name.equals(dropped)) {
                copy(b, name, e);
            }
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SIGNER.sign(issued, b.build()));
        assertEquals(List.of(new Problem("fields." + dropped, "missing-initials",
                "the initials of the patient, drawn, scanned or typed and adopted")), e.problems());
        assertFalse(e.getMessage().contains("Mark Hollins"), "never a name");
    }

    @Test
    void everyWayOfFillingWronglyIsNamedByField() {
        RenderedDocument issued = issued("diffuse-thinning-woman", DocumentKind.CONSENT);
        byte[] pdf = issued.bytes(OutputFormat.PDF);
        Signing complete = Marks.everyField(pdf).build();
        List<String> choices = Marks.fields(pdf, PDCheckBox.class);
        Signing.Builder b = Signing.builder().witness(" ");
        complete.fields().forEach((name, e) -> {
            if (!name.equals(choices.get(0)) && !name.equals("signature-patient")) {
                copy(b, name, e);
            }
        });
        b.typed("date-patient", "1 Jan 2020");
        b.typed("signature-nobody", "X");
        b.choice("signature-patient", true);
        b.drawn(choices.get(1), Marks.scribble(100, 100, 1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SIGNER.sign(issued, b.build()));
        Map<String, String> rules = e.problems().stream().collect(Collectors.toMap(Problem::path, Problem::rule));
        assertEquals(Map.of("witness", "missing-witness", "fields." + choices.get(0), "unanswered-choice",
                "fields." + choices.get(1), "not-a-choice", "fields.signature-patient", "not-a-mark",
                "fields.date-patient", "date-given", "fields.signature-nobody", "unknown-field"), rules);
    }

    @Test
    void onlyInitialsMayBeTypedAndOnlyVisiblyAndBriefly() {
        RenderedDocument issued = issued("norwood6-density", DocumentKind.CONSENT);
        Signing.Builder b = Marks.everyField(issued.bytes(OutputFormat.PDF)).witness("\u200B").device("tablet\u202E2");
        b.typed("signature-patient", "MH");
        b.typed("initials-scarring", "\u200B");
        b.typed("initials-infection", "I do not agree");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SIGNER.sign(issued, b.build()));
        Map<String, String> rules = e.problems().stream().collect(Collectors.toMap(Problem::path, Problem::rule));
        assertEquals(Map.of("witness", "invisible-text", "device", "control-character",
                "fields.signature-patient", "typed-signature", "fields.initials-scarring", "invisible-text",
                "fields.initials-infection", "initials-length"), rules);
    }

    @Test
    void onlyAConsentOrADisclosureIsSigned() {
        RenderedDocument sheet = issued("norwood6-density", DocumentKind.AFTERCARE);
        assertThrows(IllegalArgumentException.class, () -> SIGNER.sign(sheet, Signing.builder().witness("W").build()));
        RenderedDocument packet = issued("norwood6-density", DocumentKind.PACKET);
        assertThrows(IllegalArgumentException.class, () -> SIGNER.sign(packet, Signing.builder().witness("W").build()));
    }

    @Test
    void aMarkMustBeAPngWithInk() {
        RenderedDocument issued = issued("norwood6-density", DocumentKind.CONSENT);
        Signing.Builder b = Marks.everyField(issued.bytes(OutputFormat.PDF));
        b.drawn("signature-patient", "not an image".getBytes(StandardCharsets.UTF_8));
        b.drawn("signature-practitioner", Marks.png(new java.awt.image.BufferedImage(50, 20,
                java.awt.image.BufferedImage.TYPE_INT_ARGB)));
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(50, 20, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        dot.setRGB(10, 10, 0xFF000000);
        b.drawn("initials-infection", Marks.png(dot));
        java.awt.image.BufferedImage box = new java.awt.image.BufferedImage(60, 30, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = box.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(5, 5, 50, 20);
        g.dispose();
        b.drawn("initials-scarring", Marks.png(box));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SIGNER.sign(issued, b.build()));
        Map<String, String> rules = e.problems().stream().collect(Collectors.toMap(Problem::path, Problem::rule));
        assertEquals("blank-image", rules.get("fields.initials-infection"), "a dot is not a mark");
        assertEquals("filled-image", rules.get("fields.initials-scarring"), "a filled box is not a mark");
        assertEquals(List.of(new Problem("fields.signature-patient", "not-a-png", "a PNG image that decodes whole"),
                new Problem("fields.signature-practitioner", "blank-image",
                        "a mark with dark ink in it: the image is empty, white, faint or a dot")),
                e.problems().stream().filter(p -> p.path().startsWith("fields.signature")).toList());
    }

    @Test
    void theEvidenceRecordHoldsNoImageAndNamesEveryMark() throws IOException {
        RenderedDocument issued = issued("accented-name-interpreter", DocumentKind.CONSENT);
        SignedDocument signed = SIGNER.sign(issued, Marks.everyField(issued.bytes(OutputFormat.PDF)).build());
        JsonNode json = new ObjectMapper().readTree(signed.evidenceJson());
        assertEquals("consent", json.at("/document/kind").asText());
        assertEquals(signed.issuedSha256(), json.at("/document/issuedSha256").asText());
        assertEquals(SIGNED.toString(), json.at("/signedAt").asText());
        assertEquals(signed.evidence().size(), json.get("fields").size());
        JsonNode interpreter = null;
        for (JsonNode f : json.get("fields")) {
            if (f.get("field").asText().equals("signature-interpreter")) {
                interpreter = f;
            }
        }
        assertEquals("interpreter", interpreter.get("role").asText());
        assertEquals("drawn", interpreter.get("method").asText());
        assertEquals("clinic tablet 2", interpreter.get("device").asText());
        assertFalse(new String(signed.evidenceJson(), StandardCharsets.UTF_8).contains("iVBOR"), "no PNG data");
        assertEquals("C-2026-0188-consent-signed.pdf".replace("C-2026-0188", issued.caseId()), signed.fileName());
    }

    @Test
    void theSameSigningOnTheSameClockGivesTheSameBytes() {
        RenderedDocument issued = issued("greek-name", DocumentKind.CONSENT);
        Signing signing = Marks.everyField(issued.bytes(OutputFormat.PDF)).build();
        assertArrayEquals(SIGNER.sign(issued, signing).pdf(), SIGNER.sign(issued, signing).pdf());
    }

    @Test
    void aDocumentNotRenderedAsPdfCannotBeSigned() {
        PatientCase c = Samples.engine().readCase(Samples.ROOT.resolve("cases").resolve("greek-name.json"));
        RenderedDocument docx = Samples.engine().withFormats(java.util.EnumSet.of(OutputFormat.DOCX))
                .render(DocumentKind.CONSENT, c);
        assertThrows(IllegalArgumentException.class, () -> SIGNER.sign(docx, Signing.builder().build()));
    }

    @Test
    void theSealCoversTheSignedDocumentAndChainsToTheSampleAuthority() {
        RenderedDocument issued = issued("norwood6-density", DocumentKind.CONSENT);
        SignedDocument signed = SIGNER.sign(issued, Marks.everyField(issued.bytes(OutputFormat.PDF)).build());
        ClinicSeal seal = ClinicSeal.fromPkcs12(Samples.ROOT.resolve("seal/clinic-seal.p12"), "sample-only".toCharArray());
        assertEquals("Deansgate Scalp Clinic seal (TEST — not for real use)", seal.signerName());
        byte[] sealed = SIGNER.seal(signed, seal);
        SealReport report = new SealVerifier(TrustAnchors.load(Samples.ROOT.resolve("seal/test-ca.pem"))).verify(sealed);
        assertTrue(report.sealedAndIntact(), report.toString());
        assertEquals("clinic-seal", report.signatures().get(0).field());
        assertEquals(Optional.of(SIGNED), report.signatures().get(0).signingTime(), "sealed at the signing time");
        assertArrayEquals(sealed, SIGNER.seal(signed, seal), "the same signing and seal give the same bytes");
    }

    private static void copy(Signing.Builder b, String name, Signing.Entry e) {
        if (e.isChoice()) {
            b.choice(name, e.ticked());
        } else if (e.image() != null) {
            b.image(name, e.image(), e.method(), e.device());
        } else {
            b.typed(name, e.typed());
        }
    }

    /** The images on the pages other than the clinic logo (the first image of the first page). */
    private static long images(byte[] pdf) throws IOException {
        long n = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDPage first = d.getPage(0);
            COSName logoName = first.getResources().getXObjectNames().iterator().next();
            PDImageXObject logo = (PDImageXObject) first.getResources().getXObject(logoName);
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image
                            && (image.getWidth() != logo.getWidth() || image.getHeight() != logo.getHeight())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static String pageText(PDDocument d, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(d);
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
