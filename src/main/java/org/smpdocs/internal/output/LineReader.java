package org.smpdocs.internal.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream without ever holding more than one line of at most
 * {@code maxLineBytes}: a longer line is skipped to its end and reported as {@link Kind#OVERLONG},
 * so a file that is one huge line cannot exhaust memory. Not thread-safe; it does not close the
 * stream.
 *
 * <pre>{@code
 * LineReader lines = new LineReader(in, AppendOnlyLog.MAX_LINE_BYTES);
 * for (LineReader.Line line = lines.next(); line != null; line = lines.next()) { ... }
 * }</pre>
 */
public final class LineReader {
    /** What was read. */
    public enum Kind {
        /** A line ended by a line feed. */
        COMPLETE,
        /** Text after the last line feed: a line whose write was interrupted. */
        TORN,
        /** A line longer than the limit; its text is not kept. */
        OVERLONG
    }

    /**
     * One line: its number (from 1), what it is, and its text without the line feed (null when
     * {@link Kind#OVERLONG}).
     */
    public record Line(long number, Kind kind, String text) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;
    private boolean ended;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        current.reset();
        boolean overlong = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (current.size() == 0 && !overlong) {
                    return null;
                }
                return line(overlong ? Kind.OVERLONG : Kind.TORN);
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!overlong) {
                int n = position - start;
                if (current.size() + n > maxLineBytes) {
                    overlong = true;
                    current.reset();
                } else {
                    current.write(buffer, start, n);
                }
            }
            if (position < limit) {
                position++;
                return line(overlong ? Kind.OVERLONG : Kind.COMPLETE);
            }
        }
    }

    private Line line(Kind kind) {
        number++;
        return new Line(number, kind, kind == Kind.OVERLONG ? null : current.toString(StandardCharsets.UTF_8));
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
