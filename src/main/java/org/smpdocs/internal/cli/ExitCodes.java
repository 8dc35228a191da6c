package org.smpdocs.internal.cli;

/**
 * The CLI's exit codes, as documented in the README and in {@code --help}. For the records
 * commands: a path that is not a records archive or an export, or an export past a reading limit
 * (entries, inflated sizes), is {@link #INVALID_INPUT}; an archive that cannot be read or written
 * is {@link #RENDER_OR_OUTPUT}; {@code verify} that finds something wrong, or no records at all,
 * is {@link #NOT_INTACT}.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int TEMPLATE = 4;
    static final int RENDER_OR_OUTPUT = 5;
    /** verify found altered, missing or extra records, or none at all; reissue gave other bytes. */
    static final int NOT_INTACT = 6;

    private ExitCodes() {
    }
}
