package org.smpdocs.internal.render.pdf;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The bundled font families one document needs: Noto Sans, and the family of each script in its
 * text that Noto Sans lacks; and whether the text runs right to left anywhere. Naming only these
 * in the document's font-family list keeps a Latin, Greek or Cyrillic document exactly as Noto
 * Sans alone lays it out, and as fast: openhtmltopdf sizes every line for the tallest font in the
 * list and loads every font it tries a character in. Immutable.
 */
record FallbackFamilies(Set<FontFace.Family> families, boolean rightToLeft) {
    FallbackFamilies {
        families = Set.copyOf(families);
    }

    /** Reads the text of a document to be laid out. */
    static FallbackFamilies of(Document dom) {
        Set<FontFace.Family> families = EnumSet.of(FontFace.Family.LATIN);
        boolean[] rightToLeft = {false};
        visit(dom.getDocumentElement(), text -> text.codePoints().forEach(c -> {
            FontCoverage.family(c).ifPresent(families::add);
            rightToLeft[0] |= isRightToLeft(c);
        }));
        return new FallbackFamilies(families, rightToLeft[0]);
    }

    /** Whether the document's faces include this one. */
    boolean uses(FontFace face) {
        return families.contains(face.family());
    }

    /** The style rule that sets every element in these families, Noto Sans first, then in fallback order. */
    String css() {
        String list = EnumSet.copyOf(families).stream().map(f -> "\"" + f.css() + "\"").collect(Collectors.joining(", "));
        return "* { font-family: " + list + " !important; }\n";
    }

    private static boolean isRightToLeft(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    private static void visit(Node node, java.util.function.Consumer<String> text) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            text.accept(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            visit(child, text);
        }
    }
}
