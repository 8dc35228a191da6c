package org.smpdocs.internal.digest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest, spelled as 64 lower-case hex digits (the one spelling the archive, its log and
 * its file names use). Checked when made, so a value of this type is always a well-formed digest.
 * Immutable; two are equal when their digests are.
 */
public record Sha256(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException unless {@code hex} is 64 lower-case hex digits */
    public Sha256 {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256: 64 lower-case hex digits expected");
        }
    }

    /** The digest of the bytes. */
    public static Sha256 of(byte[] bytes) {
        return new Sha256(Digests.sha256Hex(bytes));
    }

    /** The digest of everything the stream holds, read in blocks; the stream is not closed. */
    public static Sha256 of(InputStream in) throws IOException {
        MessageDigest sha256 = Digests.sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0;) {
            sha256.update(buffer, 0, n);
        }
        return new Sha256(HexFormat.of().formatHex(sha256.digest()));
    }

    /** The hex digits. */
    @Override
    public String toString() {
        return hex;
    }
}
