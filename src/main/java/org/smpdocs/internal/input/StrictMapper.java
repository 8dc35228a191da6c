package org.smpdocs.internal.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The project's one Jackson mapper, with every leniency switched off: unknown fields, duplicate
 * keys, nulls for primitives, numbers for enums, fractions for whole numbers and scalars of the
 * wrong kind (numbers or booleans for text and the reverse) are errors; dates and times are
 * strict ISO forms; enums are written and read in kebab case; documents are bounded by
 * {@link Limits}. Case files, clinic profiles, the archive's audit log and the mail sent-log are
 * all read with it. Thread-safe and never reconfigured after it is built.
 */
public final class StrictMapper {
    private static final JsonMapper MAPPER = build();
    /** Case snapshots: the same mapper writing sorted, indented JSON without absent values. */
    private static final ObjectWriter CANONICAL = MAPPER.rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build().writer();

    private StrictMapper() {
    }

    /** The strict mapper. */
    public static ObjectMapper get() {
        return MAPPER;
    }

    /** A writer of canonical JSON: properties and map keys sorted, indented, nulls left out. */
    public static ObjectWriter canonicalWriter() {
        return CANONICAL;
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Limits.NESTING_DEPTH)
                        .maxNumberLength(Limits.NUMBER_DIGITS)
                        .maxStringLength(Limits.FILE_BYTES)
                        .maxDocumentLength(Limits.FILE_BYTES)
                        .build())
                .build();
        JsonMapper m = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new StrictTimes())
                .addModule(new KebabCaseEnums())
                .build();
        // numbers and booleans where text is expected are not coerced to text either
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }
}
