package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.Element;

/**
 * How a header cell ({@code th}) looks, as the print stylesheet draws it, in the stylesheet's
 * colours ({@link Style.Palette}): in a header row ({@code thead}, the record and drawback
 * tables) bold text on the accent; in the health answers ({@code table.answers}) plain text,
 * unshaded, as the questions read; beside a signer's lines ({@code table.signature-lines})
 * labels, unshaded; in the facts tables ({@code table.facts}) bold labels on the panel colour;
 * anywhere else bold text, unshaded.
 *
 * @param fill the cell's background (RRGGBB), or null for none
 * @param bold whether the text is bold
 * @param color the text colour (RRGGBB), or null for the document's
 */
record HeaderLook(String fill, boolean bold, String color) {
    static HeaderLook of(Element table, boolean headerRow, Style.Palette colours) {
        if (headerRow) {
            return new HeaderLook(colours.accent().hex(), true, colours.onAccent().hex());
        }
        if (table.hasClass("answers")) {
            return new HeaderLook(null, false, null);
        }
        if (table.hasClass(TableWriter.SIGNATURE_LINES)) {
            return new HeaderLook(null, false, colours.label().hex());
        }
        if (table.hasClass("facts")) {
            return new HeaderLook(colours.panel().hex(), true, colours.label().hex());
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
