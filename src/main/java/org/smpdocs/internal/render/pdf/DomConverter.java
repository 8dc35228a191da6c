package org.smpdocs.internal.render.pdf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.w3c.dom.Document;

/**
 * Copies an {@link XhtmlDocument} into a fresh W3C DOM for openhtmltopdf, with the print
 * stylesheet as a {@code <style>} in the head. Thread-safe.
 */
final class DomConverter {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final DocumentBuilderFactory factory;
    private final String stylesheet;

    DomConverter(String stylesheet) {
        this.stylesheet = stylesheet;
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
    }

    /**
     * A fill-in field, initials box or checkbox of the document: its form-field name and kind
     * ("signature", "date", "text", "initials" or "checkbox").
     */
    record Field(String name, String kind) {
    }

    /** The DOM for openhtmltopdf, and the fields whose boxes carry the ids {@link #FIELD_ID} + index. */
    record Converted(Document dom, List<Field> fields) {
    }

    /** The prefix of the ids given to the boxes of fields, to find them after layout. */
    static final String FIELD_ID = "smpdocs-field-";

    Converted convert(XhtmlDocument xhtml) {
        Document dom = builder().newDocument();
        List<Field> fields = new ArrayList<>();
        org.w3c.dom.Element root = copy(dom, xhtml.root(), fields);
        dom.appendChild(root);
        org.w3c.dom.Element head = (org.w3c.dom.Element) root.getElementsByTagNameNS(XHTML, "head").item(0);
        if (head == null) {
            head = dom.createElementNS(XHTML, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        bookmarks(dom, head, xhtml);
        org.w3c.dom.Element style = dom.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(stylesheet);
        head.appendChild(style);
        return new Converted(dom, List.copyOf(fields));
    }

    /** Adds a style sheet after the ones a converted document has, so that its rules win a tie. */
    static void addStyle(Document dom, String css) {
        org.w3c.dom.Element head = (org.w3c.dom.Element) dom.getElementsByTagNameNS(XHTML, "head").item(0);
        org.w3c.dom.Element style = dom.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        head.appendChild(style);
    }

    /**
     * An outline entry for every section with an id that starts with a level-one heading: the
     * parts of a packet. openhtmltopdf reads them from {@code <bookmarks>} in the head.
     */
    private static void bookmarks(Document dom, org.w3c.dom.Element head, XhtmlDocument xhtml) {
        org.w3c.dom.Element bookmarks = dom.createElementNS(XHTML, "bookmarks");
        for (Element section : xhtml.body().elements()) {
            String id = section.attr("id");
            var title = section.elements().stream().filter(e -> e.name().equals("h1")).findFirst();
            if (section.name().equals("section") && id != null && title.isPresent()) {
                org.w3c.dom.Element mark = dom.createElementNS(XHTML, "bookmark");
                mark.setAttribute("name", title.get().text().strip());
                mark.setAttribute("href", "#" + id);
                bookmarks.appendChild(mark);
            }
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static org.w3c.dom.Element copy(Document dom, Element source, List<Field> fields) {
        org.w3c.dom.Element target = dom.createElementNS(XHTML, source.name());
        source.attributes().forEach(target::setAttribute);
        if (fillable(source)) {
            target.setAttribute("id", FIELD_ID + fields.size());
            fields.add(new Field(source.attr("data-field"), kind(source)));
        }
        for (Node child : source.children()) {
            if (child instanceof Element e) {
                target.appendChild(copy(dom, e, fields));
            } else if (child instanceof Text t) {
                target.appendChild(dom.createTextNode(t.text()));
            }
        }
        return target;
    }

    /**
     * Whether the element becomes a form field: an initials box, a checkbox, or a fill-in field
     * left blank. A field the template filled in is printed as its text, with no form field over
     * it: a field over printed text could not be filled in legibly. A field a signing filled in
     * (class {@code filled}: its mark, date or tick is page content) is no form field either.
     */
    private static boolean fillable(Element e) {
        return !e.hasClass("filled")
                && (e.hasClass("initials") || e.hasClass("checkbox") || e.hasClass("field") && e.text().isBlank());
    }

    private static String kind(Element e) {
        if (e.hasClass("initials") || e.hasClass("checkbox")) {
            return e.hasClass("initials") ? "initials" : "checkbox";
        }
        return e.attr("data-kind") == null ? "text" : e.attr("data-kind");
    }

    private DocumentBuilder builder() {
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }
}
