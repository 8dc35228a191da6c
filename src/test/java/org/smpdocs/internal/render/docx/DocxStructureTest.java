package org.smpdocs.internal.render.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word's own structures, read back with POI from the DOCX of a sample case. */
class DocxStructureTest {
    private static SmpDocs engine;
    private static PatientCase patientCase;

    @BeforeAll
    static void engine() {
        engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.DOCX)).build();
        patientCase = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
    }

    private static XWPFDocument docx(DocumentKind kind) {
        return DocxText.open(engine.render(kind, patientCase).bytes(OutputFormat.DOCX));
    }

    @Test
    void headingsUseWordsBuiltInStyles() throws IOException {
        try (XWPFDocument doc = docx(DocumentKind.CONSENT)) {
            for (String[] style : new String[][] {{"Normal", "Normal"}, {"Title", "Title"}, {"Heading1", "heading 1"},
                {"Heading2", "heading 2"}, {"Heading3", "heading 3"}, {"ListBullet", "List Bullet"},
                {"ListNumber", "List Number"}, {"TableGrid", "Table Grid"}}) {
                assertNotNull(doc.getStyles().getStyle(style[0]), style[0]);
                assertEquals(style[1], doc.getStyles().getStyle(style[0]).getName());
            }
            XWPFParagraph first = doc.getParagraphs().get(0);
            assertEquals("Title", first.getStyle());
            assertEquals("Consent to scalp micropigmentation", first.getText());
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("What scalp micropigmentation is", "SMP is a tattoo", "What to expect",
                    "Results we can and cannot promise", "Your treatment plan", "Who treats you", "Your health answers",
                    "What this means for you", "Patch test", "Benefits", "Who SMP is suitable for",
                    "Drawbacks and risks", "Alternatives to SMP", "How we keep you safe",
                    "Fees, cancellations and refunds", "Your choices", "How we use your information",
                    "Your statement", "Signatures"), headings);
        }
    }

    @Test
    void listsUseRealNumberingNotTypedBullets() throws IOException {
        try (XWPFDocument consent = docx(DocumentKind.CONSENT)) {
            XWPFParagraph bullet = consent.getParagraphs().stream().filter(p -> "ListBullet".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertEquals("bullet", bullet.getNumFmt());
            assertTrue(Character.isLetter(bullet.getText().charAt(0)), "no typed bullet");
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowAndKeepFixedWidths() throws IOException {
        try (XWPFDocument doc = docx(DocumentKind.CONSENT)) {
            XWPFTable drawbacks = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Drawback")).findFirst().orElseThrow();
            assertTrue(drawbacks.getRow(0).isRepeatHeader());
            assertTrue(!drawbacks.getRow(1).isRepeatHeader());
            assertTrue(drawbacks.getRow(1).isCantSplitRow());
            assertEquals("TableGrid", drawbacks.getStyleID());
            assertEquals(STTblLayoutType.FIXED, drawbacks.getCTTbl().getTblPr().getTblLayout().getType());
            assertEquals(engine.clinic().content().drawbacks().size() + 1, drawbacks.getNumberOfRows());
            int text = ((BigInteger) drawbacks.getCTTbl().getTblGrid().getGridColArray(1).getW()).intValue();
            int number = ((BigInteger) drawbacks.getCTTbl().getTblGrid().getGridColArray(0).getW()).intValue();
            assertTrue(text > 5 * number, "the text column is the wide one");
        }
    }

    @Test
    void headerAndFooterCarryTheClinicLogoAndPageFields() throws IOException {
        try (XWPFDocument doc = docx(DocumentKind.REPORT)) {
            XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertTrue(header.getText().contains(engine.clinic().name()));
            assertEquals(1, header.getAllPictures().size(), "the logo");
            String footerXml = footer.getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footerXml.contains("w:instr=\"PAGE\"") && footerXml.contains("w:instr=\"NUMPAGES\""), footerXml);
            assertTrue(footer.getText().contains("Patient " + patientCase.patient().id()));
        }
    }

    @Test
    void checkboxesAndFieldsAreContentControls() throws IOException {
        PatientCase toTick = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        try (XWPFDocument doc = DocxText.open(engine.render(DocumentKind.CONSENT, toTick).bytes(OutputFormat.DOCX))) {
            String xml = doc.getDocument().xmlText();
            int open = (int) engine.clinic().content().choices().stream()
                    .filter(choice -> toTick.consent().choice(choice.id()).isEmpty()).count();
            assertTrue(open > 0, "the sample leaves choices to the patient");
            assertEquals(open, count(xml, "<w14:checkbox>"));
            assertEquals(0, count(xml, "<w14:checked w14:val=\"1\"/>"), "no box is ticked for the patient");
            assertEquals(open, count(xml, "<w14:checked w14:val=\"0\"/>"));
            assertTrue(xml.contains("<w:tag w:val=\"date-patient\"/>"), "a date field tagged with its name");
            assertEquals(toTick.consent().signers().size(), count(xml, "<w:alias w:val=\"Date\"/>"));
        }
    }

    @Test
    void everyConsentsCheckboxesAreUncheckedContentControlsNamedForTheirChoice() throws IOException {
        for (var file : Samples.cases()) {
            PatientCase c = engine.readCase(file);
            try (XWPFDocument doc = DocxText.open(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.DOCX))) {
                XmlObject[] boxes = doc.getDocument().selectPath("declare namespace w='" + W + "' declare namespace w14='" + W14
                        + "' .//w:sdt[w:sdtPr/w14:checkbox]");
                List<String> tags = new ArrayList<>();
                for (XmlObject box : boxes) {
                    tags.add(attribute(box, "./w:sdtPr/w:tag", W, "val"));
                    assertEquals("0", attribute(box, "./w:sdtPr/w14:checkbox/w14:checked", W14, "val"), file + ": not ticked");
                    assertEquals("\u2610", text(box), file + ": shows an empty box");
                }
                List<String> open = engine.clinic().content().choices().stream()
                        .filter(choice -> c.consent().choice(choice.id()).isEmpty()).map(choice -> "choice-" + choice.id()).toList();
                assertEquals(open, tags, file + ": a box for each choice not yet made");
            }
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /** An attribute of the one element at {@code path} under {@code node}. */
    private static String attribute(XmlObject node, String path, String namespace, String name) {
        XmlObject[] found = node.selectPath("declare namespace w='" + W + "' declare namespace w14='" + W14 + "' " + path);
        assertEquals(1, found.length, path);
        try (XmlCursor cursor = found[0].newCursor()) {
            return cursor.getAttributeText(new QName(namespace, name));
        }
    }

    private static String text(XmlObject sdt) {
        StringBuilder text = new StringBuilder();
        for (XmlObject t : sdt.selectPath("declare namespace w='" + W + "' ./w:sdtContent//w:t")) {
            try (XmlCursor cursor = t.newCursor()) {
                text.append(cursor.getTextValue());
            }
        }
        return text.toString();
    }

    @Test
    void propertiesDescribeTheDocumentAndItsProvenance() throws IOException {
        try (XWPFDocument doc = docx(DocumentKind.AFTERCARE)) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertEquals("Aftercare after your SMP session", core.getTitle());
            assertEquals(engine.clinic().name(), core.getCreator());
            assertTrue(core.getSubject().contains(patientCase.patient().id()));
            assertTrue(core.getKeywords().contains("aftercare"));
            assertEquals(Samples.CLOCK.millis(), core.getCreated().getTime());
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            assertEquals("aftercare", custom.getProperty("smpdocs.kind").getLpwstr());
            assertEquals(patientCase.id(), custom.getProperty("smpdocs.case").getLpwstr());
            assertEquals("2", custom.getProperty("smpdocs.session").getLpwstr());
            assertEquals("2026.1", custom.getProperty("smpdocs.content-version").getLpwstr());
        }
    }

    @Test
    void pageSizeAndMarginsEqualThePdfs() throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            SmpDocs sized = SmpDocs.builder().clinicProfile(Samples.CLINIC).paper(paper)
                    .formats(EnumSet.of(OutputFormat.DOCX)).build();
            try (XWPFDocument doc = DocxText.open(sized.render(DocumentKind.CONSENT, patientCase).bytes(OutputFormat.DOCX))) {
                CTSectPr sect = doc.getDocument().getBody().getSectPr();
                assertEquals(Math.round(paper.widthMm() / 25.4 * 1440), ((BigInteger) sect.getPgSz().getW()).longValue(), 2);
                assertEquals(Math.round(paper.heightMm() / 25.4 * 1440), ((BigInteger) sect.getPgSz().getH()).longValue(), 2);
                assertEquals(Math.round(18 / 25.4 * 1440), ((BigInteger) sect.getPgMar().getLeft()).longValue(), 2);
                assertEquals(Math.round(26 / 25.4 * 1440), ((BigInteger) sect.getPgMar().getTop()).longValue(), 2);
            }
        }
    }

    private static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }
}
