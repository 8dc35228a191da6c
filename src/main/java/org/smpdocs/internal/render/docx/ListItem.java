package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * One list item: its first paragraph carries the list's style and number; any further
 * paragraphs of the item are indented to the text, unnumbered.
 */
final class ListItem implements Container {
    private static final BigInteger INDENT = BigInteger.valueOf(360);
    private final Container base;
    private final BigInteger numId;
    private final String style;
    private boolean first = true;

    ListItem(Container base, BigInteger numId, boolean ordered) {
        this.base = base;
        this.numId = numId;
        this.style = ordered ? DocxStyles.LIST_NUMBER : DocxStyles.LIST_BULLET;
    }

    @Override
    public XWPFParagraph paragraph() {
        XWPFParagraph p = base.paragraph();
        if (first) {
            p.setStyle(style);
            p.setNumID(numId);
            p.setNumILvl(BigInteger.ZERO);
            first = false;
        } else {
            p.setStyle(DocxStyles.LIST_PARAGRAPH);
            p.setIndentationLeft(INDENT.intValue());
        }
        return p;
    }

    @Override
    public XWPFTable table() {
        return base.table();
    }

    @Override
    public double widthMm() {
        return base.widthMm();
    }
}
