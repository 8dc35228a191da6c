package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.smpdocs.PaperSize;
import org.smpdocs.internal.render.style.Style;

/**
 * Page size and margins, equal to the PDF's: the paper size of the engine and the margins of the
 * stylesheet ({@link Style.Margins}). Where the header and footer stand is Word's own: the PDF
 * draws them inside its margins, Word {@value #HEADER} mm from the top edge and {@value #FOOTER} mm
 * from the bottom one, whatever the margins.
 */
final class DocxPage {
    static final double HEADER = 8;
    static final double FOOTER = 7;

    private DocxPage() {
    }

    static CTSectPr apply(XWPFDocument doc, PaperSize paper, Style.Margins page) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(Twips.mm(paper.widthMm()));
        size.setH(Twips.mm(paper.heightMm()));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(Twips.mm(page.topMm()));
        margins.setBottom(Twips.mm(page.bottomMm()));
        margins.setLeft(Twips.mm(page.leftMm()));
        margins.setRight(Twips.mm(page.rightMm()));
        margins.setHeader(Twips.mm(HEADER));
        margins.setFooter(Twips.mm(FOOTER));
        margins.setGutter(Twips.mm(0));
        return sect;
    }
}
