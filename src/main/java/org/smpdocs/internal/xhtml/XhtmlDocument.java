package org.smpdocs.internal.xhtml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document in the vocabulary, as a template wrote it: the contract every renderer reads.
 * Immutable and thread-safe; build it with {@link XhtmlParser}.
 */
public final class XhtmlDocument {
    private final String source;
    private final String markup;
    private final Element root;

    XhtmlDocument(String source, String markup, Element root) {
        this.source = source;
        this.markup = markup;
        this.root = root;
    }

    /**
     * This document with {@code <meta>} entries set in its head (replacing any of the same name):
     * how the engine stamps provenance that a template cannot leave out.
     */
    public XhtmlDocument withMetadata(Map<String, String> entries) {
        Element head = root.find("head").orElseThrow();
        List<Node> children = new ArrayList<>();
        for (Node n : head.children()) {
            if (!(n instanceof Element e && e.name().equals("meta") && entries.containsKey(e.attr("name")))) {
                children.add(n);
            }
        }
        entries.forEach((name, content) -> children.add(new Element("meta", Map.of("name", name, "content", content),
                List.of(), head.line())));
        Element newHead = new Element("head", head.attributes(), children, head.line());
        List<Node> top = root.children().stream().map(n -> n == head ? (Node) newHead : n).toList();
        return new XhtmlDocument(source, markup, new Element(root.name(), root.attributes(), top, root.line()));
    }

    /**
     * This document with the bodies of {@code parts} appended, each as a {@code <section>} with the
     * given id that starts on a new page: how a packet is made of whole documents.
     */
    public XhtmlDocument withParts(Map<String, XhtmlDocument> parts) {
        Element body = body();
        List<Node> children = new ArrayList<>(body.children());
        boolean first = body.elements().isEmpty();
        StringBuilder markup = new StringBuilder(this.markup);
        for (Map.Entry<String, XhtmlDocument> part : parts.entrySet()) {
            if (!first) {
                children.add(new Element("div", Map.of("class", "page-break"), List.of(), body.line()));
            }
            first = false;
            Element partBody = part.getValue().body();
            children.add(new Element("section", Map.of("id", part.getKey(), "class", "packet-part"),
                    partBody.children(), partBody.line()));
            markup.append('\n').append(part.getValue().markup());
        }
        Element newBody = new Element("body", body.attributes(), children, body.line());
        List<Node> top = root.children().stream().map(n -> n == body ? (Node) newBody : n).toList();
        return new XhtmlDocument(source, markup.toString(), new Element(root.name(), root.attributes(), top, root.line()));
    }

    /**
     * This document with another root element (as code rewrote it, for example with its fields
     * filled in); the markup and source stay the template's.
     */
    public XhtmlDocument withRoot(Element newRoot) {
        return new XhtmlDocument(source, markup, newRoot);
    }

    /** The XHTML exactly as the template wrote it. */
    public String markup() {
        return markup;
    }

    /** The template that produced it, for messages. */
    public String source() {
        return source;
    }

    public Element root() {
        return root;
    }

    public Element body() {
        return root.find("body").orElseThrow();
    }

    /** The document's language ({@code <html lang>}), "en" when not given. */
    public String language() {
        String lang = root.attr("lang");
        return lang == null || lang.isBlank() ? "en" : lang;
    }

    /** The {@code <title>} text, trimmed; empty when there is none. */
    public String title() {
        return root.find("head").flatMap(h -> h.find("title")).map(t -> t.text().strip()).orElse("");
    }

    /** Every {@code <meta name content>} of the head, in document order. */
    public Map<String, String> metadata() {
        Map<String, String> all = new LinkedHashMap<>();
        root.find("head").stream().flatMap(h -> h.elements().stream())
                .filter(e -> e.name().equals("meta") && e.attr("name") != null && e.attr("content") != null)
                .forEach(e -> all.putIfAbsent(e.attr("name"), e.attr("content")));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Where the document comes from: the {@code <meta name="smpdocs.*">} entries (kind, case,
     * patient id, session, content version, clinic), which every format carries in its metadata.
     */
    public Map<String, String> provenance() {
        Map<String, String> provenance = new LinkedHashMap<>();
        metadata().forEach((name, value) -> {
            if (name.startsWith("smpdocs.")) {
                provenance.put(name, value);
            }
        });
        return Collections.unmodifiableMap(provenance);
    }

    /** The content of {@code <meta name="...">} in the head. */
    public Optional<String> meta(String name) {
        return root.find("head").stream().flatMap(h -> h.elements().stream())
                .filter(e -> e.name().equals("meta") && name.equals(e.attr("name")))
                .map(e -> e.attr("content")).findFirst();
    }
}
