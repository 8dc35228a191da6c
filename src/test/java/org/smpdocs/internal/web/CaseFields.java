package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case file's values as the case and session forms name them: each leaf's path
 * ({@code patient.dateOfBirth}, {@code sessions[0].anaesthetic.lot}) and what a person would
 * choose for it: a list's items, "yes" or "no" for a yes/no answer, the text otherwise.
 */
final class CaseFields {
    private CaseFields() {
    }

    static Map<String, List<String>> of(JsonNode json, String prefix) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        collect(json, prefix, fields);
        return fields;
    }

    private static void collect(JsonNode json, String prefix, Map<String, List<String>> fields) {
        if (json.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), fields);
            }
        } else if (json.isArray() && json.size() > 0 && json.get(0).isObject()) {
            for (int i = 0; i < json.size(); i++) {
                collect(json.get(i), prefix + "[" + i + "]", fields);
            }
        } else {
            List<String> values = new ArrayList<>();
            if (json.isArray()) {
                json.forEach(x -> values.add(x.asText()));
            } else if (json.isBoolean()) {
                values.add(json.booleanValue() ? "yes" : "no");
            } else {
                values.add(json.asText());
            }
            fields.put(prefix, values);
        }
    }
}
