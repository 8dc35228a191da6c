package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.smpdocs.internal.xhtml.Element;

/**
 * How a header cell ({@code th}) looks, as the print stylesheet draws it: in a header row
 * ({@code thead}, the record and drawback tables) white bold text on the accent colour; in the
 * health answers ({@code table.answers}) plain text on white, as the questions read; beside a
 * signer's lines ({@code table.signature-lines}) grey labels on white; in the facts tables
 * ({@code table.facts}) grey bold labels on a light panel; anywhere else bold text, unshaded.
 *
 * @param fill the cell's background (RRGGBB), or null for none
 * @param bold whether the text is bold
 * @param color the text colour (RRGGBB), or null for the document's
 */
record HeaderLook(String fill, boolean bold, String color) {
    static final String LABEL = "4A5A60";
    static final String PANEL = "F4F7F7";

    static HeaderLook of(Element table, boolean headerRow) {
        if (headerRow) {
            return new HeaderLook(DocxStyles.ACCENT, true, "FFFFFF");
        }
        if (table.hasClass("answers")) {
            return new HeaderLook(null, false, null);
        }
        if (table.hasClass(TableWriter.SIGNATURE_LINES)) {
            return new HeaderLook(null, false, LABEL);
        }
        if (table.hasClass("facts")) {
            return new HeaderLook(PANEL, true, LABEL);
        }
        return new HeaderLook(null, true, null);
    }

    void apply(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                if (bold) {
                    run.setBold(true);
                }
                if (color != null) {
                    run.setColor(color);
                }
            }
        }
        if (fill != null) {
            var shading = cell.getCTTc().getTcPr().addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setFill(fill);
        }
    }
}
