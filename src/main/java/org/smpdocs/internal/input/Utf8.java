package org.smpdocs.internal.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smpdocs.Problem;

/**
 * Decodes input files as UTF-8 and nothing else. Every malformed sequence is a problem, with its
 * byte offset: overlong forms ({@code C0 AF} is not "/"), encoded surrogates, bytes that start
 * no character. A JSON parser left to itself may drop such bytes or read them as something else.
 * A byte order mark at the start is allowed and skipped.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The text, or null with the problem added. */
    static String decode(byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(new Problem("", "malformed-utf8", "text encoded as UTF-8 (not at byte " + in.position() + ")"));
            return null;
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == 0xFEFF ? text.substring(1) : text;
    }
}
