package org.smpdocs.internal.render.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.smpdocs.DocumentKind;
import org.smpdocs.PaperSize;
import org.smpdocs.internal.render.docx.DocxLookTest.Rendered;
import org.smpdocs.internal.render.pdf.NotoSans;
import org.smpdocs.internal.xhtml.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What LibreOffice showed wrong in the Word documents, read back with POI and measured with Noto
 * Sans's own advance widths: the aftercare sheet's text as large as the PDF's, its dates on one
 * line in the stylesheet's columns, a blank date that fits its cell, a signer's third column
 * wide enough for its label, and rows that Word keeps with the next (a header row, the rows of a
 * keep-together group).
 */
class DocxFitTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final double MM_PER_TWIP = 25.4 / 1440;
    /** LibreOffice wrapped a label that fitted its cell by 0.7 mm: text must fit with this to spare. */
    private static final double SPARE_MM = 2;
    private static TrueTypeFont regular;
    private static TrueTypeFont bold;

    @BeforeAll
    static void fonts() throws IOException {
        DocxLookTest.readStylesheet();
        regular = new TTFParser().parse(new RandomAccessReadBuffer(NotoSans.REGULAR.bytes()));
        bold = new TTFParser().parse(new RandomAccessReadBuffer(NotoSans.BOLD.bytes()));
    }

    /** The advance of a text in Noto Sans, in mm. */
    private static double widthMm(String text, boolean isBold, double points) throws IOException {
        TrueTypeFont font = isBold ? bold : regular;
        double units = 0;
        for (char c : text.replace('\u00a0', ' ').toCharArray()) {
            units += font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(c));
        }
        return units / font.getUnitsPerEm() * points * 25.4 / 72;
    }

    /** A run's size in points: its own, or its paragraph style's, or Normal's. */
    private static double points(XWPFDocument doc, XWPFParagraph p, CTRPr rpr) {
        if (rpr != null && rpr.sizeOfSzArray() > 0) {
            return ((BigInteger) rpr.getSzArray(0).getVal()).doubleValue() / 2;
        }
        String style = p.getStyle() == null ? DocxStyles.NORMAL : p.getStyle();
        CTStyle ct = doc.getStyles().getStyle(style).getCTStyle();
        return ((BigInteger) ct.getRPr().getSzArray(0).getVal()).doubleValue() / 2;
    }

    private static List<CTR> runs(XWPFParagraph p) {
        List<CTR> out = new ArrayList<>();
        for (XmlObject o : p.getCTP().selectPath("declare namespace w='" + W + "' .//w:r")) {
            out.add((CTR) o);
        }
        return out;
    }

    private static String text(CTR run) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < run.sizeOfTArray(); i++) {
            s.append(run.getTArray(i).getStringValue());
        }
        return s.toString();
    }

    /** The width of a cell's text: its width less its own margins or the table's, in mm. */
    private static double textWidthMm(XWPFTable table, XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int left = table.getCellMarginLeft();
        int right = table.getCellMarginRight();
        if (pr.isSetTcMar()) {
            left = pr.getTcMar().isSetLeft() ? ((BigInteger) pr.getTcMar().getLeft().getW()).intValue() : left;
            right = pr.getTcMar().isSetRight() ? ((BigInteger) pr.getTcMar().getRight().getW()).intValue() : right;
        }
        return (((BigInteger) pr.getTcW().getW()).intValue() - left - right) * MM_PER_TWIP;
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(row -> row.getTableCells().forEach(cell -> out.addAll(cell.getParagraphs())));
        }
        return out;
    }

    @Test
    void theAftercareSheetsTextIsAtLeast11Points() {
        for (PaperSize paper : PaperSize.values()) {
            for (Rendered r : DocxLookTest.render(paper, List.of(DocumentKind.AFTERCARE))) {
                int checked = 0;
                for (XWPFParagraph p : paragraphs(r.docx())) {
                    if (DocxStyles.TITLE.equals(p.getStyle())) {
                        continue;
                    }
                    for (CTR run : runs(p)) {
                        if (text(run).isBlank()) {
                            continue;
                        }
                        double size = points(r.docx(), p, run.getRPr());
                        double least = DocxStyles.HEADING_1.equals(p.getStyle()) ? 11.5 : 11;
                        assertTrue(size >= least, r.name() + ": " + size + " pt: " + text(run));
                        checked++;
                    }
                }
                assertTrue(checked > 20, r.name() + ": " + checked);
            }
        }
    }

    @Test
    void aftercareDatesStayOnOneLineInTheStylesheetsColumns() throws IOException {
        List<Double> declared = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String width = DocxLookTest.declared("table.aftercare-steps th:nth-child(" + i + ")", "width");
            assertTrue(width.endsWith("%"), width);
            declared.add(Double.parseDouble(width.substring(0, width.length() - 1)) / 100);
        }
        int dates = 0;
        for (PaperSize paper : PaperSize.values()) {
            for (Rendered r : DocxLookTest.render(paper, List.of(DocumentKind.AFTERCARE))) {
                List<Element> xhtmlTables = DocxLookTest.tables(r.xhtml());
                for (int t = 0; t < xhtmlTables.size(); t++) {
                    if (!xhtmlTables.get(t).hasClass("aftercare-steps")) {
                        continue;
                    }
                    XWPFTable table = r.docx().getTables().get(t);
                    List<Integer> grid = new ArrayList<>();
                    table.getCTTbl().getTblGrid().getGridColList().forEach(col -> grid.add(((BigInteger) col.getW()).intValue()));
                    int total = grid.stream().mapToInt(Integer::intValue).sum();
                    assertEquals(3, grid.size(), r.name());
                    for (int i = 0; i < 3; i++) {
                        assertEquals(declared.get(i), grid.get(i) / (double) total, 0.005, r.name() + ": column " + (i + 1) + " " + grid);
                    }
                    List<Element> rows = DocxLookTest.rows(xhtmlTables.get(t));
                    for (int i = 0; i < rows.size(); i++) {
                        List<String> expected = new ArrayList<>();
                        collectDates(rows.get(i), expected);
                        XWPFTableRow row = table.getRow(i);
                        for (String date : expected) {
                            CTR run = null;
                            XWPFTableCell in = null;
                            XWPFParagraph para = null;
                            for (XWPFTableCell cell : row.getTableCells()) {
                                for (XWPFParagraph p : cell.getParagraphs()) {
                                    for (CTR candidate : runs(p)) {
                                        if (text(candidate).replace('\u00a0', ' ').strip().equals(date)) {
                                            run = candidate;
                                            in = cell;
                                            para = p;
                                        }
                                    }
                                }
                            }
                            assertTrue(run != null, r.name() + ": a run of its own for " + date);
                            String written = text(run).strip();
                            assertFalse(written.contains(" "), r.name() + ": no space to break at in " + date);
                            double needed = widthMm(written, run.getRPr() != null && run.getRPr().sizeOfBArray() > 0,
                                    points(r.docx(), para, run.getRPr()));
                            assertTrue(needed <= textWidthMm(table, in), r.name() + ": " + date + " needs " + needed
                                    + " mm of " + textWidthMm(table, in));
                            dates++;
                        }
                    }
                }
            }
        }
        assertTrue(dates > 10, "the samples' aftercare sheets have dated steps: " + dates);
    }

    private static void collectDates(Element e, List<String> out) {
        if (e.hasClass("date")) {
            out.add(XhtmlBlocks.normalise(e.text()));
        }
        e.elements().forEach(child -> collectDates(child, out));
    }

    @Test
    void aSignersBlankDateAndThirdLabelFitTheirCells() throws IOException {
        double thirdMm = Double.parseDouble(DocxLookTest.declared("table.signature-lines th:nth-child(3)", "width").replace("mm", ""));
        int blanks = 0;
        int labels = 0;
        for (PaperSize paper : PaperSize.values()) {
            for (Rendered r : DocxLookTest.render(paper, List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE))) {
                List<Element> xhtmlTables = DocxLookTest.tables(r.xhtml());
                for (int t = 0; t < xhtmlTables.size(); t++) {
                    if (!xhtmlTables.get(t).hasClass("signature-lines")) {
                        continue;
                    }
                    XWPFTable table = r.docx().getTables().get(t);
                    for (XWPFTableRow row : table.getRows()) {
                        for (int c = 0; c < row.getTableCells().size(); c++) {
                            XWPFTableCell cell = row.getCell(c);
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                for (CTR run : runs(p)) {
                                    String text = text(run);
                                    boolean blank = !text.isEmpty() && text.chars().allMatch(ch -> ch == '_');
                                    boolean label = c == 2 && !text.isBlank();
                                    if (!blank && !label) {
                                        continue;
                                    }
                                    double needed = widthMm(text, false, points(r.docx(), p, run.getRPr())) + SPARE_MM;
                                    assertTrue(needed <= textWidthMm(table, cell), r.name() + ": '" + text + "' needs "
                                            + needed + " mm of " + textWidthMm(table, cell));
                                    blanks += blank ? 1 : 0;
                                    labels += label ? 1 : 0;
                                }
                            }
                        }
                    }
                    if (table.getCTTbl().getTblGrid().sizeOfGridColArray() == 4) {
                        int third = ((BigInteger) table.getCTTbl().getTblGrid().getGridColArray(2).getW()).intValue();
                        assertEquals(thirdMm, third * MM_PER_TWIP, 0.1, r.name() + ": the third column as in the stylesheet");
                    }
                }
            }
        }
        assertTrue(blanks > 0 && labels > 0, blanks + " blank fields, " + labels + " labels");
    }

    @Test
    void headerRowsAndKeptRowsKeepWithTheNext() {
        int kept = 0;
        int heads = 0;
        for (Rendered r : DocxLookTest.render(PaperSize.A4, List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE,
                DocumentKind.REPORT, DocumentKind.AFTERCARE))) {
            List<Element> xhtmlTables = DocxLookTest.tables(r.xhtml());
            for (int t = 0; t < xhtmlTables.size(); t++) {
                XWPFTable table = r.docx().getTables().get(t);
                int index = 0;
                for (Element part : xhtmlTables.get(t).elements()) {
                    List<Element> partRows = part.name().equals("tr") ? List.of(part) : part.elements();
                    for (int i = 0; i < partRows.size(); i++, index++) {
                        boolean head = part.name().equals("thead");
                        boolean group = part.name().equals("tbody") && part.hasClass("keep-together") && i < partRows.size() - 1;
                        if (!head && !group) {
                            continue;
                        }
                        heads += head ? 1 : 0;
                        kept += group ? 1 : 0;
                        for (XWPFTableCell cell : table.getRow(index).getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                assertTrue(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext(),
                                        r.name() + ": table " + t + " row " + index + " keeps with the next");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(heads > 0 && kept > 0, heads + " header rows, " + kept + " kept rows");
    }
}
