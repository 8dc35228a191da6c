package org.smpdocs.internal.signing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * The fields an issued document asks its signers to fill, read from its XHTML: every blank
 * fill-in field, initials box and checkbox, in document order, with whose it is. A field's role
 * is the {@code data-role} of the field or of the nearest block around it (a signature block);
 * the signer's name is the printed name of that role's signature block ({@code td.signer-name}).
 * The document decides what is required: it has the fields of the signers present, and no
 * others. Immutable.
 */
public final class DocumentFields {
    private final List<FormField> fields;

    private DocumentFields(List<FormField> fields) {
        this.fields = List.copyOf(fields);
    }

    public static DocumentFields of(XhtmlDocument document) {
        Map<String, String> names = new HashMap<>();
        collectNames(document.root(), names);
        List<FormField> fields = new ArrayList<>();
        collectFields(document.root(), "", null, names, fields);
        return new DocumentFields(fields);
    }

    /** In document order; a name may occur more than once (one entry fills them all). */
    public List<FormField> all() {
        return fields;
    }

    /** The printed name of each role's first signature block. */
    private static void collectNames(Element e, Map<String, String> names) {
        if (e.hasClass("signature") && !attr(e, "data-role").isEmpty()) {
            names.putIfAbsent(attr(e, "data-role"), signerName(e));
        }
        for (Element child : e.elements()) {
            collectNames(child, names);
        }
    }

    private static String signerName(Element block) {
        if (block.hasClass("signer-name")) {
            return block.text().strip();
        }
        for (Element child : block.elements()) {
            String name = signerName(child);
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "";
    }

    private static void collectFields(Element e, String role, Element block, Map<String, String> names,
            List<FormField> into) {
        String here = attr(e, "data-role").isEmpty() ? role : attr(e, "data-role");
        Element within = e.hasClass("signature") ? e : block;
        String kind = kind(e);
        if (kind != null) {
            String signer = within != null ? signerName(within) : names.getOrDefault(here, "");
            into.add(new FormField(attr(e, "data-field"), kind, here, signer));
            return;
        }
        for (Node child : e.children()) {
            if (child instanceof Element c) {
                collectFields(c, here, within, names, into);
            }
        }
    }

    /** The field's kind, or null when the element is not a field to fill (or is filled already). */
    static String kind(Element e) {
        if (e.hasClass("initials")) {
            return "initials";
        }
        if (e.hasClass("checkbox")) {
            return "checkbox";
        }
        if (e.hasClass("field") && e.text().isBlank() && e.elements().isEmpty()) {
            return attr(e, "data-kind").isEmpty() ? "text" : attr(e, "data-kind");
        }
        return null;
    }

    static String attr(Element e, String name) {
        String value = e.attr(name);
        return value == null ? "" : value;
    }
}
