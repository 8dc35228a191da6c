package org.smpdocs.internal.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * The paragraphs a document is made of, as the XHTML states them: headings, paragraphs, list
 * items and table cells, in order, each as normalised text (a checkbox reads ☐; boxes and
 * lines to write on are blank). What the DOCX must contain, paragraph for paragraph.
 */
final class XhtmlBlocks {
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "p", "ul", "ol", "table", "hr", "section", "div",
            "header", "footer");

    private XhtmlBlocks() {
    }

    static List<String> of(XhtmlDocument doc) {
        List<String> out = new ArrayList<>();
        blocks(doc.body().children(), out);
        return out.stream().map(XhtmlBlocks::normalise).filter(s -> !s.isEmpty()).toList();
    }

    static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void blocks(List<Node> nodes, List<String> out) {
        StringBuilder inline = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Element e && BLOCKS.contains(e.name())) {
                out.add(inline.toString());
                inline.setLength(0);
                block(e, out);
            } else {
                inline.append(text(node));
            }
        }
        out.add(inline.toString());
    }

    private static void block(Element e, List<String> out) {
        switch (e.name()) {
            case "h1", "h2", "h3", "p" -> out.add(text(e));
            case "ul", "ol" -> e.elements().forEach(li -> blocks(li.children(), out));
            case "table" -> e.elements().forEach(part -> (part.name().equals("tr") ? List.of(part) : part.elements())
                    .forEach(tr -> tr.elements().forEach(cell -> blocks(cell.children(), out))));
            case "hr", "header", "footer" -> {
            }
            default -> blocks(e.children(), out);
        }
    }

    private static String text(Node node) {
        if (node instanceof Text t) {
            return t.text();
        }
        Element e = (Element) node;
        if (e.hasClass("checkbox")) {
            return "\u2610";
        }
        if (e.hasClass("initials") || (e.hasClass("field") && "signature".equals(e.attr("data-kind")))) {
            return "";
        }
        if (e.name().equals("br")) {
            return " ";
        }
        StringBuilder b = new StringBuilder();
        e.children().forEach(child -> b.append(text(child)));
        return b.toString();
    }
}
