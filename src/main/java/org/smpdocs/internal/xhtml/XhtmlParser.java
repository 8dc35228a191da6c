package org.smpdocs.internal.xhtml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a template's output into an {@link XhtmlDocument}, checking it against the
 * {@link Vocabulary}. Anything outside it is a template error naming the template, the line of
 * the generated document and the element. No DTDs, no external entities, and limits that keep
 * the renderers' work bounded: elements nest at most {@value #MAX_DEPTH} deep and a document
 * has at most {@value #MAX_ELEMENTS} elements. Thread-safe.
 */
public final class XhtmlParser {
    /** How deep elements may nest; the built-in templates nest about 10 deep. */
    public static final int MAX_DEPTH = 64;
    /** How many elements one template's document may have; a built-in document has about a thousand. */
    public static final int MAX_ELEMENTS = 50_000;

    private final SAXParserFactory factory;

    public XhtmlParser() {
        factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be secured", e);
        }
    }

    /** @param source the template name, for messages */
    public XhtmlDocument parse(String markup, String source) {
        Builder builder = new Builder(source);
        try {
            factory.newSAXParser().parse(new InputSource(new StringReader(markup)), builder);
        } catch (SAXParseException e) {
            throw templateError(source, e.getLineNumber(), "not well-formed XHTML: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + source + ": output unreadable", e);
        }
        Element root = builder.root;
        if (root == null || !root.name().equals("html") || root.find("body").isEmpty()) {
            throw templateError(source, 1, "the document must be <html> with a <body>");
        }
        return new XhtmlDocument(source, markup, root);
    }

    static SmpDocsException templateError(String source, int line, String what) {
        return new SmpDocsException(ErrorCode.TEMPLATE,
                "template " + source + " (generated document line " + line + "): " + what);
    }

    private static final class Builder extends DefaultHandler {
        private final String source;
        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;
        private int elements;

        Builder(String source) {
            this.source = source;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            int line = locator == null ? 0 : locator.getLineNumber();
            if (!Vocabulary.knows(localName)) {
                throw templateError(source, line, "element <" + localName + "> is not in the document vocabulary");
            }
            if (open.size() >= MAX_DEPTH) {
                throw templateError(source, line, "elements are nested more than " + MAX_DEPTH + " deep");
            }
            if (++elements > MAX_ELEMENTS) {
                throw templateError(source, line, "the document has more than " + MAX_ELEMENTS + " elements");
            }
            Map<String, String> attrs = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                if (!Vocabulary.allows(localName, name)) {
                    throw templateError(source, line, Vocabulary.refusal(localName, name));
                }
                attrs.put(name, atts.getValue(i));
            }
            String misuse = Vocabulary.misuse(localName, attrs);
            if (misuse != null) {
                throw templateError(source, line, "<" + localName + ">: " + misuse);
            }
            open.push(new Open(localName, attrs, line));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().children.add(new Text(new String(ch, start, length)));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open o = open.pop();
            Element e = new Element(o.name, o.attrs, merged(o.children), o.line);
            String misuse = Vocabulary.misuse(e);
            if (misuse != null) {
                throw templateError(source, o.line, "<" + o.name + ">: " + misuse);
            }
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().children.add(e);
            }
        }

        /** Joins adjacent text runs, which SAX may deliver in pieces. */
        private static List<Node> merged(List<Node> nodes) {
            List<Node> out = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                if (n instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
                    out.set(out.size() - 1, new Text(prev.text() + t.text()));
                } else {
                    out.add(n);
                }
            }
            return out;
        }
    }

    private record Open(String name, Map<String, String> attrs, int line, List<Node> children) {
        Open(String name, Map<String, String> attrs, int line) {
            this(name, attrs, line, new ArrayList<>());
        }
    }
}
