package org.smpdocs.internal.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines read within a limit: complete, torn at the end, or too long to keep. */
class LineReaderTest {
    private static List<LineReader.Line> read(InputStream in, int max) throws IOException {
        LineReader lines = new LineReader(in, max);
        List<LineReader.Line> all = new ArrayList<>();
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    private static List<LineReader.Line> read(String text, int max) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void readsCompleteTornAndOverlongLines() throws IOException {
        assertEquals(List.of(new LineReader.Line(1, LineReader.Kind.COMPLETE, "Ωμέγα"),
                new LineReader.Line(2, LineReader.Kind.COMPLETE, ""),
                new LineReader.Line(3, LineReader.Kind.OVERLONG, null),
                new LineReader.Line(4, LineReader.Kind.COMPLETE, "1234567890"),
                new LineReader.Line(5, LineReader.Kind.TORN, "half")), read("Ωμέγα\n\n12345678901\n1234567890\nhalf", 10));
        assertEquals(List.of(), read("", 10));
        assertEquals(List.of(new LineReader.Line(1, LineReader.Kind.OVERLONG, null)), read("x".repeat(11), 10));
    }

    @Test
    void aLineOfGigabytesIsSkippedWithoutKeepingIt() throws IOException {
        long size = 3L << 30;
        InputStream endless = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                if (left == 0) {
                    b[off + n - 1] = '\n';
                }
                return n;
            }
        };
        assertEquals(List.of(new LineReader.Line(1, LineReader.Kind.OVERLONG, null)), read(endless, AppendOnlyLog.MAX_LINE_BYTES));
    }
}
