package org.smpdocs.internal.signing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpdocs.Signing;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.Text;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * An issued document with its fields filled in as page content: a mark's image (or typed
 * initials) in its box, the signing date in each date field, each ticked box filled in ink (the
 * bundled fonts have no tick mark; the evidence page says "ticked" in words) and nothing in a box
 * deliberately left unticked. Each filled element gets the class
 * {@code filled} (and {@code ticked} or {@code typed}): the renderers then print it and put no form
 * field over it. Everything else is the issued document unchanged. Images are named
 * {@code mark-<field>}; their alternative text names the signer.
 */
public final class FilledDocument {
    /** The filled document and the images it names. */
    public record Filled(XhtmlDocument document, Map<String, byte[]> images) {
    }

    private final Signing signing;
    private final Map<String, byte[]> prepared;
    private final String date;
    private final Map<String, FormField> byName = new LinkedHashMap<>();
    private final Map<String, byte[]> used = new LinkedHashMap<>();

    private FilledDocument(DocumentFields fields, Signing signing, Map<String, byte[]> prepared, String date) {
        this.signing = signing;
        this.prepared = prepared;
        this.date = date;
        fields.all().forEach(f -> byName.putIfAbsent(f.name(), f));
    }

    /**
     * @param prepared each image entry's mark made ready ({@link SignatureImage}), by field name
     * @param date the signing date as the document prints dates
     */
    public static Filled of(XhtmlDocument issued, DocumentFields fields, Signing signing, Map<String, byte[]> prepared,
            String date) {
        FilledDocument f = new FilledDocument(fields, signing, prepared, date);
        Element root = f.copy(issued.root());
        return new Filled(issued.withRoot(root), Map.copyOf(f.used));
    }

    static String imageName(String field) {
        return "mark-" + field;
    }

    private Element copy(Element e) {
        if (DocumentFields.kind(e) != null && byName.containsKey(DocumentFields.attr(e, "data-field"))) {
            return fill(e, byName.get(DocumentFields.attr(e, "data-field")));
        }
        List<Node> children = new ArrayList<>(e.children().size());
        for (Node n : e.children()) {
            children.add(n instanceof Element c ? copy(c) : n);
        }
        return new Element(e.name(), e.attributes(), children, e.line());
    }

    private Element fill(Element e, FormField field) {
        Signing.Entry entry = signing.fields().get(field.name());
        String classes = DocumentFields.attr(e, "class") + " filled";
        List<Node> content = new ArrayList<>();
        switch (field.kind()) {
            case "date" -> content.add(new Text(date));
            case "checkbox" -> {
                if (Boolean.TRUE.equals(entry.ticked())) {
                    classes += " ticked";
                }
            }
            case "signature", "initials" -> {
                if (entry.hasImage()) {
                    String name = imageName(field.name());
                    used.put(name, prepared.get(field.name()));
                    content.add(new Element("img", Map.of("src", name, "alt", alt(field)), List.of(), e.line()));
                } else {
                    classes += " typed";
                    content.add(new Text(entry.typed().strip()));
                }
            }
            default -> content.add(new Text(entry.typed().strip()));
        }
        Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.put("class", classes.strip());
        return new Element(e.name(), attributes, content, e.line());
    }

    private static String alt(FormField field) {
        String who = field.signer().isEmpty() ? "the " + (field.role().isEmpty() ? "signer" : field.role()) : field.signer();
        return (field.kind().equals("signature") ? "Signature of " : "Initials of ") + who;
    }
}
