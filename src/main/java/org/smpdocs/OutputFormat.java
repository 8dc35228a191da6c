package org.smpdocs;

/**
 * The formats a document is rendered to: the documents themselves ({@link #PDF}, {@link #DOCX}) and
 * the two bodies of the e-mail that carries one to the patient ({@link #EMAIL_TEXT},
 * {@link #EMAIL_HTML}). Every format is written from the same XHTML, so they all say the same thing.
 */
public enum OutputFormat {
    /** The document for printing and the records: PDF/A-2a and PDF/UA-1, with form fields to sign. */
    PDF("pdf"),
    /** The document as a Word file the clinic can edit. */
    DOCX("docx"),
    /**
     * The plain-text body of an e-mail, UTF-8, lines ending in CRLF and not wrapped (mail programs
     * wrap them); the running header and footer are left out.
     */
    EMAIL_TEXT("txt"),
    /**
     * The HTML body of an e-mail, UTF-8: one column that reads at phone width, every style inline,
     * nothing fetched from outside. Its images are {@code cid:} references to the document's
     * {@linkplain RenderedDocument#inlineImages() inline images}, which go into the same message.
     */
    EMAIL_HTML("html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** Whether this is a document (PDF or DOCX), as printed, archived and exported, rather than an e-mail body. */
    public boolean isDocument() {
        return this == PDF || this == DOCX;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
