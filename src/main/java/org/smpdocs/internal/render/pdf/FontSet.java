package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One render's parsed fonts, each face parsed the first time a document asks for it: a consent
 * in Latin script never parses the Arabic, Indic or CJK faces. Borrowed from a {@link FontPool}
 * and used by one render at a time; not thread-safe.
 */
final class FontSet {
    private final Function<FontFace, byte[]> data;
    private final Map<FontFace, TrueTypeFont> parsed = new EnumMap<>(FontFace.class);

    /** @param data a face's font file (thread-safe: sets in other renders read it too) */
    FontSet(Function<FontFace, byte[]> data) {
        this.data = data;
    }

    /** The face, parsed on first use (OpenType substitution on only for {@link FontFace#shaped()} faces). */
    TrueTypeFont get(FontFace face) {
        return parsed.computeIfAbsent(face, f -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data.apply(f)));
                font.setEnableGsub(f.shaped());
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font unparsable: " + f, e);
            }
        });
    }
}
