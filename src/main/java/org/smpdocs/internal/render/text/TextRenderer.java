package org.smpdocs.internal.render.text;

import java.util.List;
import java.util.Locale;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * Writes an {@link XhtmlDocument} as plain text a patient can read on a phone: the title
 * underlined, headings on their own lines, paragraphs separated by a blank line, list items as
 * "- " or "1. ", table rows as their cells joined by " | ", a checkbox as [ ] (always empty), a box or
 * line to write on as a short rule, an initials box as [____], links with their address. Lines are not wrapped: mail
 * programs wrap them to the screen. The running header and footer are left out. Thread-safe.
 */
public final class TextRenderer {
    private static final String RULE = "________";
    /** Stands for {@code <br/>} until white space is collapsed (Java's \\s does not match it). */
    private static final String BREAK = "\u2028";

    /** The document's text, lines ending in CRLF as mail wants them. */
    public String render(XhtmlDocument xhtml) {
        StringBuilder out = new StringBuilder();
        blocks(xhtml.body().children(), out);
        return out.toString().strip().replace("\n", "\r\n") + "\r\n";
    }

    private void blocks(List<Node> nodes, StringBuilder out) {
        StringBuilder inline = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Element e && isBlock(e)) {
                paragraph(inline.toString(), out);
                inline.setLength(0);
                block(e, out);
            } else {
                inline.append(inline(node));
            }
        }
        paragraph(inline.toString(), out);
    }

    private static boolean isBlock(Element e) {
        return switch (e.name()) {
            case "h1", "h2", "h3", "p", "ul", "ol", "table", "hr", "section", "div", "header", "footer" -> true;
            default -> false;
        };
    }

    private void block(Element e, StringBuilder out) {
        switch (e.name()) {
            case "h1" -> {
                String title = collapse(inline(e));
                out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
            }
            case "h2", "h3" -> out.append(collapse(inline(e)).toUpperCase(Locale.ROOT)).append("\n\n");
            case "p" -> paragraph(inline(e), out);
            case "ul", "ol" -> list(e, out);
            case "table" -> table(e, out);
            case "hr" -> out.append("----------\n\n");
            case "header", "footer" -> {
                // the running header and footer belong to printed pages
            }
            default -> blocks(e.children(), out);
        }
    }

    private void list(Element list, StringBuilder out) {
        int n = 0;
        for (Element item : list.elements()) {
            n++;
            StringBuilder text = new StringBuilder();
            blocks(item.children(), text);
            String marker = list.name().equals("ol") ? n + ". " : "- ";
            out.append(marker).append(text.toString().strip().replace("\n\n", "\n  ")).append('\n');
        }
        out.append('\n');
    }

    private void table(Element table, StringBuilder out) {
        for (Element part : table.elements()) {
            for (Element row : part.name().equals("tr") ? List.of(part) : part.elements()) {
                List<String> cells = row.elements().stream().map(cell -> {
                    StringBuilder text = new StringBuilder();
                    blocks(cell.children(), text);
                    return text.toString().strip().replace("\n\n", " ").replace('\n', ' ');
                }).toList();
                out.append(String.join(" | ", cells)).append('\n');
            }
        }
        out.append('\n');
    }

    private static void paragraph(String text, StringBuilder out) {
        String p = collapse(text);
        if (!p.isEmpty()) {
            out.append(p).append("\n\n");
        }
    }

    private String inline(Node node) {
        if (node instanceof Text t) {
            return t.text();
        }
        Element e = (Element) node;
        if (e.hasClass("checkbox")) {
            return "[ ]";
        }
        if (e.hasClass("initials")) {
            return "[____]";
        }
        if (e.hasClass("field")) {
            String value = collapse(e.text());
            return value.isEmpty() ? RULE : value;
        }
        return switch (e.name()) {
            case "br" -> BREAK;
            case "img" -> "";
            case "a" -> {
                String text = collapse(inline(e.children()));
                String href = e.attr("href") == null ? "" : e.attr("href").replaceFirst("^mailto:", "");
                yield text.equals(href) || href.isEmpty() ? text : text + " (" + href + ")";
            }
            default -> inline(e.children());
        };
    }

    private String inline(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        nodes.forEach(n -> b.append(inline(n)));
        return b.toString();
    }

    private String inline(Element e) {
        return inline(e.children());
    }

    /**
     * White space collapsed as in HTML (the template's own line breaks are just white space); a
     * line break written as {@code <br/>} stays one.
     */
    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").replaceAll(" ?" + BREAK + " ?", BREAK).strip().replace(BREAK, "\n");
    }
}
