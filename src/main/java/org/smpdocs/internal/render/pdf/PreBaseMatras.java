package org.smpdocs.internal.render.pdf;

import org.w3c.dom.Node;

/**
 * Puts the Gurmukhi vowel sign i (ਿ, sihari, U+0A3F) where it is drawn: it is typed after its
 * consonant but printed before it, and PDFBox has no Gurmukhi shaper to move it. So the text the
 * layout sets has it moved in front of its consonant cluster: a consonant (with nukta, if any)
 * and the letters subjoined to it after a virama (ਰ, ਹ, ਵ and ਯ, which the font draws below or
 * after the consonant: {@link GurmukhiGsub}). "ਸਿੰਘ" is set as "ਿਸੰਘ", "ਪ੍ਰਿ" as "ਿਪ੍ਰ". A
 * sihari with no consonant before it stays where it is.
 *
 * <p>The text layer keeps the typed order: each text node the layout sets differently remembers
 * what was typed ({@link #typed}), and {@link ActualTextSpans} gives the words it shows that text.
 * Stateless.
 */
final class PreBaseMatras {
    private static final char SIHARI = '\u0A3F';
    private static final char NUKTA = '\u0A3C';
    private static final char VIRAMA = '\u0A4D';
    /** The user-data key under which a text node keeps its typed text. */
    private static final String TYPED = PreBaseMatras.class.getName() + ".typed";

    private PreBaseMatras() {
    }

    /** The text in the order it is drawn; text without a sihari is returned as it is. */
    static String visual(String typed) {
        if (typed.indexOf(SIHARI) < 0) {
            return typed;
        }
        StringBuilder text = new StringBuilder(typed);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == SIHARI) {
                int start = clusterStart(text, i);
                if (start < i) {
                    text.deleteCharAt(i).insert(start, SIHARI);
                }
            }
        }
        return text.toString();
    }

    /**
     * Sets every text node under {@code root} in the order it is drawn; a node that changes keeps
     * its typed text for {@link #typed}.
     */
    static void reorder(Node root) {
        if (root.getNodeType() == Node.TEXT_NODE || root.getNodeType() == Node.CDATA_SECTION_NODE) {
            String typed = root.getNodeValue();
            String visual = visual(typed);
            if (!visual.equals(typed)) {
                root.setUserData(TYPED, typed, null);
                root.setNodeValue(visual);
            }
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            reorder(child);
        }
    }

    /** The text as typed of a text node {@link #reorder} may have changed. */
    static String typed(Node text) {
        Object typed = text.getUserData(TYPED);
        return typed instanceof String s ? s : text.getNodeValue();
    }

    /**
     * Where the consonant cluster ending just before {@code end} starts: {@code end} if there is
     * none.
     */
    private static int clusterStart(CharSequence text, int end) {
        int start = consonantStart(text, end);
        while (start < end && start >= 2 && isSubjoined(text.charAt(start)) && text.charAt(start - 1) == VIRAMA) {
            int before = consonantStart(text, start - 1);
            if (before == start - 1) {
                break;
            }
            start = before;
        }
        return start;
    }

    /** Where a consonant (with its nukta) ending just before {@code end} starts; {@code end} if none. */
    private static int consonantStart(CharSequence text, int end) {
        int at = end;
        if (at > 0 && text.charAt(at - 1) == NUKTA) {
            at--;
        }
        return at > 0 && isConsonant(text.charAt(at - 1)) ? at - 1 : end;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0A15' && c <= '\u0A39' || c >= '\u0A59' && c <= '\u0A5C' || c == '\u0A5E';
    }

    /** The letters the font draws below or after the consonant before them when a virama joins them. */
    private static boolean isSubjoined(char c) {
        return c == '\u0A30' || c == '\u0A39' || c == '\u0A35' || c == '\u0A2F';
    }
}
