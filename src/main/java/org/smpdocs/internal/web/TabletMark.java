package org.smpdocs.internal.web;

import java.util.Objects;

/**
 * What a signer put in one signature or initials pad on the tablet, as the server accepted it:
 * the drawn PNG (as the pad sent it, a data URL, with the pad's strokes so a reload can show them
 * and undo them), or initials typed and adopted. Immutable.
 *
 * @param pngDataUrl the drawing, {@code data:image/png;base64,...}; null for typed initials
 * @param png the drawing's bytes; null for typed initials
 * @param strokes the pad's strokes (signature_pad's {@code toData()} as JSON), or empty
 * @param typed the typed initials; null for a drawing
 */
record TabletMark(String pngDataUrl, byte[] png, String strokes, String typed) {
    TabletMark {
        if ((png == null) == (typed == null)) {
            throw new IllegalArgumentException("a mark is a drawing or typed initials");
        }
        png = png == null ? null : png.clone();
        strokes = Objects.requireNonNullElse(strokes, "");
    }

    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    boolean drawn() {
        return png != null;
    }
}
