package org.smpdocs.internal.xhtml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the vocabulary: name (lower case, no namespace), attributes, children, and the
 * line of the generated document it starts on (for error messages). Immutable.
 */
public record Element(String name, Map<String, String> attributes, List<Node> children, int line) implements Node {

    public Element {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute's value, or null. */
    public String attr(String attribute) {
        return attributes.get(attribute);
    }

    public boolean hasClass(String cls) {
        String classes = attributes.get("class");
        return classes != null && Arrays.asList(classes.split("\\s+")).contains(cls);
    }

    @Override
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Node child : children) {
            b.append(child.text());
        }
        return b.toString();
    }

    /** The child elements, text dropped. */
    public List<Element> elements() {
        return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
    }

    /** The first descendant (depth first, this one included) with this name. */
    public Optional<Element> find(String elementName) {
        if (name.equals(elementName)) {
            return Optional.of(this);
        }
        for (Element child : elements()) {
            Optional<Element> found = child.find(elementName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
