package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's sections as its page shows them: every field with its label, input, options, the
 * value it holds in the case's JSON and the problem found there, plus the summary of problems.
 */
final class FormModel {
    private FormModel() {
    }

    /** Sections and problems; {@code problems} may be empty. */
    static Map<String, Object> of(List<FormSection> sections, JsonNode json, List<org.smpdocs.Problem> problems) {
        List<FormField> fields = CaseFormFields.all(sections);
        Map<String, Object> values = FormJson.values(json, fields);
        Map<String, Object> found = FormProblems.of(problems, fields);
        @SuppressWarnings("unchecked")
        Map<String, String> byField = (Map<String, String>) found.get("byField");
        List<Map<String, Object>> shown = sections.stream().map(s -> Map.<String, Object>of("title", s.title(),
                "hint", s.hint(), "fields", s.fields().stream().map(f -> field(f, values.get(f.name()),
                        byField.getOrDefault(f.name(), ""))).toList())).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("sections", shown);
        m.put("problems", found.get("summary"));
        return m;
    }

    private static Map<String, Object> field(FormField f, Object value, String error) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", f.name());
        m.put("label", f.label());
        m.put("input", f.kind().input());
        m.put("hint", f.hint());
        m.put("error", error);
        m.put("options", f.options().stream().map(o -> Map.of("value", o.value(), "label", o.label())).toList());
        if (value instanceof List<?> chosen) {
            m.put("chosen", chosen);
            m.put("value", "");
        } else {
            m.put("chosen", List.of());
            m.put("value", value == null ? "" : value);
        }
        return m;
    }
}
