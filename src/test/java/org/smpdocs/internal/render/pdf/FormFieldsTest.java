package org.smpdocs.internal.render.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signature, initials, date and choice boxes are form fields a clinic can fill in on a tablet:
 * placed over the boxes the page draws, never over printed text, with nothing filled in or
 * ticked for the patient.
 */
class FormFieldsTest {
    private static final float PT_PER_MM = 72 / 25.4f;
    private final SmpDocs engine = Samples.engine();

    private PatientCase read(String name) {
        return engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
    }

    private static List<PDField> fields(PDDocument doc) {
        return doc.getDocumentCatalog().getAcroForm(null).getFields();
    }

    @Test
    void theConsentHasAFieldPerInitialsBoxChoiceSignatureAndDate() throws IOException {
        PatientCase c = read("greek-name.json");
        try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))) {
            List<String> expected = new ArrayList<>();
            for (Drawback d : engine.clinic().content().drawbacks()) {
                expected.add("initials-" + d.id());
            }
            expected.add("choice-photos-clinical-record");
            expected.add("choice-photos-marketing");
            for (String role : List.of("patient", "guardian", "interpreter", "practitioner", "witness")) {
                for (Signer s : c.consent().signers()) {
                    if (s.role().name().toLowerCase(Locale.ROOT).equals(role)) {
                        expected.add("signature-" + role);
                        expected.add("date-" + role);
                    }
                }
            }
            List<PDField> fields = fields(doc);
            assertEquals(expected, fields.stream().map(PDField::getFullyQualifiedName).toList());
            for (PDField field : fields) {
                String name = field.getFullyQualifiedName();
                assertTrue(name.startsWith("signature-") ? field instanceof PDSignatureField
                        : name.startsWith("choice-") ? field instanceof PDCheckBox : field instanceof PDTextField, name);
                assertFalse(field.getAlternateFieldName().isBlank(), "a name for screen readers");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                assertTrue(widget.isPrinted(), name);
                assertTrue(widget.getAppearance() != null, name);
                PDRectangle box = widget.getRectangle();
                PDRectangle page = widget.getPage().getMediaBox();
                if (name.startsWith("choice-")) {
                    // the stylesheet's box: 3.4 mm inside a 0.3 mm border
                    float side = (3.4f + 2 * 0.3f) * PT_PER_MM;
                    assertEquals(side, box.getWidth(), 0.5, name + " has the size of its box");
                    assertEquals(side, box.getHeight(), 0.5, name + " has the size of its box");
                } else {
                    assertTrue(box.getWidth() > 20 && box.getHeight() > 10, name + " has the size of its box");
                }
                assertTrue(box.getLowerLeftX() >= 0 && box.getUpperRightX() <= page.getWidth()
                        && box.getLowerLeftY() >= 0 && box.getUpperRightY() <= page.getHeight(), name + " on its page");
            }
        }
    }

    @Test
    void everyConsentsChoicesAreUntickedCheckBoxesThatCanBeTickedAndPrint() throws IOException {
        for (var file : Samples.cases()) {
            PatientCase c = engine.readCase(file);
            try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))) {
                List<PDCheckBox> boxes = fields(doc).stream().filter(f -> f.getFullyQualifiedName().startsWith("choice-"))
                        .map(f -> (PDCheckBox) f).toList();
                assertEquals(engine.clinic().content().choices().stream()
                        .filter(choice -> c.consent().choice(choice.id()).isEmpty()).map(choice -> "choice-" + choice.id()).toList(),
                        boxes.stream().map(PDField::getFullyQualifiedName).toList(), file + ": a box for each choice not yet made");
                for (PDCheckBox box : boxes) {
                    String what = file.getFileName() + " " + box.getFullyQualifiedName();
                    assertFalse(box.isChecked(), what + " is not ticked for the patient");
                    assertEquals("Off", box.getValue(), what);
                    assertEquals("Yes", box.getOnValue(), what + " can be ticked");
                    PDAnnotationWidget widget = box.getWidgets().get(0);
                    assertEquals(COSName.Off, widget.getAppearanceState(), what);
                    PDAppearanceEntry normal = widget.getAppearance().getNormalAppearance();
                    assertTrue(normal.isSubDictionary(), what + ": a look per state");
                    assertTrue(widget.getAppearance().getCOSObject().getItem(COSName.N) instanceof COSDictionary,
                            what + ": the states written in place (poppler draws no state of a state dictionary of its own)");
                    assertTrue(normal.getSubDictionary().containsKey(COSName.getPDFName("Yes"))
                            && normal.getSubDictionary().containsKey(COSName.Off), what);
                    assertFalse(widget.getAppearance().getCOSObject().containsKey(COSName.D), what + ": PDF/A wants N only");
                    assertTrue(widget.isPrinted(), what);
                    assertTrue(box.getAlternateFieldName().toLowerCase(Locale.ROOT).contains("photos"), what);
                }
                if (boxes.isEmpty()) {
                    continue; // every choice was made earlier: nothing to tick
                }
                // ticked, the box prints a mark inside its border
                PDCheckBox marketing = boxes.get(boxes.size() - 1);
                PDRectangle rect = marketing.getWidgets().get(0).getRectangle();
                int page = doc.getPages().indexOf(marketing.getWidgets().get(0).getPage());
                float scale = 4;
                int before = dark(new PDFRenderer(doc).renderImage(page, scale, ImageType.RGB), rect, doc.getPage(page), scale);
                marketing.check();
                int after = dark(new PDFRenderer(doc).renderImage(page, scale, ImageType.RGB), rect, doc.getPage(page), scale);
                assertEquals(0, before, file + ": an empty box");
                assertTrue(after > 20, file + ": a ticked box shows its mark (" + after + " dark pixels)");
            }
        }
    }

    /** Dark pixels well inside the box's border: the tick mark, not the box. */
    private static int dark(BufferedImage image, PDRectangle rect, PDPage page, float scale) {
        float inset = 1.3f;
        float top = page.getMediaBox().getHeight();
        int dark = 0;
        for (int x = Math.round((rect.getLowerLeftX() + inset) * scale); x < (rect.getUpperRightX() - inset) * scale; x++) {
            for (int y = Math.round((top - rect.getUpperRightY() + inset) * scale); y < (top - rect.getLowerLeftY() - inset) * scale; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void theBoxesTheFieldsCoverAreDrawnExactlyUnderThem() throws IOException {
        try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.CONSENT, read("norwood6-density.json")).bytes(OutputFormat.PDF))) {
            Map<Integer, BufferedImage> pages = new HashMap<>();
            float scale = 4;
            for (PDField field : fields(doc)) {
                String name = field.getFullyQualifiedName();
                if (!name.startsWith("choice-") && !name.startsWith("initials-")) {
                    continue;
                }
                PDAnnotationWidget widget = field.getWidgets().get(0);
                int index = doc.getPages().indexOf(widget.getPage());
                BufferedImage image = pages.computeIfAbsent(index, i -> render(doc, i, scale));
                PDRectangle r = widget.getRectangle();
                float top = widget.getPage().getMediaBox().getHeight();
                float midX = (r.getLowerLeftX() + r.getUpperRightX()) / 2;
                float midY = top - (r.getLowerLeftY() + r.getUpperRightY()) / 2;
                // the border lies just inside each edge of the widget, white space just outside
                float in = 0.3f;
                float out = 1.2f;
                assertTrue(isDark(image, r.getLowerLeftX() + in, midY, scale), name + " left border");
                assertTrue(isDark(image, r.getUpperRightX() - in, midY, scale), name + " right border");
                assertTrue(isDark(image, midX, top - r.getUpperRightY() + in, scale), name + " top border");
                assertTrue(isDark(image, midX, top - r.getLowerLeftY() - in, scale), name + " bottom border");
                assertFalse(isDark(image, r.getLowerLeftX() - out, midY, scale), name + " nothing left of it");
                assertFalse(isDark(image, r.getUpperRightX() + out, midY, scale), name + " nothing right of it");
                assertFalse(isDark(image, midX, top - r.getUpperRightY() - out, scale), name + " nothing above it");
                assertFalse(isDark(image, midX, top - r.getLowerLeftY() + out, scale), name + " nothing below it");
            }
        }
    }

    private static BufferedImage render(PDDocument doc, int page, float scale) {
        try {
            return new PDFRenderer(doc).renderImage(page, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isDark(BufferedImage image, float x, float y, float scale) {
        int rgb = image.getRGB(Math.round(x * scale), Math.round(y * scale));
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128;
    }

    @Test
    void noFieldLiesOverPrintedTextAndNoDateIsFilledIn() throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            SmpDocs sized = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).paper(paper)
                    .formats(EnumSet.of(OutputFormat.PDF)).build();
            for (var file : Samples.cases()) {
                PatientCase c = sized.readCase(file);
                for (DocumentKind kind : DocumentKind.values()) {
                    String what = paper + " " + file.getFileName() + " " + kind.id();
                    try (PDDocument doc = Loader.loadPDF(sized.render(kind, c).bytes(OutputFormat.PDF))) {
                        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                        if (form == null) {
                            continue;
                        }
                        for (PDField field : form.getFields()) {
                            if (field.getFullyQualifiedName().startsWith("date-")) {
                                assertEquals("", ((PDTextField) field).getValue(), what + " " + field.getFullyQualifiedName());
                            }
                        }
                        List<String> overlaps = overlaps(doc, form);
                        assertEquals(List.of(), overlaps, what);
                    }
                }
            }
        }
    }

    /** Each printed character that lies inside a field's widget, as "field: character". */
    private static List<String> overlaps(PDDocument doc, PDAcroForm form) throws IOException {
        Map<PDPage, List<TextPosition>> text = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                text.computeIfAbsent(getCurrentPage(), p -> new ArrayList<>()).add(position);
            }
        };
        stripper.getText(doc);
        List<String> found = new ArrayList<>();
        for (PDField field : form.getFields()) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                PDRectangle r = widget.getRectangle();
                float pageHeight = widget.getPage().getMediaBox().getHeight();
                for (TextPosition t : text.getOrDefault(widget.getPage(), List.of())) {
                    if (t.getUnicode().isBlank()) {
                        continue;
                    }
                    // the glyph's box in PDF space: from its baseline up by its height
                    float left = t.getXDirAdj();
                    float right = left + t.getWidthDirAdj();
                    float bottom = pageHeight - t.getYDirAdj();
                    float top = bottom + t.getHeightDir();
                    float tolerance = 0.5f;
                    if (left < r.getUpperRightX() - tolerance && right > r.getLowerLeftX() + tolerance
                            && bottom < r.getUpperRightY() - tolerance && top > r.getLowerLeftY() + tolerance) {
                        found.add(field.getFullyQualifiedName() + ": " + t.getUnicode());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void aFieldTheTemplateFilledInIsPrintedNotOverlaidWithAFormField() throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title></head><body>"
                + "<p>Date <span class=\"field\" data-kind=\"date\" data-field=\"date-filled\">Thu 5 Nov 2026</span></p>"
                + "<p>Date <span class=\"field\" data-kind=\"date\" data-field=\"date-blank\"> </span></p>"
                + "<p><span class=\"checkbox\" data-field=\"choice-a\"></span> A</p></body></html>";
        byte[] pdf = new PdfRenderer("", org.smpdocs.internal.render.Resources.none(), PaperSize.A4)
                .render(new org.smpdocs.internal.xhtml.XhtmlParser().parse(xhtml, "t.ftlx"), Samples.CLOCK.instant(), new ArrayList<>());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of("date-blank", "choice-a"), fields(doc).stream().map(PDField::getFullyQualifiedName).toList());
            assertTrue(Samples.text(pdf).contains("Date Thu 5 Nov 2026"), "the filled-in date is printed");
        }
    }

    @Test
    void aPacketsRepeatedNamesStayUnique() throws IOException {
        try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.PACKET, read("norwood6-density.json")).bytes(OutputFormat.PDF))) {
            List<String> names = fields(doc).stream().map(PDField::getFullyQualifiedName).toList();
            assertEquals(names.size(), names.stream().distinct().count(), names.toString());
            assertTrue(names.contains("initials-scarring") && names.contains("initials-scarring-2"), names.toString());
            assertTrue(names.contains("signature-patient") && names.contains("signature-patient-2"), names.toString());
        }
    }

    @Test
    void aDocumentWithoutBoxesHasNoForm() throws IOException {
        try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.AFTERCARE, read("greek-name.json")).bytes(OutputFormat.PDF))) {
            assertEquals(null, doc.getDocumentCatalog().getAcroForm(null));
        }
    }
}
