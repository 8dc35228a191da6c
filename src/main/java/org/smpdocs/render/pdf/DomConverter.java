package org.smpdocs.render.pdf;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.smpdocs.xhtml.Element;
import org.smpdocs.xhtml.Node;
import org.smpdocs.xhtml.Text;
import org.smpdocs.xhtml.XhtmlDocument;
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

    Document convert(XhtmlDocument xhtml) {
        Document dom = builder().newDocument();
        org.w3c.dom.Element root = copy(dom, xhtml.root());
        dom.appendChild(root);
        org.w3c.dom.Element head = (org.w3c.dom.Element) root.getElementsByTagNameNS(XHTML, "head").item(0);
        if (head == null) {
            head = dom.createElementNS(XHTML, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        org.w3c.dom.Element style = dom.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(stylesheet);
        head.appendChild(style);
        return dom;
    }

    private static org.w3c.dom.Element copy(Document dom, Element source) {
        org.w3c.dom.Element target = dom.createElementNS(XHTML, source.name());
        source.attributes().forEach(target::setAttribute);
        for (Node child : source.children()) {
            if (child instanceof Element e) {
                target.appendChild(copy(dom, e));
            } else if (child instanceof Text t) {
                target.appendChild(dom.createTextNode(t.text()));
            }
        }
        return target;
    }

    private DocumentBuilder builder() {
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }
}
