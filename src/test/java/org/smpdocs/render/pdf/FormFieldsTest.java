package org.smpdocs.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Signer;

/** Signature, initials and date boxes are form fields a clinic can fill in on a tablet. */
class FormFieldsTest {
    private final SmpDocs engine = Samples.engine();

    private PatientCase read(String name) {
        return engine.input().readCase(Samples.ROOT.resolve("cases").resolve(name), engine.clinic());
    }

    private static List<PDField> fields(PDDocument doc) {
        return doc.getDocumentCatalog().getAcroForm(null).getFields();
    }

    @Test
    void theConsentHasAFieldPerInitialsBoxSignatureAndDate() throws IOException {
        PatientCase c = read("greek-name.json");
        try (PDDocument doc = Loader.loadPDF(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))) {
            List<String> expected = new ArrayList<>();
            for (Drawback d : engine.clinic().content().drawbacks()) {
                expected.add("initials-" + d.id());
            }
            for (String role : List.of("patient", "guardian", "interpreter", "witness", "practitioner")) {
                for (Signer s : c.consent().signers()) {
                    if (s.role().name().toLowerCase().equals(role)) {
                        expected.add("signature-" + role);
                        expected.add("date-" + role);
                    }
                }
            }
            List<PDField> fields = fields(doc);
            assertEquals(expected, fields.stream().map(PDField::getFullyQualifiedName).toList());
            for (PDField field : fields) {
                String name = field.getFullyQualifiedName();
                assertTrue(name.startsWith("signature-") ? field instanceof PDSignatureField : field instanceof PDTextField, name);
                assertFalse(field.getAlternateFieldName().isBlank(), "a name for screen readers");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                assertTrue(widget.isPrinted(), name);
                assertTrue(widget.getAppearance() != null, name);
                PDRectangle box = widget.getRectangle();
                PDRectangle page = widget.getPage().getMediaBox();
                assertTrue(box.getWidth() > 20 && box.getHeight() > 10, name + " has the size of its box");
                assertTrue(box.getLowerLeftX() >= 0 && box.getUpperRightX() <= page.getWidth()
                        && box.getLowerLeftY() >= 0 && box.getUpperRightY() <= page.getHeight(), name + " on its page");
            }
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
