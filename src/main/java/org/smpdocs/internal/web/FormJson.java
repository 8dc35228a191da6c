package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Between a form and the JSON of a case file: writes what the fields hold into the case's JSON
 * at their paths (leaving every other part of the case as it was), and reads the fields' values
 * back out of a case's JSON to show the form again. Nothing is checked here: the engine's
 * validation does that, on the JSON this makes.
 */
final class FormJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d+)])?");
    /**
     * The optional objects, dropped when every field of theirs is blank; a required object left
     * empty stays, so that the validation names each of its missing fields rather than the object.
     */
    private static final Set<String> OPTIONAL = Set.of("patient.address", "patient.history.previousTransplant");

    private FormJson() {
    }

    /**
     * {@code base} (not changed) with the values of {@code params} written at {@code fields}'
     * paths; a blank field removes its key (its object stays, so that the validation names each
     * missing field of a required one), and optional objects and list items left empty are dropped.
     */
    static ObjectNode apply(ObjectNode base, List<FormField> fields, Map<String, List<String>> params) {
        ObjectNode root = base.deepCopy();
        for (FormField f : fields) {
            put(root, f.name(), value(f, params.getOrDefault(f.name(), List.of())));
        }
        prune(root, "");
        return root;
    }

    /** The fields' values in {@code json}: a string each, a list of strings for check boxes. */
    static Map<String, Object> values(JsonNode json, List<FormField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField f : fields) {
            JsonNode n = at(json, f.name());
            values.put(f.name(), shown(f, n));
        }
        return values;
    }

    private static Object shown(FormField f, JsonNode n) {
        if (f.kind() == FormField.Kind.CHOICES) {
            List<String> chosen = new ArrayList<>();
            if (n != null && n.isArray()) {
                n.forEach(e -> chosen.add(e.asText()));
            }
            return chosen;
        }
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        if (f.kind() == FormField.Kind.YES_NO) {
            return n.isBoolean() ? (n.booleanValue() ? "yes" : "no") : "";
        }
        if (f.kind() == FormField.Kind.LINES && n.isArray()) {
            List<String> lines = new ArrayList<>();
            n.forEach(e -> lines.add(e.asText()));
            return String.join("\n", lines);
        }
        if (n.isBigDecimal()) {
            return n.decimalValue().toPlainString();
        }
        return n.isValueNode() ? n.asText() : "";
    }

    private static JsonNode value(FormField f, List<String> given) {
        String text = given.isEmpty() || given.get(0) == null ? "" : given.get(0).strip();
        return switch (f.kind()) {
            case CHOICES -> {
                ArrayNode a = NODES.arrayNode();
                given.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().forEach(a::add);
                yield a;
            }
            case LINES -> {
                ArrayNode a = NODES.arrayNode();
                text.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(a::add);
                yield a;
            }
            case YES_NO -> "yes".equals(text) ? NODES.booleanNode(true) : "no".equals(text) ? NODES.booleanNode(false) : null;
            case INTEGER -> text.isEmpty() ? null : integer(text);
            case DECIMAL -> text.isEmpty() ? null : decimal(text);
            default -> text.isEmpty() ? null : NODES.textNode(text);
        };
    }

    private static JsonNode integer(String text) {
        try {
            return NODES.numberNode(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private static JsonNode decimal(String text) {
        try {
            return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    /** Writes {@code value} at {@code path} (its objects made as needed), or removes the key there when null. */
    static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = segment(parts[i], path);
            String key = m.group(1);
            boolean last = i == parts.length - 1;
            ObjectNode object = (ObjectNode) node;
            if (m.group(2) == null) {
                if (last) {
                    if (value == null) {
                        object.remove(key);
                    } else {
                        object.set(key, value);
                    }
                    return;
                }
                JsonNode next = object.get(key);
                if (!(next instanceof ObjectNode)) {
                    next = object.putObject(key);
                }
                node = next;
            } else {
                if (last) {
                    throw new IllegalArgumentException("a field names a key, not a list item: " + path);
                }
                JsonNode list = object.get(key);
                if (!(list instanceof ArrayNode)) {
                    list = object.putArray(key);
                }
                ArrayNode array = (ArrayNode) list;
                int index = Integer.parseInt(m.group(2));
                while (array.size() <= index) {
                    array.addObject();
                }
                if (!(array.get(index) instanceof ObjectNode)) {
                    array.set(index, NODES.objectNode());
                }
                node = array.get(index);
            }
        }
    }

    /** The node at {@code path}, or null. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            Matcher m = segment(part, path);
            node = node == null ? null : node.get(m.group(1));
            if (m.group(2) != null) {
                node = node == null ? null : node.get(Integer.parseInt(m.group(2)));
            }
        }
        return node;
    }

    private static Matcher segment(String part, String path) {
        Matcher m = SEGMENT.matcher(part);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a field path: " + path);
        }
        return m;
    }

    /** Drops empty optional objects and, at the end of lists, empty items: what blank fields left. */
    private static boolean prune(JsonNode node, String path) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (prune(e.getValue(), child) && OPTIONAL.contains(child)) {
                    it.remove();
                }
            }
            return o.isEmpty();
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                prune(a.get(i), path + "[" + i + "]");
            }
            while (!a.isEmpty() && a.get(a.size() - 1) instanceof ObjectNode last && last.isEmpty()) {
                a.remove(a.size() - 1);
            }
        }
        return false;
    }
}
