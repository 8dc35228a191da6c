package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of a page as a browser would post it: the values its controls hold (text, the checked
 * radio buttons and check boxes, the selected options), changed by the test by field name.
 */
final class FormFill {
    private final Map<String, String> controls = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final String action;

    private FormFill(Element form) {
        action = form.attr("action");
        for (Element e : form.select("input[name], textarea[name], select[name]")) {
            String name = e.attr("name");
            String type = e.tagName().equals("input") ? e.attr("type") : e.tagName();
            if (type.equals("file") || type.equals("submit")) {
                continue;
            }
            controls.putIfAbsent(name, type);
            List<String> v = values.computeIfAbsent(name, k -> new ArrayList<>());
            switch (type) {
                case "radio", "checkbox" -> {
                    if (e.hasAttr("checked")) {
                        v.add(e.attr("value"));
                    }
                }
                case "textarea" -> v.add(e.wholeText());
                case "select" -> {
                    Element o = e.selectFirst("option[selected]");
                    v.add(o == null ? "" : o.attr("value"));
                }
                default -> v.add(e.attr("value"));
            }
        }
    }

    /** The form {@code selector} of {@code page}. */
    static FormFill of(Document page, String selector) {
        Element form = page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector);
        }
        return new FormFill(form);
    }

    String action() {
        return action;
    }

    boolean has(String name) {
        return controls.containsKey(name);
    }

    List<String> value(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Sets a field the form has (fails for one it has not). */
    FormFill set(String name, String... value) {
        if (!has(name)) {
            throw new AssertionError("the form has no field " + name);
        }
        values.put(name, List.of(value));
        return this;
    }

    /**
     * Fills every field named by a path of {@code json} under {@code prefix} (true/false as yes/no, a
     * list of values as check boxes or one a line), as a person copying a case file would.
     */
    FormFill fill(JsonNode json, String prefix) {
        CaseFields.of(json, prefix).forEach((name, items) -> {
            if (has(name)) {
                values.put(name, controls.get(name).equals("textarea") ? List.of(String.join("\n", items)) : items);
            }
        });
        return this;
    }

    /** The fields as posted, with the button {@code action}. */
    List<Map.Entry<String, String>> pairs(String button) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        values.forEach((k, vs) -> vs.forEach(v -> out.add(Map.entry(k, v))));
        out.add(Map.entry("action", button));
        return out;
    }
}
