package org.smpdocs.internal.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the PDF renderer's bundled fonts can print. The layout prints a character
 * that no bundled font has as "#", so input validation asks this first and reports the field
 * instead. Covered are Latin (every European accent), Greek, Cyrillic, Arabic, Hebrew,
 * Devanagari, Bengali, Gurmukhi, the CJK Unified Ideographs (not the rarer extensions), kana
 * and Hangul; not covered are, for example, Linear B, Egyptian hieroglyphs, emoji and the
 * private use areas. An Arabic letter counts as covered only when every joined form the layout
 * shapes it into (initial, medial, final, isolated) is in the font too.
 *
 * <p>Internal: not part of the library's API. Computed once, on first use, from the cmaps of the
 * bundled fonts: Noto Sans's regular face first, the others only when a code point is not in it
 * (a Latin, Greek or Cyrillic text reads one font file); thread-safe.
 *
 * <pre>{@code
 * FontCoverage.firstUncovered("Ana \uD800\uDC00")   // OptionalInt[65536], U+10000 (Linear B)
 * }</pre>
 */
public final class FontCoverage {
    /** What the layout folds into spaces rather than printing: no glyph needed. */
    private static final String COLLAPSED = "\t\n\r";

    private FontCoverage() {
    }

    /** Whether the bundled fonts can print this code point. */
    public static boolean covers(int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            return false;
        }
        if (COLLAPSED.indexOf(codePoint) >= 0
                || Latin.MAPPED.get(codePoint) && printable(codePoint) && !isArabic(codePoint)) {
            // without reading the other fonts: Latin, Greek and Cyrillic text needs none of them
            return true;
        }
        return coveredReadingEveryFace(codePoint);
    }

    /** {@link #covers} without its shortcut: from the cmaps of every bundled face. */
    static boolean coveredReadingEveryFace(int codePoint) {
        return codePoint >= 0 && codePoint <= Character.MAX_CODE_POINT && Holder.COVERED.get(codePoint);
    }

    /** Whether a mapped code point prints: not private use, and not a control the layout keeps. */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return type != Character.PRIVATE_USE && (type != Character.CONTROL || COLLAPSED.indexOf(c) >= 0);
    }

    /** The first code point of {@code text} the bundled fonts cannot print, if there is one. */
    public static OptionalInt firstUncovered(CharSequence text) {
        return text.codePoints().filter(c -> !covers(c)).findFirst();
    }

    /**
     * The family the layout takes a code point from: the first, in fallback order, whose font has
     * it (for Noto Sans, its regular face); empty for white space and for what no font has.
     */
    static Optional<FontFace.Family> family(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return Optional.empty();
        }
        if (codePoint >= 0 && Latin.MAPPED.get(codePoint) && printable(codePoint)) {
            // without reading the other fonts: a Latin, Greek or Cyrillic document needs none of them
            return Optional.of(FontFace.Family.LATIN);
        }
        if (!covers(codePoint)) {
            return Optional.empty();
        }
        for (Map.Entry<FontFace.Family, BitSet> e : Holder.BY_FAMILY.entrySet()) {
            if (e.getValue().get(codePoint)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Noto Sans's regular face alone, read on first use. */
    private static final class Latin {
        static final BitSet MAPPED = mapped(FontFace.REGULAR);
    }

    /** Reads the fonts on first use only: the class loads with nothing to read. */
    private static final class Holder {
        static final Map<FontFace.Family, BitSet> BY_FAMILY = byFamily();
        static final BitSet COVERED = read(BY_FAMILY);
    }

    /** The code points each family's font maps (for Noto Sans, its regular face), in fallback order. */
    private static Map<FontFace.Family, BitSet> byFamily() {
        Map<FontFace.Family, BitSet> byFamily = new EnumMap<>(FontFace.Family.class);
        for (FontFace face : FontFace.values()) {
            if (face == FontFace.REGULAR) {
                byFamily.put(face.family(), Latin.MAPPED);
            } else if (face.family() != FontFace.Family.LATIN) {
                byFamily.put(face.family(), mapped(face));
            }
        }
        return byFamily;
    }

    private static BitSet read(Map<FontFace.Family, BitSet> byFamily) {
        BitSet mapped = new BitSet(Character.MAX_CODE_POINT + 1);
        byFamily.values().forEach(mapped::or);
        for (FontFace face : FontFace.values()) {
            if (face.family() == FontFace.Family.LATIN && face != FontFace.REGULAR) {
                addCmap(face, mapped);
            }
        }
        COLLAPSED.chars().forEach(mapped::set);
        BitSet covered = (BitSet) mapped.clone();
        for (int c = mapped.nextSetBit(0); c >= 0; c = mapped.nextSetBit(c + 1)) {
            if (!printable(c)) {
                covered.clear(c);
            } else if (isArabic(c) && !allFormsMapped(c, mapped)) {
                covered.clear(c);
            }
        }
        return covered;
    }

    private static BitSet mapped(FontFace face) {
        BitSet mapped = new BitSet();
        addCmap(face, mapped);
        return mapped;
    }

    private static void addCmap(FontFace face, BitSet mapped) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(mapped::set);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + face.resource(), e);
        }
    }

    private static boolean isArabic(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && c < 0xFB50;
    }

    /**
     * Whether the forms the layout's Arabic shaping (ICU, as openhtmltopdf-rtl-support calls it)
     * turns a letter into are all in a font: alone, and joined to a tatweel on either side.
     */
    private static boolean allFormsMapped(int c, BitSet mapped) {
        String letter = Character.toString(c);
        ArabicShaping shaping = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
        try {
            for (String context : List.of(letter, "\u0640" + letter, letter + "\u0640", "\u0640" + letter + "\u0640")) {
                if (shaping.shape(context).codePoints().anyMatch(form -> !mapped.get(form))) {
                    return false;
                }
            }
            return true;
        } catch (ArabicShapingException e) {
            return false;
        }
    }
}
