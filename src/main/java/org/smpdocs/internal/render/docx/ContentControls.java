package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.smpdocs.internal.xhtml.XmlText;

/**
 * The clinical parts in Word. A fill-in field is a plain-text content control tagged with the
 * template's field name; a checkbox is a Word 2010 checkbox content control, tagged likewise and
 * always unchecked (☐) for the reader to tick (☒). A
 * signature is a ruled line: a plain run, because its look is the point and LibreOffice drops the
 * formatting of runs inside content controls. Initials boxes are shapes ({@link InitialsBoxes}).
 */
final class ContentControls {
    static final String UNCHECKED = "\u2610";
    private static final String BLANK = "\u00a0";
    private static final String LINE = "_";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SYMBOL_FONT = "MS Gothic";
    /** Underscores in a blank field where there is room: about as long as the stylesheet's (60 mm). */
    static final int BLANK_FIELD = 36;
    /** An underscore's advance in Noto Sans, in em. */
    static final double UNDERSCORE_EM = 0.444;

    /**
     * What a line of text leaves unused so that a word processor does not wrap it (LibreOffice
     * wraps a line that fits its cell by less than about 1 mm), in mm.
     */
    static final double LAYOUT_ALLOWANCE_MM = 2;

    /**
     * How many underscores a blank field shows in text {@code widthMm} wide set in the body's
     * {@code bodyPt}: as many as fit with {@link #LAYOUT_ALLOWANCE_MM} to spare, at most
     * {@link #BLANK_FIELD}.
     */
    static int blankLength(double widthMm, double bodyPt) {
        double underscoreMm = UNDERSCORE_EM * bodyPt * 25.4 / 72;
        return (int) Math.max(1, Math.min(BLANK_FIELD, Math.floor((widthMm - LAYOUT_ALLOWANCE_MM) / underscoreMm)));
    }

    private ContentControls() {
    }

    /**
     * A fill-in field: its text, underlined; or, blank, a line of {@code blankWidth} underscores
     * as the control's placeholder, which Word replaces with what the reader types. (A line of
     * underlined spaces would vanish in LibreOffice, which drops run formatting in controls.)
     */
    static void field(XWPFParagraph p, String tag, String alias, String text, int blankWidth) {
        boolean blank = text.isBlank();
        CTSdtRun sdt = control(p, tag, alias);
        if (blank) {
            sdt.getSdtPr().addNewShowingPlcHdr();
        }
        CTR run = sdt.addNewSdtContent().addNewR();
        if (!blank) {
            CTRPr rpr = run.addNewRPr();
            rpr.addNewU().setVal(STUnderline.SINGLE);
        }
        run.addNewT().setStringValue(blank ? LINE.repeat(blankWidth) : text);
    }

    /** A ruled line to sign on. */
    static void signatureLine(XWPFParagraph p) {
        CTR run = p.getCTP().addNewR();
        run.addNewRPr().addNewU().setVal(STUnderline.SINGLE);
        run.addNewT().setStringValue(BLANK.repeat(60));
    }

    /** An unchecked checkbox content control the reader ticks. */
    static void checkbox(XWPFParagraph p, String tag) {
        String xml = "<xml-fragment xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\"><w:sdtPr><w:tag w:val=\"" + XmlText.escape(tag)
                + "\"/><w14:checkbox><w14:checked w14:val=\"0\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"" + SYMBOL_FONT + "\"/>"
                + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"" + SYMBOL_FONT + "\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"" + SYMBOL_FONT + "\" w:eastAsia=\"" + SYMBOL_FONT
                + "\" w:hAnsi=\"" + SYMBOL_FONT + "\"/></w:rPr><w:t>" + UNCHECKED
                + "</w:t></w:r></w:sdtContent></xml-fragment>";
        try {
            p.getCTP().addNewSdt().set(CTSdtRun.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("checkbox content control", e);
        }
    }

    private static CTSdtRun control(XWPFParagraph p, String tag, String alias) {
        CTSdtRun sdt = p.getCTP().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewAlias().setVal(alias);
        pr.addNewTag().setVal(tag);
        pr.addNewText();
        return sdt;
    }
}
