package org.smpdocs;

/**
 * The stable code of each kind of failure, with the CLI exit code that reports it.
 * Codes are part of the public contract: scripts and the CLI rely on them.
 */
public enum ErrorCode {
    /** The input files are not valid: see the problems. */
    INVALID_INPUT("SMP-INPUT", 3),
    /** A template failed to load, to run, or emitted markup outside the document vocabulary. */
    TEMPLATE("SMP-TEMPLATE", 4),
    /** A renderer could not lay out or write a document. */
    RENDER("SMP-RENDER", 5),
    /** A finished document could not be written to its destination. */
    OUTPUT("SMP-OUTPUT", 5);

    private final String code;
    private final int exitCode;

    ErrorCode(String code, int exitCode) {
        this.code = code;
        this.exitCode = exitCode;
    }

    public String code() {
        return code;
    }

    public int exitCode() {
        return exitCode;
    }
}
