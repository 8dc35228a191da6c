package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * The running header and footer: the document's {@code header} becomes the Word header, its
 * images on the left and its text on the right, over a rule in the stylesheet's accent; the
 * {@code footer} becomes the Word footer, centred, with PAGE and NUMPAGES fields where the
 * template has page numbers. Both are set in the stylesheet's small size.
 */
final class HeaderFooterWriter {
    private static final double LOGO_MM = 12;
    private final Images images;
    private final InitialsBoxes boxes;
    private final String source;

    private final double widthMm;
    private final Style style;

    HeaderFooterWriter(Images images, InitialsBoxes boxes, String source, double widthMm, Style style) {
        this.images = images;
        this.boxes = boxes;
        this.source = source;
        this.widthMm = widthMm;
        this.style = style;
    }

    void write(XWPFDocument doc, XhtmlDocument xhtml, CTSectPr sect) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        // the first header and footer run through the whole Word document (a packet has one per part)
        xhtml.body().find("header").ifPresent(e -> header(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), e));
        xhtml.body().find("footer").ifPresent(e -> {
            XWPFHeaderFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            new InlineWriter(p, images, boxes, source, ContentControls.BLANK_FIELD, style.colours().accent())
                    .write(e.children(), Format.PLAIN);
            small(footer);
        });
    }

    private void header(XWPFHeaderFooter header, Element e) {
        List<Node> logos = e.children().stream().filter(n -> n instanceof Element el && el.name().equals("img")).toList();
        List<Node> rest = e.children().stream().filter(n -> !logos.contains(n)).toList();
        XWPFTable table = header.createTable(1, 2);
        table.removeBorders();
        var borders = table.getCTTbl().getTblPr().addNewTblBorders().addNewBottom();
        borders.setVal(STBorder.SINGLE);
        borders.setSz(BigInteger.valueOf(8));
        borders.setColor(style.colours().accent().hex());
        int total = Twips.mm(widthMm).intValue();
        TableWriter.layout(table, new int[] {total * 35 / 100, total - total * 35 / 100});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        for (Node logo : logos) {
            Element img = (Element) logo;
            if (images.has(img.attr("src"))) {
                images.place(left.getParagraphs().get(0).createRun(), img.attr("src"), img.attr("alt"), LOGO_MM);
            }
        }
        XWPFParagraph text = right.getParagraphs().get(0);
        text.setAlignment(ParagraphAlignment.RIGHT);
        new InlineWriter(text, images, boxes, source, ContentControls.BLANK_FIELD, style.colours().accent())
                .write(rest, Format.PLAIN);
        small(header);
    }

    private void small(XWPFHeaderFooter part) {
        double points = style.sizes().smallPt();
        for (XWPFParagraph p : part.getListParagraph()) {
            for (XWPFRun run : p.getRuns()) {
                run.setFontSize(points);
            }
        }
        for (XWPFTable t : part.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(
                    p -> p.getRuns().forEach(run -> run.setFontSize(points)))));
        }
    }
}
