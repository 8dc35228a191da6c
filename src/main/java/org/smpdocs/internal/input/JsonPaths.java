package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

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
                parts.push("." + key(c.getCurrentName()));
            }
        }
        return strip(String.join("", parts));
    }

    /** The path a mapping exception points at. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                b.append('.').append(key(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return strip(b.toString());
    }

    /** Appends a field name to a path. */
    static String child(String path, String field) {
        return path.isEmpty() ? key(field) : path + "." + key(field);
    }

    /**
     * A field name as a problem shows it. A name comes from the file and may be anything: an
     * e-mail address, a megabyte of text, terminal escape codes that clear the screen or forge a
     * line of the report. Printable ASCII is shown as it is, every other character as a
     * {@code \\uXXXX} escape, and the name is cut after {@link Limits#KEY_CHARS} characters.
     */
    static String key(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (i == Limits.KEY_CHARS) {
                return b.append("...").toString();
            }
            char ch = name.charAt(i);
            if (ch >= 0x20 && ch < 0x7f && ch != '\\') {
                b.append(ch);
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            }
        }
        return b.toString();
    }

    private static String strip(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
