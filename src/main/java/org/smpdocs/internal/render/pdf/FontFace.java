package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The bundled faces. Noto Sans covers Latin with every European accent, Greek and Cyrillic in
 * four faces; the other scripts a patient's name may be written in have a regular face each,
 * which bold and italic text falls back to: Noto Sans Arabic, Hebrew, Devanagari, Bengali and
 * Gurmukhi, and Droid Sans Fallback for Chinese, Japanese and Korean. The layout tries the
 * families a document needs ({@link FallbackFamilies}) in declaration order for each character.
 *
 * <p>Only the Indic faces are shaped with the font's OpenType substitutions (GSUB): their
 * conjuncts, subjoined letters and vowel signs need it. PDFBox has a shaper for Devanagari and
 * Bengali; Gurmukhi is shaped with the Devanagari one ({@link GurmukhiGsub}), its pre-base vowel
 * sign moved in the text first ({@link PreBaseMatras}). Latin, Greek and Cyrillic need no shaping
 * (and with it on PDFBox puts ligature characters into the text layer); Arabic is shaped before
 * it reaches the font (see {@link PdfRenderer}); Hebrew and CJK need none.
 */
enum FontFace {
    REGULAR("NotoSans-Regular.ttf", Family.LATIN, 400, FontStyle.NORMAL, false),
    BOLD("NotoSans-Bold.ttf", Family.LATIN, 700, FontStyle.NORMAL, false),
    ITALIC("NotoSans-Italic.ttf", Family.LATIN, 400, FontStyle.ITALIC, false),
    BOLD_ITALIC("NotoSans-BoldItalic.ttf", Family.LATIN, 700, FontStyle.ITALIC, false),
    ARABIC("NotoSansArabic-Regular.ttf", Family.ARABIC, 400, FontStyle.NORMAL, false),
    HEBREW("NotoSansHebrew-Regular.ttf", Family.HEBREW, 400, FontStyle.NORMAL, false),
    DEVANAGARI("NotoSansDevanagari-Regular.ttf", Family.DEVANAGARI, 400, FontStyle.NORMAL, true),
    BENGALI("NotoSansBengali-Regular.ttf", Family.BENGALI, 400, FontStyle.NORMAL, true),
    GURMUKHI("NotoSansGurmukhi-Regular.ttf", Family.GURMUKHI, 400, FontStyle.NORMAL, true),
    CJK("DroidSansFallback.ttf.gz", Family.CJK, 400, FontStyle.NORMAL, false);

    /** The CSS font-family names, in the order the layout falls back through them. */
    enum Family {
        LATIN("Noto Sans"),
        ARABIC("Noto Sans Arabic"),
        HEBREW("Noto Sans Hebrew"),
        DEVANAGARI("Noto Sans Devanagari"),
        BENGALI("Noto Sans Bengali"),
        GURMUKHI("Noto Sans Gurmukhi"),
        CJK("Droid Sans Fallback");

        private final String css;

        Family(String css) {
            this.css = css;
        }

        String css() {
            return css;
        }
    }

    private final String resource;
    private final Family family;
    private final int weight;
    private final FontStyle style;
    private final boolean shaped;

    FontFace(String resource, Family family, int weight, FontStyle style, boolean shaped) {
        this.resource = resource;
        this.family = family;
        this.weight = weight;
        this.style = style;
        this.shaped = shaped;
    }

    String resource() {
        return "fonts/" + resource;
    }

    /**
     * The font file's bytes, read from the jar. A face stored gzipped ({@code .ttf.gz}: the CJK
     * face, 3.4 MB as a plain file) is inflated here, so every reader gets the TrueType file.
     */
    byte[] bytes() {
        try (InputStream in = FontFace.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource());
            }
            return resource.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + resource(), e);
        }
    }

    Family family() {
        return family;
    }

    int weight() {
        return weight;
    }

    FontStyle style() {
        return style;
    }

    /** Whether PDFBox applies the font's OpenType substitutions (GSUB) when it sets text. */
    boolean shaped() {
        return shaped;
    }
}
