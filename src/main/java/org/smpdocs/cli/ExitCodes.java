package org.smpdocs.cli;

/** The CLI's exit codes, as documented in the README and in {@code --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int TEMPLATE = 4;
    static final int RENDER_OR_OUTPUT = 5;
    static final int NOT_INTACT = 6;

    private ExitCodes() {
    }
}
