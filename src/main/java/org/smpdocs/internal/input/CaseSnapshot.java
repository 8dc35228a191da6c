package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.model.PatientCase;

/**
 * A case as canonical JSON: properties in alphabetical order, no absent values, dates and enums
 * as the case files write them. The same case always gives the same bytes, which the strict
 * reader reads back; their SHA-256 is the input hash every document records. Thread-safe.
 */
public final class CaseSnapshot {
    private static final ObjectWriter WRITER = StrictMapper.canonicalWriter();

    private CaseSnapshot() {
    }

    /** The canonical JSON of the case, UTF-8. */
    public static byte[] json(PatientCase c) {
        try {
            return WRITER.writeValueAsBytes(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated case always serialises", e);
        }
    }

    /** The SHA-256 of the canonical JSON, lower-case hex. */
    public static String sha256(PatientCase c) {
        return Digests.sha256Hex(json(c));
    }
}
