package org.smpdocs.internal.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.model.PatientCase;

/**
 * A case as canonical JSON: properties in alphabetical order, no absent values, dates and enums
 * as the case files write them. The same case always gives the same bytes, which the strict
 * reader reads back; their SHA-256 is the input hash every document records. Thread-safe.
 */
public final class CaseSnapshot {
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new StrictTimes())
            .addModule(new KebabCaseEnums())
            .build().writer();

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
