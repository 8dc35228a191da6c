package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.smpdocs.Problem;

/**
 * JSON binding with every leniency switched off: unknown fields, duplicate keys, trailing
 * content, numbers for text (and the reverse), fractions for whole numbers and numbers for
 * enums are all problems. The document is parsed once into a tree and then bound; a problem
 * Jackson cannot step over is recorded, its value taken out of the tree and the binding run
 * again, so one read reports every problem. Thread-safe; build once.
 */
final class StrictJson {
    private final ObjectMapper mapper;
    private final TextChecks texts;

    /** @param printable whether the documents can print a code point (see {@link TextChecks}) */
    StrictJson(IntPredicate printable) {
        this.texts = new TextChecks(printable);
        this.mapper = StrictMapper.get();
    }

    /**
     * Binds {@code json} to {@code type}, adding every problem met to {@code problems}.
     * Returns null when there were problems the value could not be built past.
     */
    <T> T read(byte[] json, Class<T> type, List<Problem> problems) {
        String text = Utf8.decode(json, problems);
        JsonNode tree = text == null ? null : tree(text, problems);
        if (tree == null) {
            return null;
        }
        texts.check(tree, problems);
        Set<Problem> found = new LinkedHashSet<>();
        // each round removes one value from the tree, so the number of values bounds the rounds
        for (int round = 0; round <= json.length; round++) {
            ProblemCollector collector = new ProblemCollector();
            try {
                T value = mapper.readerFor(type).withHandler(collector).readValue(tree);
                found.addAll(collector.problems());
                problems.addAll(found);
                return value;
            } catch (JsonMappingException e) {
                found.addAll(collector.problems());
                found.add(mappingProblem(e));
                if (!remove(tree, e.getPath())) {
                    break;
                }
            } catch (IOException e) {
                found.add(new Problem("", "unreadable", "a readable JSON document"));
                break;
            }
        }
        problems.addAll(found);
        return null;
    }

    /** The document as a tree, or null (with the problem recorded) when it is not one JSON object. */
    private JsonNode tree(String json, List<Problem> problems) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || !tree.isObject()) {
                problems.add(new Problem("", "wrong-type", "a JSON object"));
                return null;
            }
            if (parser.nextToken() != null) {
                problems.add(new Problem("", "malformed-json", "one JSON object with nothing after it"));
                return null;
            }
            return tree;
        } catch (StreamConstraintsException e) {
            problems.add(new Problem("", "json-limits", "JSON nested at most " + Limits.NESTING_DEPTH
                    + " levels deep, with numbers of at most " + Limits.NUMBER_DIGITS + " digits"));
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                String path = e.getProcessor() != null ? JsonPaths.of(e.getProcessor()) : "";
                problems.add(new Problem(path, "duplicate-key",
                        "each field once (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")"));
                return null;
            }
            problems.add(new Problem("", "malformed-json", "well-formed JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            problems.add(new Problem("", "unreadable", "a readable JSON document"));
        }
        return null;
    }

    /** Takes the value at {@code path} out of the tree; false when there is nothing to take. */
    private static boolean remove(JsonNode tree, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        for (JsonMappingException.Reference r : path.subList(0, path.size() - 1)) {
            parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode o && o.has(last.getFieldName())) {
            o.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode a && last.getIndex() >= 0
                && last.getIndex() < a.size() && !a.get(last.getIndex()).isNull()) {
            a.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
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
