package org.smpdocs.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.smpdocs.internal.signing.FormField;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * An issued document's XHTML (the templates' own small vocabulary) written as HTML for the
 * tablet's screen: the same text in the same order, the elements the vocabulary has and nothing
 * else (no attribute but a sanitised class list, no images, no links, no running footer), every
 * text escaped; each
 * field to fill becomes its control: an initials pad, a signature pad, a large tick box, or the
 * note that the date is filled in on signing. Marks already accepted are shown in their pads.
 */
final class DocumentScreen {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "strong", "em", "b", "i", "span", "div", "section",
            "small", "sup", "sub", "caption", "blockquote", "dl", "dt", "dd");
    private static final Map<String, String> RENAMED = Map.of("header", "div", "article", "section");
    /** Not for the screen: images, and the footer that runs on every printed page (page numbers, provenance). */
    private static final Set<String> DROPPED = Set.of("img", "script", "style", "head", "title", "meta", "link", "footer");
    private static final Pattern CLASS = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private final Map<String, FormField> fields;
    private final Map<String, TabletMark> marks;
    private final StringBuilder out = new StringBuilder();
    private int drawbacks;

    private DocumentScreen(List<FormField> fields, Map<String, TabletMark> marks) {
        this.fields = new java.util.HashMap<>();
        fields.forEach(f -> this.fields.putIfAbsent(f.name(), f));
        this.marks = Objects.requireNonNull(marks, "marks");
    }

    /** The body of {@code document} as HTML with its controls, marks as accepted so far. */
    static String html(XhtmlDocument document, List<FormField> fields, Map<String, TabletMark> marks) {
        DocumentScreen screen = new DocumentScreen(fields, marks);
        for (Node n : document.body().children()) {
            screen.node(n, "");
        }
        return screen.out.toString();
    }

    private void node(Node n, String context) {
        if (n instanceof Text t) {
            out.append(escape(t.text()));
            return;
        }
        Element e = (Element) n;
        String field = e.attr("data-field");
        if (field != null && fields.containsKey(field) && isField(e)) {
            control(fields.get(field), context);
            return;
        }
        String name = e.name().toLowerCase(Locale.ROOT);
        if (DROPPED.contains(name)) {
            return;
        }
        if (name.equals("br")) {
            out.append("<br>");
            return;
        }
        String tag = RENAMED.getOrDefault(name, BLOCKS.contains(name) ? name : "div");
        String here = name.equals("li") || name.equals("tr") ? e.text().strip() : context;
        out.append('<').append(tag).append(classes(e)).append('>');
        for (Node child : e.children()) {
            node(child, here);
        }
        out.append("</").append(tag).append('>');
    }

    private static boolean isField(Element e) {
        return e.hasClass("initials") || e.hasClass("checkbox") || e.hasClass("field");
    }

    private void control(FormField f, String context) {
        String id = "field-" + f.name();
        String name = escape(f.name());
        switch (f.kind()) {
            case "initials" -> {
                drawbacks++;
                pad(f, id, "Initials of the " + who(f) + " for drawback " + drawbacks, "initials");
            }
            case "signature" -> pad(f, id, "Signature of the " + who(f) + (f.signer().isEmpty() ? "" : ", " + f.signer()),
                    "signature");
            case "checkbox" -> out.append("<label class=\"tick\" for=\"").append(escape(id)).append("\"><input type=\"checkbox\" id=\"")
                    .append(escape(id)).append("\" name=\"").append(name).append("\" value=\"yes\" data-choice=\"")
                    .append(name).append("\" aria-label=\"").append(escape(shorten(context))).append("\"></label>");
            case "date" -> out.append("<span class=\"date-note\">filled in on signing</span>");
            default -> out.append("<span class=\"date-note\">(not filled on the tablet)</span>");
        }
    }

    private void pad(FormField f, String id, String label, String kind) {
        TabletMark mark = marks.get(f.name());
        String name = escape(f.name());
        out.append("<div class=\"pad pad-").append(kind).append(mark != null ? " filled" : "")
                .append("\" role=\"group\" aria-label=\"").append(escape(label)).append("\" data-field=\"")
                .append(name).append("\" data-kind=\"").append(kind).append('"');
        if (mark != null && mark.drawn()) {
            out.append(" data-png=\"").append(escape(mark.pngDataUrl())).append("\" data-strokes=\"")
                    .append(escape(mark.strokes())).append('"');
        }
        out.append('>');
        out.append("<span class=\"pad-label\" id=\"").append(escape(id)).append("-label\">")
                .append(escape(kind.equals("initials") ? "Initials (" + who(f) + ")" : label)).append("</span>");
        out.append("<canvas class=\"pad-canvas\" role=\"img\" aria-label=\"").append(escape(label))
                .append(": draw here with a finger or stylus\"></canvas>");
        out.append("<span class=\"pad-status\" role=\"status\" aria-live=\"polite\">")
                .append(mark == null ? "" : mark.drawn() ? "Saved." : "Typed initials adopted.").append("</span>");
        out.append("<span class=\"pad-actions\"><button type=\"button\" class=\"pad-undo\" aria-label=\"Undo the last stroke: ")
                .append(escape(label)).append("\">Undo</button><button type=\"button\" class=\"pad-clear\" aria-label=\"Clear: ")
                .append(escape(label)).append("\">Clear</button></span>");
        if (kind.equals("initials")) {
            String typed = mark != null && !mark.drawn() ? mark.typed() : "";
            out.append("<details class=\"typed\"").append(typed.isEmpty() ? "" : " open")
                    .append("><summary>Type initials instead</summary>")
                    .append("<label>Initials <input type=\"text\" class=\"typed-initials\" maxlength=\"6\" autocomplete=\"off\" value=\"")
                    .append(escape(typed)).append("\"></label>")
                    .append("<label class=\"adopt\"><input type=\"checkbox\" class=\"adopt-initials\"")
                    .append(typed.isEmpty() ? "" : " checked").append("> I adopt these as my initials</label></details>");
        }
        out.append("</div>");
    }

    private static String who(FormField f) {
        return f.role().isEmpty() ? "signer" : f.role();
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private static String classes(Element e) {
        String cls = e.attr("class");
        if (cls == null || cls.isBlank()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String c : cls.strip().split("\\s+")) {
            if (CLASS.matcher(c).matches()) {
                b.append(b.length() == 0 ? "" : " ").append("d-").append(c);
            }
        }
        return b.length() == 0 ? "" : " class=\"" + b + "\"";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
