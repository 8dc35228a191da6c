package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed fonts, shared between documents. Parsing a TrueType font is a large part of a naive
 * render, so each face is read from the jar once and parsed once per concurrent render: a
 * {@link TrueTypeFont} reads its tables lazily from one buffer and is not safe for two threads
 * at once, so a render borrows a whole set and gives it back. The pool grows to the number of
 * renders that ever ran at once and no further. Thread-safe.
 *
 * <p>OpenType substitution (GSUB) is switched on only for the faces that need it to be legible
 * ({@link FontFace#shaped()}, the Indic scripts): Latin, Greek and Cyrillic need no shaping, and
 * with it on PDFBox puts ligature characters ("ﬁ") into the text layer, which breaks copy, search
 * and screen readers; it is also about a third of the render time. Noto Sans Gurmukhi's GSUB
 * table is relabelled as it is read so that PDFBox shapes it at all ({@link GurmukhiGsub}).
 */
final class FontPool {
    private final Map<FontFace, byte[]> data = new EnumMap<>(FontFace.class);
    private final ConcurrentLinkedQueue<Map<FontFace, TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();
    private final Map<FontFace, GlyphText> text = new ConcurrentHashMap<>();

    FontPool() {
        for (FontFace face : FontFace.values()) {
            byte[] bytes = face.bytes();
            data.put(face, face == FontFace.GURMUKHI ? GurmukhiGsub.patch(bytes) : bytes);
        }
        idle.add(parse());
    }

    /**
     * What the glyphs of a face stand for, where PDFBox's text layer gets it wrong; read from the
     * face's GSUB table the first time a document uses it.
     *
     * @param font the face as parsed in the set the caller borrowed
     */
    GlyphText text(FontFace face, TrueTypeFont font) {
        return text.computeIfAbsent(face, f -> {
            try {
                return GlyphText.of(font);
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font unreadable: " + f, e);
            }
        });
    }

    /** A set of parsed fonts for one render; give it back with {@link #release}. */
    Map<FontFace, TrueTypeFont> borrow() {
        Map<FontFace, TrueTypeFont> set = idle.poll();
        return set != null ? set : parse();
    }

    void release(Map<FontFace, TrueTypeFont> set) {
        idle.add(set);
    }

    private Map<FontFace, TrueTypeFont> parse() {
        Map<FontFace, TrueTypeFont> set = new EnumMap<>(FontFace.class);
        for (Map.Entry<FontFace, byte[]> e : data.entrySet()) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(e.getValue()));
                font.setEnableGsub(e.getKey().shaped());
                set.put(e.getKey(), font);
            } catch (IOException ex) {
                throw new UncheckedIOException("bundled font unparsable: " + e.getKey(), ex);
            }
        }
        return set;
    }
}
