package org.smpdocs;

/** Page sizes the documents are laid out on, in millimetres. */
public enum PaperSize {
    A4(210f, 297f),
    LETTER(215.9f, 279.4f);

    private final float widthMm;
    private final float heightMm;

    PaperSize(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }
}
