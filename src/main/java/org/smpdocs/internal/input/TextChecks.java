package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.smpdocs.Problem;

/**
 * Checks every text value and list of a document before it is bound, so that what cannot be
 * printed or stored is a problem at its field and not a failure later, in the middle of a
 * batch: control characters (and the bidirectional overrides that reorder a name on the page),
 * lone surrogates, Unicode non-characters, characters no bundled font can draw, text made only of
 * invisible characters (a zero-width space, a lone accent), text longer
 * than {@link Limits#TEXT_CHARS} and lists longer than {@link Limits#LIST_ITEMS}. One problem per
 * field, naming the character's position, never the character or the text. Also used for the
 * text a signing brings (typed initials, the witness, the device). Thread-safe.
 */
public final class TextChecks {
    private final IntPredicate printable;

    /** @param printable whether the documents can print a code point */
    public TextChecks(IntPredicate printable) {
        this.printable = printable;
    }

    void check(JsonNode tree, List<Problem> problems) {
        walk(tree, "", problems);
    }

    private void walk(JsonNode node, String path, List<Problem> problems) {
        if (node.isTextual()) {
            Problem p = text(node.textValue(), path);
            if (p != null) {
                problems.add(p);
            }
        } else if (node.isArray()) {
            if (node.size() > Limits.LIST_ITEMS) {
                problems.add(new Problem(path, "list-length", "at most " + Limits.LIST_ITEMS + " items"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), JsonPaths.child(path, field.getKey()), problems);
            }
        }
    }

    /** The problem with one text value at {@code path}, or null when it can be printed and stored. */
    public Problem text(String text, String path) {
        if (text.length() > Limits.TEXT_CHARS) {
            return new Problem(path, "text-length", "text of at most " + Limits.TEXT_CHARS + " characters");
        }
        if (!text.isBlank() && text.codePoints().noneMatch(TextChecks::visible)) {
            return new Problem(path, "invisible-text", "text with at least one visible character");
        }
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            position++;
            if (Character.isSurrogate((char) cp) && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT || nonCharacter(cp)) {
                return new Problem(path, "invalid-character",
                        "text of valid Unicode characters (not at character " + position + ")");
            }
            if (Character.getType(cp) == Character.CONTROL || bidiOverride(cp)) {
                return new Problem(path, "control-character",
                        "text without control characters (one at character " + position + ")");
            }
            if (!printable.test(cp)) {
                return new Problem(path, "unprintable-character",
                        "characters the documents' fonts can print (not the one at character " + position + ")");
            }
        }
        return null;
    }

    /**
     * Whether a code point shows on its own: not a space, not a format character (such as the
     * zero-width space), not a mark that only modifies the character before it, and not one of
     * the Hangul fillers that print as nothing. A name made only of such characters prints as a
     * blank although it is not empty.
     */
    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.CONTROL && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0;
    }

    /** U+FDD0 to U+FDEF and the last two code points of every plane: never text. */
    private static boolean nonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * The embeddings, overrides and isolates that reorder the text after them (U+202A to U+202E,
     * U+2066 to U+2069): a name holding one prints other than it reads. The marks that only
     * settle the direction of neutral characters (LRM, RLM, ALM) stay allowed, as do the joiners
     * that Indic and Persian spelling needs.
     */
    private static boolean bidiOverride(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }
}
