package org.smpdocs.internal.render.docx;

/**
 * Character formatting in force while writing inline content; {@code unbroken} text (a date, as
 * the stylesheet's {@code .date { white-space: nowrap }}) keeps its words on one line.
 */
record Format(boolean bold, boolean italic, boolean underline, boolean unbroken) {
    static final Format PLAIN = new Format(false, false, false, false);

    Format withBold() {
        return new Format(true, italic, underline, unbroken);
    }

    Format withItalic() {
        return new Format(bold, true, underline, unbroken);
    }

    Format withUnderline() {
        return new Format(bold, italic, true, unbroken);
    }

    Format withUnbroken() {
        return new Format(bold, italic, underline, true);
    }
}
