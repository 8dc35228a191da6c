package org.smpdocs.internal.render.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.Xhtml;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DOCX looks like the PDF (issue 10, part 7), read back with POI for every sample: initials
 * boxes as big as the PDF's, signature rows tall enough to sign in with the same columns for
 * every signer, no bullet before a checkbox, the stylesheet's shaded panels, header rows that
 * repeat and rows that do not split. Expected sizes and colours are read from the print
 * stylesheet where it states them.
 */
class DocxLookTest {
    private static final double EMU_PER_MM = 36000;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final List<DocumentKind> KINDS = List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE,
            DocumentKind.REPORT, DocumentKind.PACKET);
    private static String css;

    @BeforeAll
    static void stylesheet() throws IOException {
        css = Files.readString(Path.of("templates/print.css"));
    }

    static void readStylesheet() throws IOException {
        stylesheet();
    }

    /**
     * A declaration of the print stylesheet: the value of {@code property} in the rule for
     * {@code selector}; where it is a custom property's ({@code var(--name)}), that property's value in
     * the stylesheet's {@code :root}.
     */
    static String declared(String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*(,[^{]*)?\\{([^}]*)\\}").matcher(css);
        assertTrue(rule.find(), "the stylesheet has a rule for " + selector);
        Matcher value = Pattern.compile("(?<![-\\w])" + Pattern.quote(property) + "\\s*:\\s*([^;]+);").matcher(rule.group(2));
        assertTrue(value.find(), selector + " declares " + property);
        Matcher custom = Pattern.compile("var\\((--[\\w-]+)\\)").matcher(value.group(1).strip());
        return custom.matches() ? declared(":root", custom.group(1)) : value.group(1).strip();
    }

    private static double mm(String length) {
        assertTrue(length.endsWith("mm"), length);
        return Double.parseDouble(length.substring(0, length.length() - 2));
    }

    record Rendered(String name, Element xhtml, XWPFDocument docx) {
    }

    static List<Rendered> render(PaperSize paper, List<DocumentKind> kinds) {
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).paper(paper)
                .formats(EnumSet.of(OutputFormat.DOCX)).build();
        List<Rendered> out = new ArrayList<>();
        for (Path file : Samples.cases()) {
            PatientCase c = engine.readCase(file);
            for (DocumentKind kind : kinds) {
                RenderedDocument doc = engine.render(kind, c);
                out.add(new Rendered(paper + " " + file.getFileName() + " " + kind.id(), Xhtml.of(engine, kind, c, 0).body(),
                        DocxText.open(doc.bytes(OutputFormat.DOCX))));
            }
        }
        return out;
    }

    /** The body's tables in document order, as the XHTML has them (the running header's aside). */
    static List<Element> tables(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element child : e.elements()) {
            if (child.name().equals("table")) {
                out.add(child);
            } else if (!child.name().equals("header") && !child.name().equals("footer")) {
                out.addAll(tables(child));
            }
        }
        return out;
    }

    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element part : table.elements()) {
            if (part.name().equals("tr")) {
                rows.add(part);
            } else {
                rows.addAll(part.elements());
            }
        }
        return rows;
    }

    private static boolean holds(Element e, String cls, String kind) {
        return e.hasClass(cls) && (kind == null || kind.equals(e.attr("data-kind")))
                || e.elements().stream().anyMatch(child -> holds(child, cls, kind));
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    @Test
    void initialsBoxesAreAsBigAsThePdfs() {
        double widthMm = Math.max(15, mm(declared(".initials", "width")));
        double heightMm = Math.max(9, mm(declared(".initials", "height")));
        for (Rendered r : render(PaperSize.A4, List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE, DocumentKind.PACKET))) {
            int expected = count(r.xhtml(), "initials");
            XmlObject[] boxes = r.docx().getDocument().selectPath("declare namespace wp='"
                    + "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:inline[wp:docPr/@descr='Box for initials']");
            assertEquals(expected, boxes.length, r.name() + ": a box per initials box");
            assertTrue(expected > 0, r.name());
            Set<String> ids = new HashSet<>();
            for (XmlObject box : boxes) {
                XmlObject extent = box.selectPath("declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' ./wp:extent")[0];
                long cx = Long.parseLong(attribute(extent, "", "cx"));
                long cy = Long.parseLong(attribute(extent, "", "cy"));
                assertTrue(cx >= Math.round(widthMm * EMU_PER_MM) && cy >= Math.round(heightMm * EMU_PER_MM),
                        r.name() + ": " + cx / EMU_PER_MM + " × " + cy / EMU_PER_MM + " mm");
                assertTrue(box.xmlText().contains("prst=\"rect\"") && box.xmlText().contains("<a:ln"), r.name() + ": a ruled rectangle");
                XmlObject docPr = box.selectPath("declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' ./wp:docPr")[0];
                assertTrue(ids.add(attribute(docPr, "", "id")), r.name() + ": every drawing has an id of its own");
            }
        }
    }

    private static int count(Element e, String cls) {
        return (e.hasClass(cls) ? 1 : 0) + e.elements().stream().mapToInt(child -> count(child, cls)).sum();
    }

    private static String attribute(XmlObject node, String namespace, String name) {
        try (XmlCursor cursor = node.newCursor()) {
            return cursor.getAttributeText(new QName(namespace, name));
        }
    }

    @Test
    void signatureRowsAreTallEnoughAndEverySignersColumnsAlike() {
        double labelMm = mm(declared("table.signature-lines th:nth-child(1)", "width"));
        double valueMm = mm(declared("table.signature-lines td:nth-child(2)", "width"));
        for (PaperSize paper : PaperSize.values()) {
            for (Rendered r : render(paper, KINDS)) {
                List<Element> xhtmlTables = tables(r.xhtml());
                List<XWPFTable> docxTables = r.docx().getTables();
                assertEquals(xhtmlTables.size(), docxTables.size(), r.name() + ": a Word table per table");
                List<List<Integer>> grids = new ArrayList<>();
                int signatureRows = 0;
                for (int t = 0; t < xhtmlTables.size(); t++) {
                    if (!xhtmlTables.get(t).hasClass("signature-lines")) {
                        continue;
                    }
                    XWPFTable table = docxTables.get(t);
                    List<Integer> grid = new ArrayList<>();
                    table.getCTTbl().getTblGrid().getGridColList().forEach(col -> grid.add(twips(col.getW())));
                    grids.add(grid);
                    assertEquals(Math.round(labelMm * TWIPS_PER_MM), grid.get(0), 2, r.name() + ": the label column as in the stylesheet");
                    if (grid.size() == 4) {
                        assertEquals(Math.round(valueMm * TWIPS_PER_MM), grid.get(1), 2, r.name() + ": the signature column too");
                    }
                    List<Element> rows = rows(xhtmlTables.get(t));
                    for (int i = 0; i < rows.size(); i++) {
                        if (!holds(rows.get(i), "field", "signature")) {
                            continue;
                        }
                        signatureRows++;
                        CTHeight height = table.getRow(i).getCtRow().getTrPr().getTrHeightArray(0);
                        assertTrue(twips(height.getVal()) >= Math.round(12 * TWIPS_PER_MM), r.name() + ": " + twips(height.getVal()));
                        assertEquals(STHeightRule.AT_LEAST, height.getHRule(), r.name() + ": grows with what is written");
                    }
                }
                assertTrue(signatureRows > 0, r.name() + " has signature rows");
                assertEquals(1, grids.stream().distinct().count(), r.name() + ": every signer's columns alike " + grids);
            }
        }
    }

    @Test
    void choicesHaveNoBulletAndTheirBoxesAreUnticked() throws IOException {
        for (Rendered r : render(PaperSize.A4, List.of(DocumentKind.CONSENT))) {
            List<XWPFParagraph> choices = r.docx().getParagraphs().stream()
                    .filter(p -> p.getCTP().xmlText().contains("w14:checkbox")).toList();
            assertEquals(count(r.xhtml(), "checkbox"), choices.size(), r.name());
            for (XWPFParagraph p : choices) {
                assertNull(p.getNumID(), r.name() + ": no bullet before " + p.getText());
                assertFalse(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr(), r.name());
                assertTrue(DocxText.text(p).startsWith("\u2610"), r.name() + ": the box comes first: " + p.getText());
            }
            r.docx().close();
        }
    }

    @Test
    void theStylesheetsShadedPanelsAreKept() {
        String lead = hex(declared("p.lead", "background-color"));
        String facts = hex(declared("table.facts th", "background-color"));
        String header = hex(declared("table.record th", "background-color"));
        int panels = 0;
        for (Rendered r : render(PaperSize.A4, KINDS)) {
            List<String> leads = new ArrayList<>();
            collect(r.xhtml(), "p", "lead", leads);
            panels += leads.size();
            for (String text : leads) {
                XWPFParagraph p = r.docx().getParagraphs().stream().filter(x -> XhtmlBlocks.normalise(x.getText()).equals(text))
                        .findFirst().orElseThrow(() -> new AssertionError(r.name() + ": " + text));
                CTShd shd = p.getCTP().getPPr().getShd();
                assertNotNull(shd, r.name() + ": the lead panel is shaded");
                assertEquals(lead, shd.xgetFill().getStringValue().toUpperCase(Locale.ROOT), r.name());
            }
            List<Element> xhtmlTables = tables(r.xhtml());
            for (int t = 0; t < xhtmlTables.size(); t++) {
                Element table = xhtmlTables.get(t);
                List<Element> rows = rows(table);
                for (int i = 0; i < rows.size(); i++) {
                    List<Element> cells = rows.get(i).elements();
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).name().equals("th")) {
                            continue;
                        }
                        XWPFTableCell cell = r.docx().getTables().get(t).getRow(i).getCell(c);
                        String fill = cell.getCTTc().getTcPr().isSetShd() ? cell.getCTTc().getTcPr().getShd().xgetFill().getStringValue() : null;
                        String expected = inHead(table, rows.get(i)) ? header
                                : table.hasClass("facts") && !table.hasClass("answers") ? facts : null;
                        assertEquals(expected, fill == null ? null : fill.toUpperCase(Locale.ROOT),
                                r.name() + ": " + cells.get(c).text() + " in table " + table.attr("class"));
                    }
                }
            }
        }
        assertTrue(panels > 0, "the samples have lead paragraphs");
    }

    static boolean inHead(Element table, Element row) {
        return table.elements().stream().anyMatch(part -> part.name().equals("thead") && part.elements().contains(row));
    }

    private static void collect(Element e, String name, String cls, List<String> out) {
        if (e.name().equals(name) && e.hasClass(cls)) {
            out.add(XhtmlBlocks.normalise(e.text()));
        }
        e.elements().forEach(child -> collect(child, name, cls, out));
    }

    private static String hex(String colour) {
        assertTrue(colour.matches("#[0-9a-fA-F]{6}"), colour);
        return colour.substring(1).toUpperCase(Locale.ROOT);
    }

    @Test
    void headerRowsRepeatAndRecordRowsDoNotSplit() {
        for (Rendered r : render(PaperSize.A4, KINDS)) {
            List<Element> xhtmlTables = tables(r.xhtml());
            int checked = 0;
            for (int t = 0; t < xhtmlTables.size(); t++) {
                Element table = xhtmlTables.get(t);
                if (!table.hasClass("drawbacks") && !table.hasClass("record")) {
                    continue;
                }
                checked++;
                XWPFTable docx = r.docx().getTables().get(t);
                List<Element> rows = rows(table);
                assertEquals(rows.size(), docx.getNumberOfRows(), r.name());
                for (int i = 0; i < rows.size(); i++) {
                    XWPFTableRow row = docx.getRow(i);
                    assertEquals(inHead(table, rows.get(i)), row.isRepeatHeader(), r.name() + ": row " + i + " tblHeader");
                    assertTrue(row.isCantSplitRow(), r.name() + ": row " + i + " does not split");
                }
                assertTrue(docx.getRow(0).isRepeatHeader(), r.name() + ": the header row repeats");
            }
            if (r.name().contains("consent") || r.name().contains("report")) {
                assertTrue(checked > 0, r.name() + " has a drawback or record table");
            }
        }
    }
}
