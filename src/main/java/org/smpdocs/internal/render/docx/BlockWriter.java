package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;

/**
 * Writes block content: headings with Word's heading styles, paragraphs, lists with real
 * numbering, tables, rules, page breaks, and sections and signature blocks as what they contain.
 * Inline content between blocks becomes a paragraph of its own. As in the print stylesheet, a
 * lead paragraph ({@code p.lead}) is a panel in the stylesheet's shade and a list of choices
 * ({@code ul.choices}) has no bullets: each choice starts with its checkbox; a section of the
 * aftercare sheet is set larger ({@link LargerText}). One per document.
 */
final class BlockWriter {
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "p", "ul", "ol", "table", "hr", "section", "div",
            "header", "footer");
    private final DocxNumbering numbering;
    private final Images images;
    private final InitialsBoxes boxes;
    private final String source;
    private final TableWriter tables;
    private final Style style;

    BlockWriter(DocxNumbering numbering, Images images, InitialsBoxes boxes, String source, double textWidthMm,
            Style style) {
        this.numbering = numbering;
        this.images = images;
        this.boxes = boxes;
        this.source = source;
        this.tables = new TableWriter(this, textWidthMm, style.colours());
        this.style = style;
    }

    void write(Container container, List<Node> nodes) {
        List<Node> inline = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Element e && BLOCKS.contains(e.name())) {
                flush(container, inline);
                block(container, e);
            } else {
                inline.add(node);
            }
        }
        flush(container, inline);
    }

    /** Inline content between blocks; white space alone makes no paragraph. */
    private void flush(Container container, List<Node> inline) {
        boolean visible = inline.stream().anyMatch(n -> !(n instanceof Text t) || !t.text().isBlank());
        if (visible) {
            paragraph(container, null, inline);
        }
        inline.clear();
    }

    private void block(Container container, Element e) {
        switch (e.name()) {
            case "h1" -> paragraph(container, DocxStyles.TITLE, e.children());
            case "h2" -> paragraph(container, DocxStyles.HEADING_1, e.children());
            case "h3" -> paragraph(container, DocxStyles.HEADING_2, e.children());
            case "p" -> {
                XWPFParagraph p = paragraph(container, null, e.children());
                if (e.hasClass("lead")) {
                    panel(p, style.colours().shade().hex());
                }
            }
            case "ul", "ol" -> list(container, e);
            case "table" -> tables.write(container, e);
            case "hr" -> container.paragraph().setBorderBottom(Borders.SINGLE);
            case "header", "footer" -> {
                // running header and footer: written into the page's header and footer parts
            }
            default -> division(container, e);
        }
    }

    private void division(Container container, Element e) {
        if (e.hasClass("page-break")) {
            container.paragraph().createRun().addBreak(BreakType.PAGE);
        } else if (e.hasClass("signature") || e.hasClass("sign-off") || e.hasClass("keep-together")) {
            // a signer's block, the statement with every signer, the end of a record with its
            // sign-off: one page, as in the PDF
            write(new KeptTogether(container), e.children());
        } else if (e.name().equals("section") && e.hasClass(LargerText.CLASS)) {
            LargerText larger = new LargerText(container, style.sizes());
            write(larger, e.children());
            larger.apply();
        } else {
            write(container, e.children());
        }
    }

    private void list(Container container, Element list) {
        if (list.hasClass("choices")) {
            for (Element item : list.elements()) {
                write(container, item.children());
            }
            return;
        }
        var numId = numbering.list(list.name().equals("ol"));
        for (Element item : list.elements()) {
            ListItem li = new ListItem(container, numId, list.name().equals("ol"));
            write(li, item.children());
        }
    }

    private XWPFParagraph paragraph(Container container, String style, List<Node> children) {
        XWPFParagraph p = container.paragraph();
        if (style != null) {
            p.setStyle(style);
        }
        int blank = ContentControls.blankLength(container.widthMm(), this.style.sizes().bodyPt());
        new InlineWriter(p, images, boxes, source, blank, this.style.colours().accent()).write(children, Format.PLAIN);
        return p;
    }

    /**
     * The stylesheet's lead panel: a light background with 2.5 mm above and below the text and
     * 3 mm beside it (Word pads a paragraph with borders of the panel's colour, and shades
     * within them), 3 mm clear of what comes before and after.
     */
    private static void panel(XWPFParagraph p, String shade) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTShd shading = ppr.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setFill(shade);
        CTPBdr borders = ppr.addNewPBdr();
        padding(borders.addNewTop(), 2.5, shade);
        padding(borders.addNewLeft(), 3, shade);
        padding(borders.addNewBottom(), 2.5, shade);
        padding(borders.addNewRight(), 3, shade);
        int beside = Twips.mm(3).intValue();
        p.setIndentationLeft(beside);
        p.setIndentationRight(beside);
        p.setSpacingBefore(Twips.mm(3).intValue());
        p.setSpacingAfter(Twips.mm(3).intValue());
    }

    /** A border in the panel's colour whose space (in points) pads the text. */
    private static void padding(CTBorder side, double mm, String shade) {
        side.setVal(STBorder.SINGLE);
        side.setSz(BigInteger.valueOf(4));
        side.setColor(shade);
        side.setSpace(BigInteger.valueOf(Math.round(mm / 25.4 * 72)));
    }
}
