package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Hands openhtmltopdf a face that is only parsed, added to the document (and subset on save) when
 * the layout first asks for it: a consent set in regular and bold carries no italic font. One per
 * face per document; not thread-safe.
 */
final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final Supplier<TrueTypeFont> font;
    private PDFont loaded;

    /** @param font the face, parsed when the layout first asks for it */
    LazyFont(PDDocument document, Supplier<TrueTypeFont> font) {
        super(null);
        this.document = document;
        this.font = font;
    }

    @Override
    public PDFont supply() {
        if (loaded == null) {
            try {
                loaded = PDType0Font.load(document, font.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("font could not be embedded", e);
            }
        }
        return loaded;
    }

    /** The font, if the layout asked for it. */
    Optional<PDFont> loaded() {
        return Optional.ofNullable(loaded);
    }
}
