package org.smpdocs.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.smpdocs.xhtml.Element;
import org.smpdocs.xhtml.Node;
import org.smpdocs.xhtml.Text;

/**
 * Writes block content: headings with Word's heading styles, paragraphs, lists with real
 * numbering, tables, rules, page breaks, and sections and signature blocks as what they contain.
 * Inline content between blocks becomes a paragraph of its own. One per document.
 */
final class BlockWriter {
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "p", "ul", "ol", "table", "hr", "section", "div",
            "header", "footer");
    private final DocxNumbering numbering;
    private final Images images;
    private final String source;
    private final TableWriter tables;

    BlockWriter(DocxNumbering numbering, Images images, String source, double textWidthMm) {
        this.numbering = numbering;
        this.images = images;
        this.source = source;
        this.tables = new TableWriter(this, textWidthMm);
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
            case "p" -> paragraph(container, null, e.children());
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
        } else {
            write(container, e.children());
        }
    }

    private void list(Container container, Element list) {
        var numId = numbering.list(list.name().equals("ol"));
        for (Element item : list.elements()) {
            ListItem li = new ListItem(container, numId, list.name().equals("ol"));
            write(li, item.children());
        }
    }

    private void paragraph(Container container, String style, List<Node> children) {
        XWPFParagraph p = container.paragraph();
        if (style != null) {
            p.setStyle(style);
        }
        new InlineWriter(p, images, source).write(children, Format.PLAIN);
    }
}
