package org.smpdocs.render.docx;

/** Character formatting in force while writing inline content. */
record Format(boolean bold, boolean italic, boolean underline) {
    static final Format PLAIN = new Format(false, false, false);

    Format withBold() {
        return new Format(true, italic, underline);
    }

    Format withItalic() {
        return new Format(bold, true, underline);
    }

    Format withUnderline() {
        return new Format(bold, italic, true);
    }
}
