package org.smpdocs.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Field paths in the one notation every problem uses: {@code sessions[1].pigment.lot}. */
final class JsonPaths {
    private JsonPaths() {
    }

    /**
     * The path of the value the parser is on. On the start of an array or object the parser has
     * already entered it (a tree parser even counts its first element), so the path is the
     * container's own.
     */
    static String of(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
            context = context.getParent();
        }
        return of(context);
    }

    private static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return strip(String.join("", parts));
    }

    /** The path a mapping exception points at. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return strip(b.toString());
    }

    /** Appends a field name to a path. */
    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String strip(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
