package org.smpdocs.internal.digest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The SHA-256 value type: only 64 lower-case hex digits make one, and it digests as the standard says. */
class Sha256Test {
    /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsBytesAndStreamsAlike() throws IOException {
        assertEquals(ABC, Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)).hex());
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 'a');
        Sha256 streamed = Sha256.of(new ByteArrayInputStream(large));
        assertEquals(Sha256.of(large), streamed, "read in blocks, the same digest");
        assertNotEquals(Sha256.of(Arrays.copyOf(large, large.length - 1)), streamed);
        assertEquals(streamed.hex(), streamed.toString());
    }

    @Test
    void onlyLowerCaseHexOfTheRightLengthIsOne() {
        assertEquals(new Sha256(ABC), new Sha256(new String(ABC.toCharArray())));
        for (String bad : new String[] {ABC.toUpperCase(java.util.Locale.ROOT), ABC.substring(1), ABC + "0",
            ABC.replace('a', 'g'), "../" + ABC.substring(3), ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sha256(bad), bad);
            assertEquals("not a SHA-256: 64 lower-case hex digits expected", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Sha256(null));
    }
}
