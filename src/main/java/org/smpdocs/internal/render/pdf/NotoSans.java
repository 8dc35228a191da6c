package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The four bundled faces of Noto Sans (Latin with every European accent, Greek, Cyrillic), for a
 * renderer other than the PDF's: the Word renderer embeds them, so that a document prints in
 * the same typeface as its PDF on any machine. The bytes are read where every bundled font is
 * read ({@link FontFace}).
 *
 * <p>Internal: not part of the library's API. Thread-safe; every call reads the font anew, so
 * a caller that needs the bytes often keeps them.
 */
public enum NotoSans {
    REGULAR(FontFace.REGULAR),
    BOLD(FontFace.BOLD),
    ITALIC(FontFace.ITALIC),
    BOLD_ITALIC(FontFace.BOLD_ITALIC);

    /** The family name, as the fonts name themselves and as the print stylesheet names them. */
    public static final String FAMILY = FontFace.Family.LATIN.css();

    private final FontFace face;

    NotoSans(FontFace face) {
        this.face = face;
    }

    /** The TrueType file of this face. */
    public byte[] bytes() {
        return face.bytes();
    }

    public boolean bold() {
        return face.weight() >= 700;
    }

    public boolean italic() {
        return face.style() == FontStyle.ITALIC;
    }
}
