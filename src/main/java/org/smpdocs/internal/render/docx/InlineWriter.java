package org.smpdocs.internal.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.render.style.Colour;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;

/**
 * Writes inline content (text, {@code strong}, {@code em}, {@code u}, {@code br}, {@code a},
 * {@code span}, {@code img} and the clinical parts) into one paragraph. White space collapses as
 * in HTML. One per paragraph; not thread-safe.
 */
final class InlineWriter {
    private static final double INLINE_IMAGE_MM = 14;
    /** The class of text that stays on one line (a date): its spaces do not break. */
    static final String UNBROKEN = "date";
    private static final char NO_BREAK_SPACE = '\u00a0';
    private final XWPFParagraph paragraph;
    private final Images images;
    private final InitialsBoxes boxes;
    private final String source;
    private final int blankField;
    private final Colour link;
    private boolean spacePending;
    private boolean empty = true;

    /**
     * {@code blankField}: how many underscores a blank fill-in field shows ({@link ContentControls#blankLength});
     * {@code link}: the colour of links (the stylesheet's accent).
     */
    InlineWriter(XWPFParagraph paragraph, Images images, InitialsBoxes boxes, String source, int blankField, Colour link) {
        this.paragraph = paragraph;
        this.images = images;
        this.boxes = boxes;
        this.source = source;
        this.blankField = blankField;
        this.link = link;
    }

    /** Writes the nodes; returns this for {@link #isEmpty()}. */
    InlineWriter write(List<Node> nodes, Format format) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                text(t.text(), format);
            } else {
                element((Element) node, format);
            }
        }
        return this;
    }

    /** Whether nothing visible was written. */
    boolean isEmpty() {
        return empty;
    }

    private void element(Element e, Format inherited) {
        Format format = e.hasClass(UNBROKEN) ? inherited.withUnbroken() : inherited;
        switch (e.name()) {
            case "strong" -> write(e.children(), format.withBold());
            case "em" -> write(e.children(), format.withItalic());
            case "u" -> write(e.children(), format.withUnderline());
            case "br" -> {
                run(format).addBreak();
                spacePending = false;
            }
            case "a" -> link(e, format);
            case "img" -> image(e);
            case "span" -> span(e, format);
            default -> throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + source + " (generated document line "
                    + e.line() + "): <" + e.name() + "> cannot stand inside a paragraph in a Word document");
        }
    }

    private void span(Element e, Format format) {
        flushSpace(format);
        String field = e.attr("data-field");
        if (e.hasClass("field") && "signature".equals(e.attr("data-kind"))) {
            ContentControls.signatureLine(paragraph);
            written();
        } else if (e.hasClass("field")) {
            ContentControls.field(paragraph, field, "date".equals(e.attr("data-kind")) ? "Date" : "Field",
                    collapse(e.text()).strip(), blankField);
            written();
        } else if (e.hasClass("initials")) {
            boxes.place(paragraph);
            written();
        } else if (e.hasClass("checkbox")) {
            ContentControls.checkbox(paragraph, field);
            written();
            spacePending = true;
        } else if (e.hasClass("page-number") || e.hasClass("page-count")) {
            var field2 = paragraph.getCTP().addNewFldSimple();
            field2.setInstr(e.hasClass("page-number") ? "PAGE" : "NUMPAGES");
            field2.addNewR().addNewT().setStringValue("1");
            written();
        } else {
            write(e.children(), format);
        }
    }

    private void link(Element e, Format format) {
        flushSpace(format);
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(e.attr("href") == null ? "" : e.attr("href"));
        run.setText(collapse(e.text()).strip());
        run.setColor(link.hex());
        run.setUnderline(UnderlinePatterns.SINGLE);
        apply(run, format);
        written();
    }

    private void image(Element e) {
        String src = e.attr("src");
        if (images.has(src)) {
            images.place(paragraph.createRun(), src, e.attr("alt"), INLINE_IMAGE_MM);
            written();
        }
    }

    private void text(String raw, Format format) {
        String text = collapse(raw);
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith(" ")) {
            spacePending = !empty;
            text = text.substring(1);
        }
        boolean trailing = text.endsWith(" ");
        if (trailing) {
            text = text.substring(0, text.length() - 1);
        }
        if (!text.isEmpty()) {
            XWPFRun run = run(format);
            run.setText((spacePending ? " " : "") + (format.unbroken() ? text.replace(' ', NO_BREAK_SPACE) : text));
            spacePending = false;
            written();
        }
        spacePending |= trailing && !empty;
    }

    /** A space carried over from earlier text goes before the next non-text part. */
    private void flushSpace(Format format) {
        if (spacePending) {
            run(format).setText(" ");
            spacePending = false;
        }
    }

    private XWPFRun run(Format format) {
        XWPFRun run = paragraph.createRun();
        apply(run, format);
        return run;
    }

    private static void apply(XWPFRun run, Format format) {
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private void written() {
        empty = false;
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
