package org.smpdocs.internal.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.smpdocs.internal.digest.Sha256;

/**
 * One line of {@code checkpoints.jsonl} as its JSON holds it: the checkpoint's fields spelled as
 * its statement spells them, and the signature in base64. Immutable.
 */
record CheckpointLine(long lines, String head, String root, String at, String signature) {

    /** A line that is not a checkpoint; {@link #getMessage()} says why, without quoting it. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason == null ? "not a well-formed checkpoint" : "not a well-formed checkpoint: " + reason);
        }
    }

    static CheckpointLine of(Checkpoint c, byte[] signature) {
        return new CheckpointLine(c.lines(), c.head().hex(), c.root().hex(), c.at().toString(),
                Base64.getEncoder().encodeToString(signature));
    }

    /** The JSON of the line, without the line feed. */
    String json() {
        try {
            return AuditLog.JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a line of strings and numbers always serialises", e);
        }
    }

    static CheckpointLine parse(String text) throws Malformed {
        if (!text.startsWith("{")) {
            throw new Malformed(null);
        }
        CheckpointLine line;
        try {
            line = AuditLog.JSON.readValue(text, CheckpointLine.class);
        } catch (IOException e) {
            throw new Malformed(null);
        }
        line.checkpoint();
        line.signatureBytes();
        return line;
    }

    /** The checkpoint, if every field is there and spelled as a checkpoint line writes it. */
    Checkpoint checkpoint() throws Malformed {
        if (lines < 1) {
            throw new Malformed("its lines is not a positive number");
        }
        return new Checkpoint(lines, sha256("head", head), sha256("root", root), time());
    }

    byte[] signatureBytes() throws Malformed {
        try {
            byte[] bytes = Base64.getDecoder().decode(present("signature", signature));
            if (bytes.length > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not base64
        }
        throw new Malformed("its signature is not base64");
    }

    private Instant time() throws Malformed {
        try {
            Instant t = Instant.parse(present("at", at));
            if (t.toString().equals(at)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            // not a time at all
        }
        throw new Malformed("its at is not a UTC time as a checkpoint writes one, such as 2026-11-30T10:15:00Z");
    }

    private static Sha256 sha256(String field, String hex) throws Malformed {
        try {
            return new Sha256(present(field, hex));
        } catch (IllegalArgumentException e) {
            throw new Malformed("its " + field + " is not a SHA-256 (64 lower-case hex digits)");
        }
    }

    private static String present(String field, String value) throws Malformed {
        if (value == null) {
            throw new Malformed("its " + field + " is missing");
        }
        return value;
    }
}
