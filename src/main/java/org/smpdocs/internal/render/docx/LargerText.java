package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.smpdocs.internal.render.style.Style;

/**
 * A section set larger than the rest, as the print stylesheet sets {@code section.aftercare}
 * (the aftercare sheet, read at home), in the sizes of its {@link Style.TypeSizes}: its text, in
 * paragraphs, lists and tables, in the aftercare size instead of Normal's body size (in whole
 * half-points, as Word has them: 11.05 pt is 11 pt), its {@code h2} (Heading 1) in the aftercare
 * heading size, at the aftercare line height. Its {@code h3} (Heading 2), for which the
 * stylesheet sets no size of its own, is {@value #HEADING_2_PT} pt, between the two. Wraps the
 * container the section is written into; {@link #apply()} sizes every run once the section is
 * written. One per section.
 */
final class LargerText implements Container {
    /** The class of a section set in larger text. */
    static final String CLASS = "aftercare";
    static final double HEADING_2_PT = 11.5;
    /** Noto Sans's own line (ascender and descender), in em. */
    private static final double FONT_LINE_EM = 1.362;
    /** Space after a paragraph (1.2 mm) and around a heading (2.5 mm before, 1 mm after), in twips, as the stylesheet has them. */
    private static final int AFTER_PARAGRAPH = 68;
    private static final int BEFORE_HEADING = 142;
    private static final int AFTER_HEADING = 57;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final Container base;
    private final double bodyPt;
    private final Map<String, Double> headings;
    /** The stylesheet's line height over the font's own line, in 240ths. */
    private final int line;
    private final List<XWPFParagraph> paragraphs = new ArrayList<>();
    private final List<XWPFTable> tables = new ArrayList<>();

    LargerText(Container base, Style.TypeSizes sizes) {
        this.base = base;
        this.bodyPt = sizes.aftercarePt();
        this.headings = Map.of(DocxStyles.HEADING_1, sizes.aftercareH2Pt(), DocxStyles.HEADING_2, HEADING_2_PT,
                DocxStyles.HEADING_3, bodyPt);
        this.line = (int) Math.round(240 * sizes.aftercareLineHeight() / FONT_LINE_EM);
    }

    @Override
    public XWPFParagraph paragraph() {
        XWPFParagraph p = base.paragraph();
        paragraphs.add(p);
        return p;
    }

    @Override
    public XWPFTable table() {
        XWPFTable t = base.table();
        tables.add(t);
        return t;
    }

    @Override
    public double widthMm() {
        return base.widthMm();
    }

    /** Sizes every run of the section's paragraphs and tables. */
    void apply() {
        for (XWPFParagraph p : paragraphs) {
            size(p);
            boolean heading = p.getStyle() != null && headings.containsKey(p.getStyle());
            space(p, heading ? BEFORE_HEADING : -1, heading ? AFTER_HEADING : AFTER_PARAGRAPH);
        }
        tables.forEach(this::size);
    }

    /** Line height, and space before (unless negative, or already set: a panel) and after. */
    private void space(XWPFParagraph p, int before, int after) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        boolean set = ppr.isSetSpacing();
        var spacing = set ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        if (!set) {
            if (before >= 0) {
                spacing.setBefore(BigInteger.valueOf(before));
            }
            spacing.setAfter(BigInteger.valueOf(after));
        }
    }

    private void size(XWPFTable table) {
        table.getRows().forEach(row -> row.getTableCells().forEach(this::size));
    }

    private void size(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            size(p);
            space(p, -1, 0);
        }
        cell.getTables().forEach(this::size);
    }

    /** The paragraph's runs, those in content controls, fields and links too, and its mark. */
    private void size(XWPFParagraph p) {
        BigInteger halfPoints = Twips.halfPoints(p.getStyle() == null ? bodyPt : headings.getOrDefault(p.getStyle(), bodyPt));
        for (XmlObject o : p.getCTP().selectPath("declare namespace w='" + W + "' .//w:r")) {
            CTR run = (CTR) o;
            CTRPr rpr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            while (rpr.sizeOfSzArray() > 0) {
                rpr.removeSz(0);
            }
            while (rpr.sizeOfSzCsArray() > 0) {
                rpr.removeSzCs(0);
            }
            rpr.addNewSz().setVal(halfPoints);
            rpr.addNewSzCs().setVal(halfPoints);
        }
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTParaRPr mark = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        if (mark.sizeOfSzArray() == 0) {
            mark.addNewSz().setVal(halfPoints);
        }
    }
}
