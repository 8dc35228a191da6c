package org.smpdocs.internal.template;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects a template's output up to a limit, so that a template that writes without end fails
 * with an {@link OutputTooLargeException} instead of filling the memory. Not thread-safe: one
 * per template run.
 */
final class LimitedWriter extends Writer {
    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final int limit;

    /** @param limit the most characters the output may have */
    LimitedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        room(length);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        room(length);
        out.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        out.append((char) c);
    }

    private void room(int length) throws OutputTooLargeException {
        if (length > limit - out.length()) {
            throw new OutputTooLargeException();
        }
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The output reached the limit. */
    static final class OutputTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputTooLargeException() {
            super("template output too large");
        }
    }
}
