package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.smpdocs.Problem;

/**
 * Turns Jackson's recoverable problems (unknown field, malformed value, wrong type) into
 * {@link Problem}s and lets the parse go on, so one run reports every one of them. Never
 * records the offending value. One instance per parse: it is not thread-safe.
 */
final class ProblemCollector extends DeserializationProblemHandler {
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        Collection<Object> known = deserializer.getKnownPropertyNames();
        String expected = known == null || known.isEmpty() ? "no such field"
                : "one of the fields " + String.join(", ", new TreeSet<>(known.stream().map(String::valueOf).toList()));
        problems.add(new Problem(unknownFieldPath(ctxt, p, propertyName), "unknown-field", expected));
        p.skipChildren();
        return true;
    }

    /**
     * Records buffer the fields they do not know and replay them after the record is built, from
     * a parser of their own whose position says nothing about the document. The document's parser
     * then stands just past the record, in its parent, which names the record's place.
     */
    private static String unknownFieldPath(DeserializationContext ctxt, JsonParser p, String propertyName) {
        JsonParser document = ctxt.getParser();
        if (p == document) {
            return JsonPaths.of(p);
        }
        return JsonPaths.child(JsonPaths.of(document), propertyName);
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        String rule = targetType.isEnum() ? "unknown-value" : "malformed-value";
        problems.add(new Problem(JsonPaths.of(ctxt.getParser()), rule,
                TypeNames.expected(targetType)));
        return placeholder(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        return wrongType(ctxt.getParser(), targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
            JsonParser p, String failureMsg) throws IOException {
        Object placeholder = wrongType(p, targetType.getRawClass());
        p.skipChildren();
        return placeholder;
    }

    private Object wrongType(JsonParser p, Class<?> targetType) {
        problems.add(new Problem(JsonPaths.of(p), "wrong-type", TypeNames.expected(targetType)));
        return placeholder(targetType);
    }

    /** A stand-in value so the parse can go on; it is never used, since a problem was recorded. */
    private static Object placeholder(Class<?> targetType) {
        return targetType.isPrimitive() ? ClassUtil.defaultValue(targetType) : null;
    }
}
