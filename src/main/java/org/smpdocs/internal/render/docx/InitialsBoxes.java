package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.smpdocs.internal.render.style.Style;

/**
 * The boxes a document's reader writes their initials in, as big as the PDF's (the print
 * stylesheet's {@code .initials}: 16 × 9 mm, a 0.35 mm border; filled with the paper colour and
 * ruled in the text colour of its {@link Style.Palette}): an inline rectangle shape (a
 * DrawingML shape in the text, as Word 2010 and LibreOffice write one), so the box keeps its size
 * in a table cell and beside text alike. Every drawing in a document needs an id of its own;
 * the boxes count theirs from {@value #FIRST_ID}, clear of the ids POI gives pictures (the logo).
 * Not thread-safe: one per document.
 */
final class InitialsBoxes {
    static final double WIDTH_MM = 16;
    static final double HEIGHT_MM = 9;
    private static final double BORDER_MM = 0.35;
    private static final long FIRST_ID = 1000;
    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";
    private final String fill;
    private final String line;
    private long next = FIRST_ID;

    InitialsBoxes(Style.Palette colours) {
        this.fill = colours.paper().hex();
        this.line = colours.text().hex();
    }

    /** Adds a box at the end of the paragraph. */
    void place(XWPFParagraph p) {
        long id = next++;
        int cx = Twips.emu(WIDTH_MM);
        int cy = Twips.emu(HEIGHT_MM);
        int border = Twips.emu(BORDER_MM);
        String extent = "cx=\"" + cx + "\" cy=\"" + cy + "\"";
        String xml = "<xml-fragment " + NAMESPACES + "><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent " + extent + "/>"
                + "<wp:effectExtent l=\"" + border / 2 + "\" t=\"" + border / 2 + "\" r=\"" + border / 2 + "\" b=\"" + border / 2 + "\"/>"
                + "<wp:docPr id=\"" + id + "\" name=\"Initials box " + id + "\" descr=\"Box for initials\"/>"
                + "<wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
                + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext " + extent + "/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
                + "<a:solidFill><a:srgbClr val=\"" + fill + "\"/></a:solidFill>"
                + "<a:ln w=\"" + border + "\"><a:solidFill><a:srgbClr val=\"" + line + "\"/></a:solidFill></a:ln>"
                + "</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></xml-fragment>";
        try {
            p.getCTP().addNewR().set(CTR.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("initials box", e);
        }
    }
}
