package org.smpdocs.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.smpdocs.Problem;

/**
 * JSON binding with every leniency switched off: unknown fields, duplicate keys, trailing
 * content, numbers for strings (and the reverse), numbers for enums and nulls for primitives
 * are all problems. Thread-safe; build once.
 */
final class StrictJson {
    private final ObjectMapper mapper;

    StrictJson() {
        JsonMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new JavaTimeModule())
                .addModule(new KebabCaseEnums())
                .build();
        // numbers and booleans where text is expected are not coerced to text either
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.mapper = m;
    }

    /**
     * Binds {@code json} to {@code type}, adding every problem met to {@code problems}.
     * Returns null when the document could not be bound at all.
     */
    <T> T read(byte[] json, Class<T> type, List<Problem> problems) {
        ProblemCollector collector = new ProblemCollector();
        ObjectReader reader = mapper.readerFor(type).withHandler(collector);
        try {
            T value = reader.readValue(json);
            problems.addAll(collector.problems());
            if (value == null) {
                problems.add(new Problem("", "wrong-type", "a JSON object"));
            }
            return value;
        } catch (JsonParseException e) {
            problems.addAll(collector.problems());
            problems.add(new Problem("", "malformed-json", "well-formed JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (JsonMappingException e) {
            problems.addAll(collector.problems());
            problems.add(mappingProblem(e));
        } catch (IOException e) {
            problems.add(new Problem("", "unreadable", "a readable JSON document"));
        }
        return null;
    }

    private static Problem mappingProblem(JsonMappingException e) {
        String path = JsonPaths.of(e.getPath());
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return new Problem(path, "wrong-type", TypeNames.expected(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new Problem(path, "wrong-type", TypeNames.expected(m.getTargetType()));
        }
        return new Problem(path, "unreadable", "a value of the right shape");
    }
}
