package org.smpdocs;

/**
 * The one exception family of smp-docs. Each failure has a stable {@link ErrorCode}; messages
 * name files, templates and field paths but never patient values.
 */
public class SmpDocsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public SmpDocsException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public SmpDocsException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public String getMessage() {
        return code.code() + ": " + super.getMessage();
    }
}
