package org.smpdocs.internal.render.mail;

import java.util.List;
import java.util.Map;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XmlText;

/**
 * Writes an {@link XhtmlDocument} as the HTML body of an e-mail: one column at most 600 pixels
 * wide that reads at phone width, every style inline (mail programs drop style sheets), no
 * external resources — the clinic logo is {@code cid:clinic-logo}, an inline part of the message.
 * Checkboxes read ☐ (always empty), boxes and lines to write on are blanks; the page footer is left out.
 *
 * <p>The colours are the stylesheet's ({@link Style.Palette}: the accent for headings, links and
 * the header's rule, the text, label, border, panel and rule colours, the paper behind the
 * column and the shade around it), so a clinic's change to them shows in the e-mail as in the
 * PDF and the Word document. The type sizes, spacing and widths are the e-mail's own, in pixels
 * for reading on a phone, and do not follow the stylesheet's print sizes; nor does the font,
 * which is one every mail program has. Thread-safe.
 */
public final class MailHtmlRenderer {
    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    private final Map<String, String> styles;
    private final Resources resources;
    private final Style.Palette colours;

    /** @param style the style of the template set's stylesheet; the e-mail takes its colours */
    public MailHtmlRenderer(Resources resources, Style style) {
        this.resources = resources;
        this.colours = style.colours();
        this.styles = styles(colours);
    }

    /** Each element's inline style: the e-mail's sizes, the stylesheet's colours. */
    private static Map<String, String> styles(Style.Palette c) {
        return Map.ofEntries(
                Map.entry("h1", "margin:0 0 16px 0;font-size:24px;line-height:1.25;color:" + c.accent().css() + ";"),
                Map.entry("h2", "margin:24px 0 8px 0;font-size:19px;line-height:1.3;color:" + c.accent().css() + ";"),
                Map.entry("h3", "margin:16px 0 8px 0;font-size:17px;"),
                Map.entry("p", "margin:0 0 12px 0;"),
                Map.entry("ul", "margin:0 0 12px 0;padding-left:22px;"),
                Map.entry("ol", "margin:0 0 12px 0;padding-left:22px;"),
                Map.entry("li", "margin:0 0 8px 0;"),
                Map.entry("table", "width:100%;table-layout:fixed;border-collapse:collapse;margin:0 0 16px 0;font-size:14px;"),
                Map.entry("th", "text-align:left;vertical-align:top;padding:6px;border:1px solid " + c.border().css()
                        + ";background:" + c.panel().css() + ";overflow-wrap:anywhere;word-break:break-word;"),
                Map.entry("td", "text-align:left;vertical-align:top;padding:6px;border:1px solid " + c.border().css() + ";"
                        + "overflow-wrap:anywhere;word-break:break-word;"),
                Map.entry("hr", "border:none;border-top:1px solid " + c.rule().css() + ";margin:16px 0;"),
                Map.entry("a", "color:" + c.accent().css() + ";"),
                Map.entry("img", "display:block;max-width:200px;height:auto;border:0;"));
    }

    public String render(XhtmlDocument xhtml) {
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(XmlText.escape(xhtml.language())).append("\"><head>")
                .append("<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(XmlText.escape(xhtml.title())).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:0;background:").append(colours.shade().css()).append(";\">\n")
                .append("<div style=\"max-width:600px;margin:0 auto;padding:20px 16px;background:")
                .append(colours.paper().css()).append(";").append(FONT)
                .append("font-size:16px;line-height:1.5;color:").append(colours.text().css()).append(";\">\n");
        children(xhtml.body().children(), out);
        out.append("</div>\n</body></html>\n");
        return out.toString();
    }

    private void children(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(XmlText.escape(t.text()));
            } else {
                element((Element) node, out);
            }
        }
    }

    private void element(Element e, StringBuilder out) {
        if (e.name().equals("footer") || e.hasClass("page-number") || e.hasClass("page-count")) {
            return;
        }
        if (e.hasClass("checkbox")) {
            out.append("\u2610");
            return;
        }
        if (e.hasClass("initials")) {
            out.append("[____]");
            return;
        }
        if (e.hasClass("field") && e.text().isBlank()) {
            out.append("________");
            return;
        }
        switch (e.name()) {
            case "img" -> image(e, out);
            case "tr" -> row(e, out);
            case "br" -> out.append("<br/>");
            case "header" -> {
                out.append("<div style=\"margin:0 0 20px 0;padding:0 0 12px 0;border-bottom:2px solid ")
                        .append(colours.accent().css()).append(";font-size:13px;color:").append(colours.label().css()).append(";\">");
                children(e.children(), out);
                out.append("</div>\n");
            }
            case "section", "div", "span" -> {
                String tag = e.name().equals("span") ? "span" : "div";
                out.append('<').append(tag).append('>');
                children(e.children(), out);
                out.append("</").append(tag).append('>');
            }
            case "a" -> {
                out.append("<a href=\"").append(XmlText.escape(e.attr("href") == null ? "" : e.attr("href")))
                        .append("\" style=\"").append(styles.get("a")).append("\">");
                children(e.children(), out);
                out.append("</a>");
            }
            default -> {
                String style = styles.get(e.name());
                out.append('<').append(e.name());
                if (style != null) {
                    out.append(" style=\"").append(style).append('"');
                }
                if (e.attr("colspan") != null) {
                    out.append(" colspan=\"").append(XmlText.escape(e.attr("colspan"))).append('"');
                }
                out.append('>');
                children(e.children(), out);
                out.append("</").append(e.name()).append(">");
            }
        }
    }

    /**
     * A row of label–value pairs (th td th td …) is stacked, one pair per row: side by side, four
     * columns are too narrow at phone width for a name or a date.
     */
    private void row(Element tr, StringBuilder out) {
        List<Element> cells = tr.children().stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        boolean pairs = cells.size() >= 4 && cells.size() % 2 == 0;
        for (int i = 0; pairs && i < cells.size(); i++) {
            pairs = cells.get(i).name().equals(i % 2 == 0 ? "th" : "td") && cells.get(i).attr("colspan") == null;
        }
        if (!pairs) {
            out.append("<tr>");
            children(tr.children(), out);
            out.append("</tr>");
            return;
        }
        for (int i = 0; i < cells.size(); i += 2) {
            out.append("<tr><th style=\"").append(styles.get("th")).append("width:38%;\">");
            children(cells.get(i).children(), out);
            out.append("</th>");
            element(cells.get(i + 1), out);
            out.append("</tr>");
        }
    }

    /** Whether {@code html}, a body this renderer wrote, shows the image {@code name} (by {@code cid:}). */
    public static boolean refersTo(String html, String name) {
        return html.contains("<img src=\"cid:" + XmlText.escape(name) + "\"");
    }

    private void image(Element e, StringBuilder out) {
        if (resources.has(e.attr("src"))) {
            out.append("<img src=\"cid:").append(XmlText.escape(e.attr("src"))).append("\" alt=\"").append(XmlText.escape(e.attr("alt")))
                    .append("\" width=\"200\" style=\"").append(styles.get("img")).append("\"/>");
        }
    }
}
