package org.smpdocs.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smpdocs.Problem;

/**
 * A form's problems as the page shows them: each next to the field its path names (a list item's
 * problem at its list's field, a missing object's at its first field), in the words the command
 * line prints, and all of them in a summary at the top that links to those fields.
 */
final class FormProblems {
    private FormProblems() {
    }

    /** What the page needs: {@code byField} (field name to text) and {@code summary} (text, href or ""). */
    static Map<String, Object> of(List<Problem> problems, List<FormField> fields) {
        Set<String> names = fields.stream().map(FormField::name).collect(Collectors.toSet());
        Map<String, String> byField = new LinkedHashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (Problem p : problems) {
            String field = fieldOf(p.path(), names, fields);
            if (field != null) {
                byField.merge(field, words(p), (a, b) -> a + "; " + b);
            }
            summary.add(Map.of("text", p.toString(), "href", field == null ? "" : "#f-" + field));
        }
        return Map.of("byField", byField, "summary", summary);
    }

    /** A problem's words next to its field, as the command line prints them after the path. */
    static String words(Problem p) {
        return p.rule() + " (expected " + p.expected() + ")";
    }

    private static String fieldOf(String path, Set<String> names, List<FormField> fields) {
        if (path.isEmpty()) {
            return null;
        }
        String p = path;
        while (true) {
            if (names.contains(p)) {
                return p;
            }
            if (!p.endsWith("]")) {
                break;
            }
            p = p.substring(0, p.lastIndexOf('['));
        }
        for (FormField f : fields) {
            if (f.name().startsWith(path + ".") || f.name().startsWith(path + "[")) {
                return f.name();
            }
        }
        return null;
    }
}
