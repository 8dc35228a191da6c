package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.Element;

/**
 * Writes a {@code table} as a Word table in the Table Grid style: header rows ({@code thead})
 * repeat on every page and keep with the first body row, rows do not split across pages, the rows
 * of a {@code tbody.keep-together} keep with its last row (the paragraphs of every row but the
 * last keep with the next), header cells look as in the print stylesheet ({@link HeaderLook}),
 * and column widths follow the stylesheet's percentages where it declares them for the table's
 * class ({@link #DECLARED_PERCENT}), otherwise how much text each column holds. A cell that
 * holds only text that stays on one line (a date) does not wrap and gives up its right margin,
 * as such text runs into its cell's padding in the PDF.
 *
 * <p>A table of class {@code signature-lines} (a signer's lines) is drawn without rules, its rows
 * stay on one page, and its column widths depend only on how many columns it has, never on its
 * text, so that every signer's table lines up, as in the print stylesheet: a first column of
 * labels ({@code th}) is {@value #LABEL_MM} mm wide; in a table of four columns (label, name or
 * signature, label, date) the second is {@value #VALUE_MM} mm and the third {@value #SECOND_LABEL_MM}
 * mm, the last taking the rest; otherwise the other columns share the rest equally (without labels,
 * all columns do). In any table, a row that holds a signature field is
 * at least {@value #SIGNATURE_ROW_MM} mm tall (the stylesheet's 11 mm signature box and its
 * padding), its cells aligned to the bottom, where the line is.
 */
final class TableWriter {
    static final String SIGNATURE_LINES = "signature-lines";
    static final double LABEL_MM = 26;
    static final double VALUE_MM = 82;
    static final double SECOND_LABEL_MM = 26;
    static final double SIGNATURE_ROW_MM = 13;
    /** The class of a {@code tbody} whose rows stay on one page. */
    static final String KEEP_TOGETHER = "keep-together";
    /**
     * Column widths in percent that the print stylesheet declares for a table of a class, where
     * they matter more than how much text each column holds.
     */
    static final Map<String, List<Integer>> DECLARED_PERCENT = Map.of("aftercare-steps", List.of(42, 20, 38));
    private static final int GRID_MARGIN_SIDE = 100;
    private static final int SIGNER_MARGIN_RIGHT = 100;
    private static final double TWIPS_PER_MM = Twips.PER_MM_TIMES_100 / 100.0;
    private static final int MIN_WEIGHT = 6;
    private static final int MAX_WEIGHT = 60;
    private final BlockWriter blocks;
    private final double widthMm;
    private final Style.Palette colours;

    TableWriter(BlockWriter blocks, double widthMm, Style.Palette colours) {
        this.blocks = blocks;
        this.widthMm = widthMm;
        this.colours = colours;
    }

