package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.smpdocs.PaperSize;

/**
 * Page size and margins, equal to the PDF's: the paper size of the engine and the margins of the
 * built-in print stylesheet (26 mm top, 18 mm sides, 17 mm bottom).
 */
final class DocxPage {
    static final double TOP = 26;
    static final double SIDE = 18;
    static final double BOTTOM = 17;
    static final double HEADER = 8;
    static final double FOOTER = 7;

    private DocxPage() {
    }

    /** The width between the margins, in millimetres. */
    static double textWidthMm(PaperSize paper) {
        return paper.widthMm() - 2 * SIDE;
    }

    static CTSectPr apply(XWPFDocument doc, PaperSize paper) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(Twips.mm(paper.widthMm()));
        size.setH(Twips.mm(paper.heightMm()));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(Twips.mm(TOP));
        margins.setBottom(Twips.mm(BOTTOM));
        margins.setLeft(Twips.mm(SIDE));
        margins.setRight(Twips.mm(SIDE));
        margins.setHeader(Twips.mm(HEADER));
        margins.setFooter(Twips.mm(FOOTER));
        margins.setGutter(Twips.mm(0));
        return sect;
    }
}
