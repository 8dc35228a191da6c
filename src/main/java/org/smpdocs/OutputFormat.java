package org.smpdocs;

/** The file formats a document is rendered to. */
public enum OutputFormat {
    PDF("pdf"),
    DOCX("docx");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