    void write(Container container, Element table) {
        List<Element> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        List<Boolean> keptWithNext = new ArrayList<>();
        for (Element part : table.elements()) {
            if (part.name().equals("tr")) {
                rows.add(part);
                header.add(false);
                keptWithNext.add(false);
            } else {
                List<Element> partRows = part.elements();
                for (int i = 0; i < partRows.size(); i++) {
                    rows.add(partRows.get(i));
                    boolean head = part.name().equals("thead");
                    header.add(head);
                    // a header row stays with the first body row; the rows of a keep-together
                    // group stay with the last one
                    keptWithNext.add(head || part.hasClass(KEEP_TOGETHER) && i < partRows.size() - 1);
                }
            }
        }
        boolean signer = table.hasClass(SIGNATURE_LINES);
        int[] widths = signer ? signerWidths(rows) : declaredWidths(table, columns(rows)).orElseGet(() -> widths(rows));
        int sideMargins = signer ? SIGNER_MARGIN_RIGHT : 2 * GRID_MARGIN_SIDE;
        XWPFTable t = container.table();
        t.setStyleID(DocxStyles.TABLE_GRID);
        if (signer) {
            t.removeBorders();
            t.setCellMargins(40, 0, 40, SIGNER_MARGIN_RIGHT);
        } else {
            grid(t, colours.rule().hex());
        }
        layout(t, widths);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.createRow();
            while (!row.getTableCells().isEmpty()) {
                // POI gives a new row as many cells as the first one; each cell is made below
                row.removeCell(0);
            }
            row.setCantSplitRow(true);
            if (header.get(r)) {
                row.setRepeatHeader(true);
            }
            boolean signatureRow = holdsSignature(rows.get(r));
            if (signatureRow) {
                row.setHeight(Twips.mm(SIGNATURE_ROW_MM).intValue());
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            int column = 0;
            for (Element cellElement : rows.get(r).elements()) {
                int span = span(cellElement);
                XWPFTableCell cell = row.createCell();
                int width = 0;
                for (int i = column; i < Math.min(column + span, widths.length); i++) {
                    width += widths[i];
                }
                cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(width));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                column += span;
                if (signatureRow) {
                    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
                }
                int margins = sideMargins;
                if (unbroken(cellElement)) {
                    margins -= unwrapped(cell, signer);
                }
                cell(cell, cellElement, HeaderLook.of(table, header.get(r), colours), (width - margins) / TWIPS_PER_MM);
                // a signer's lines stay on one page, as a signature block does as a whole
                if (container instanceof KeptTogether || signer && r < rows.size() - 1 || keptWithNext.get(r)) {
                    cell.getParagraphs().forEach(KeptTogether::keepWithNext);
                }
            }
        }
    }

    private void cell(XWPFTableCell cell, Element element, HeaderLook look, double textWidthMm) {
        blocks.write(Container.cell(cell, textWidthMm), element.children());
        if (cell.getParagraphs().isEmpty()) {
            cell.addParagraph();
        }
        if (element.name().equals("th")) {
            look.apply(cell);
        }
    }

    /** Whether a cell holds nothing but text that stays on one line (a date). */
    private static boolean unbroken(Element cell) {
        String all = InlineWriter.collapse(cell.text()).strip();
        StringBuilder kept = new StringBuilder();
        collectUnbroken(cell, kept);
        return !all.isEmpty() && all.equals(InlineWriter.collapse(kept.toString()).strip());
    }

    private static void collectUnbroken(Element e, StringBuilder out) {
        if (e.hasClass(InlineWriter.UNBROKEN)) {
            out.append(e.text()).append(' ');
        } else {
            e.elements().forEach(child -> collectUnbroken(child, out));
        }
    }

    /**
     * A cell whose text does not wrap, and may use its right margin as the stylesheet's
     * {@code nowrap} text runs into the cell's padding; returns the twips of margin given up.
     */
    private static int unwrapped(XWPFTableCell cell, boolean signer) {
        var pr = cell.getCTTc().getTcPr();
        pr.addNewNoWrap();
        var margins = pr.addNewTcMar();
        margins.addNewLeft().setW(BigInteger.valueOf(signer ? 0 : GRID_MARGIN_SIDE));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.ZERO);
        margins.getRight().setType(STTblWidth.DXA);
        return signer ? SIGNER_MARGIN_RIGHT : GRID_MARGIN_SIDE;
    }

    /** Whether a row holds a signature field (a line to sign on). */
    private static boolean holdsSignature(Element row) {
        return holds(row, e -> e.hasClass("field") && "signature".equals(e.attr("data-kind")));
    }

    private static boolean holds(Element e, Predicate<Element> test) {
        return test.test(e) || e.elements().stream().anyMatch(child -> holds(child, test));
    }

    /** A signer's table: a label column of fixed width when there is one, the other columns equal. */
    private int[] signerWidths(List<Element> rows) {
        int columns = columns(rows);
        int available = Twips.mm(widthMm).intValue();
        boolean labels = columns > 1 && rows.stream().anyMatch(r -> !r.elements().isEmpty()
                && r.elements().get(0).name().equals("th") && span(r.elements().get(0)) == 1);
        int[] widths = new int[columns];
        int first = labels ? Twips.mm(LABEL_MM).intValue() : available / columns;
        widths[0] = first;
        if (labels && columns == 4) {
            widths[1] = Twips.mm(VALUE_MM).intValue();
            widths[2] = Twips.mm(SECOND_LABEL_MM).intValue();
            widths[3] = available - widths[0] - widths[1] - widths[2];
            return widths;
        }
        for (int i = 1; i < columns; i++) {
            widths[i] = (available - first) / (columns - 1);
        }
        return widths;
    }

    /** The stylesheet's percentages for the table's class, when it declares one for each column. */
    private Optional<int[]> declaredWidths(Element table, int columns) {
        int available = Twips.mm(widthMm).intValue();
        return DECLARED_PERCENT.entrySet().stream()
                .filter(e -> table.hasClass(e.getKey()) && e.getValue().size() == columns)
                .findFirst()
                .map(e -> e.getValue().stream().mapToInt(percent -> available * percent / 100).toArray());
    }

    private static int columns(List<Element> rows) {
        return rows.stream().mapToInt(r -> r.elements().stream().mapToInt(TableWriter::span).sum()).max().orElse(1);
    }

    /** Thin rules around and between all cells, in the stylesheet's rule colour. */
    private static void grid(XWPFTable t, String colour) {
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        t.setTopBorder(single, 4, 0, colour);
        t.setBottomBorder(single, 4, 0, colour);
        t.setLeftBorder(single, 4, 0, colour);
        t.setRightBorder(single, 4, 0, colour);
        t.setInsideHBorder(single, 4, 0, colour);
        t.setInsideVBorder(single, 4, 0, colour);
        t.setCellMargins(40, GRID_MARGIN_SIDE, 40, GRID_MARGIN_SIDE);
    }

    /** Fixed layout: the table's and each grid column's width in twips. */
    static void layout(XWPFTable t, int[] widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** Column widths in twips, in proportion to the longest text of each column (within bounds). */
    private int[] widths(List<Element> rows) {
        int columns = columns(rows);
        int[] weight = new int[columns];
        Arrays.fill(weight, MIN_WEIGHT);
        for (Element row : rows) {
            int column = 0;
            for (Element cell : row.elements()) {
                if (span(cell) == 1 && column < columns) {
                    int length = InlineWriter.collapse(cell.text()).strip().length();
                    weight[column] = Math.max(weight[column], Math.min(MAX_WEIGHT, length));
                }
                column += span(cell);
            }
        }
        int total = Arrays.stream(weight).sum();
        int available = Twips.mm(widthMm).intValue();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = available * weight[i] / total;
        }
        return widths;
    }

    private static int span(Element cell) {
        String colspan = cell.attr("colspan");
        try {
            return colspan == null ? 1 : Math.max(1, Integer.parseInt(colspan.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
