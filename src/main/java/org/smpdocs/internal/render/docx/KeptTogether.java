package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A block that must not be split across pages (a signature block, a keep-together section): each of its paragraphs
 * keeps with the next, and so do the paragraphs of its table's rows.
 */
final class KeptTogether implements Container {
    private final Container base;

    KeptTogether(Container base) {
        this.base = base;
    }

    @Override
    public XWPFParagraph paragraph() {
        return keepWithNext(base.paragraph());
    }

    /** Sets "keep with next" (POI's own setter fails on a paragraph without properties). */
    static XWPFParagraph keepWithNext(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
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
