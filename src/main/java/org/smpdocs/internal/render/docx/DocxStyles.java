package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.smpdocs.internal.render.pdf.NotoSans;
import org.smpdocs.internal.render.style.Style;

/**
 * Word's built-in styles, defined in the styles part so the document behaves in Word: Normal,
 * Title, Heading 1–3, List Bullet, List Number, List Paragraph and Table Grid. The stylesheet's
 * {@link Style} (its accent and type sizes) is mapped onto them: {@code h1} is Title, {@code h2}
 * Heading 1, {@code h3} Heading 2, each in the size of its element; Heading 3 (no element of
 * ours) and the lists are in the body's size. The text itself keeps Word's automatic colour;
 * the space around paragraphs is set here, for Word.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String LIST_BULLET = "ListBullet";
    static final String LIST_NUMBER = "ListNumber";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String TABLE_GRID = "TableGrid";
    /** The PDF's typeface, embedded in every document ({@link EmbeddedFonts}). */
    static final String FONT = NotoSans.FAMILY;

    private DocxStyles() {
    }

    static void install(XWPFDocument doc, Style style) {
        Style.TypeSizes size = style.sizes();
        String accent = style.colours().accent().hex();
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(paragraph(NORMAL, "Normal", null, size.bodyPt(), false, null, 0, 80));
        styles.addStyle(outline(paragraph(TITLE, "Title", NORMAL, size.h1Pt(), true, accent, 0, 160), -1));
        styles.addStyle(outline(paragraph(HEADING_1, "heading 1", NORMAL, size.h2Pt(), true, accent, 200, 60), 0));
        styles.addStyle(outline(paragraph(HEADING_2, "heading 2", NORMAL, size.h3Pt(), true, null, 120, 40), 1));
        styles.addStyle(outline(paragraph(HEADING_3, "heading 3", NORMAL, size.bodyPt(), true, null, 120, 40), 2));
        styles.addStyle(paragraph(LIST_PARAGRAPH, "List Paragraph", NORMAL, size.bodyPt(), false, null, 0, 40));
        styles.addStyle(paragraph(LIST_BULLET, "List Bullet", NORMAL, size.bodyPt(), false, null, 0, 40));
        styles.addStyle(paragraph(LIST_NUMBER, "List Number", NORMAL, size.bodyPt(), false, null, 0, 40));
        styles.addStyle(tableGrid());
    }

    private static XWPFStyle paragraph(String id, String name, String basedOn, double size, boolean bold,
            String color, int spaceBefore, int spaceAfter) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(NORMAL);
        }
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        ppr.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
        CTRPr rpr = style.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(Twips.halfPoints(size));
        rpr.addNewSzCs().setVal(Twips.halfPoints(size));
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        return new XWPFStyle(style);
    }

    /** Headings keep with the next paragraph and carry an outline level (none for the Title). */
    private static XWPFStyle outline(XWPFStyle style, int level) {
        CTPPrGeneral ppr = style.getCTStyle().getPPr();
        ppr.addNewKeepNext();
        if (level >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        return style;
    }

    /** Table Grid by name; its borders are set on each table (see {@link TableWriter}). */
    private static XWPFStyle tableGrid() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(TABLE_GRID);
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal("Table Grid");
        style.addNewBasedOn().setVal("TableNormal");
        return new XWPFStyle(style);
    }
}
