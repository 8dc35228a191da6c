package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Hands openhtmltopdf a face that is only added to the document (and subset on save) when the
 * layout first asks for it: a consent set in regular and bold carries no italic font. One per
 * face per document; not thread-safe.
 */
final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final TrueTypeFont font;
    private PDFont loaded;

    LazyFont(PDDocument document, TrueTypeFont font) {
        super(null);
        this.document = document;
        this.font = font;
    }

    @Override
    public PDFont supply() {
        if (loaded == null) {
            try {
                loaded = PDType0Font.load(document, font, true);
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
