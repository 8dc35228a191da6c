package org.smpdocs.internal.signing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpdocs.Problem;
import org.smpdocs.Signing;

/**
 * Whether a signing fills every field its document asks for: each signer present signs (and
 * their date is filled from the signing time), every initials box is initialled, every choice is
 * answered (a tick or a deliberate no tick), and a staff member witnessed it. One problem per
 * field, by field name ({@code fields.<name>}, as the signing record spells it), never by value.
 */
public final class CompletenessGate {
    private CompletenessGate() {
    }

    public static List<Problem> problems(DocumentFields document, Signing signing) {
        List<Problem> problems = new ArrayList<>();
        if (signing.witness().isBlank()) {
            problems.add(new Problem("witness", "missing-witness", "the staff member who witnessed the signing"));
        }
        Map<String, Signing.Entry> entries = signing.fields();
        Set<String> asked = new LinkedHashSet<>();
        for (FormField field : document.all()) {
            if (asked.add(field.name())) {
                Problem p = problem(field, entries.get(field.name()));
                if (p != null) {
                    problems.add(p);
                }
            }
        }
        entries.keySet().stream().filter(name -> !asked.contains(name)).sorted()
                .forEach(name -> problems.add(new Problem(path(name), "unknown-field", "a field this document has")));
        return List.copyOf(problems);
    }

    private static Problem problem(FormField field, Signing.Entry entry) {
        String path = path(field.name());
        switch (field.kind()) {
            case "date":
                return entry == null ? null
                        : new Problem(path, "date-given", "no entry: a date is filled in from the signing time");
            case "checkbox":
                if (entry == null) {
                    return new Problem(path, "unanswered-choice", "the choice answered: ticked or not ticked");
                }
                return entry.isChoice() ? null : new Problem(path, "not-a-choice", "ticked true or false");
            case "signature":
            case "initials":
                if (entry == null || !entry.isChoice() && entry.image() == null && entry.typed().isBlank()) {
                    return new Problem(path, "missing-" + field.kind(), "the " + field.kind() + " of the "
                            + (field.role().isEmpty() ? "signer" : field.role()) + ", drawn, scanned or typed and adopted");
                }
                return entry.isChoice() ? new Problem(path, "not-a-mark", "an image or typed " + field.kind()) : null;
            default:
                if (entry == null || entry.typed() == null || entry.typed().isBlank()) {
                    return new Problem(path, "missing-text", "the text this field asks for");
                }
                return null;
        }
    }

    static String path(String field) {
        return "fields." + field;
    }
}
