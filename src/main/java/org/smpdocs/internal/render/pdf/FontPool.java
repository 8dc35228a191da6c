package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Parsed fonts, shared between documents. Parsing a TrueType font is a large part of a naive
 * render, so each face is read from the jar once, when a document first needs it, and parsed
 * once per concurrent render: a {@link TrueTypeFont} reads its tables lazily from one buffer and
 * is not safe for two threads at once, so a render borrows a whole {@link FontSet} and gives it
 * back. The pool grows to the number of renders that ever ran at once and no further. Nothing is
 * read before the first render asks: a command that renders one Latin-script consent reads only
 * the faces it sets. Thread-safe.
 *
 * <p>OpenType substitution (GSUB) is switched on only for the faces that need it to be legible
 * ({@link FontFace#shaped()}, the Indic scripts): Latin, Greek and Cyrillic need no shaping, and
 * with it on PDFBox puts ligature characters ("ﬁ") into the text layer, which breaks copy, search
 * and screen readers; it is also about a third of the render time. Noto Sans Gurmukhi's GSUB
 * table is relabelled as it is read so that PDFBox shapes it at all ({@link GurmukhiGsub}).
 */
final class FontPool {
    private final Map<FontFace, byte[]> data = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<FontSet> idle = new ConcurrentLinkedQueue<>();
    private final Map<FontFace, GlyphText> text = new ConcurrentHashMap<>();

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
    FontSet borrow() {
        FontSet set = idle.poll();
        return set != null ? set : new FontSet(this::bytes);
    }

    void release(FontSet set) {
        idle.add(set);
    }

    private byte[] bytes(FontFace face) {
        return data.computeIfAbsent(face, f -> f == FontFace.GURMUKHI ? GurmukhiGsub.patch(f.bytes()) : f.bytes());
    }
}
