package org.smpdocs.internal.signing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpdocs.Problem;
import org.smpdocs.Signing;
import org.smpdocs.internal.input.TextChecks;
import org.smpdocs.internal.render.pdf.FontCoverage;

/**
 * Whether a signing fills every field its document asks for: each signer present signs (and
 * their date is filled from the signing time), every initials box is initialled, every choice is
 * answered (a tick or a deliberate no tick), and a staff member witnessed it. One problem per
 * field, by field name ({@code fields.<name>}, as the signing record spells it), never by value.
 */
public final class CompletenessGate {
    /** Typed initials: a few letters, as they fit the box (a name or a sentence does not). */
    static final int TYPED_INITIALS = 6;
    private static final TextChecks TEXT = new TextChecks(FontCoverage::covers);

    private CompletenessGate() {
    }

    public static List<Problem> problems(DocumentFields document, Signing signing) {
        List<Problem> problems = new ArrayList<>();
        if (signing.witness().isBlank()) {
            problems.add(new Problem("witness", "missing-witness", "the staff member who witnessed the signing"));
        } else {
            addIfAny(problems, TEXT.text(signing.witness(), "witness"));
        }
        signing.device().ifPresent(d -> addIfAny(problems, TEXT.text(d, "device")));
        if (document.all().isEmpty()) {
            problems.add(new Problem("", "nothing-to-sign", "a document with fields to sign: a consent or a disclosure"));
        }
        Map<String, Signing.Entry> entries = signing.fields();
        Set<String> asked = new LinkedHashSet<>();
        for (FormField field : document.all()) {
            if (!asked.add(field.name())) {
                problems.add(new Problem(path(field.name()), "duplicate-field",
                        "a document whose fields each have their own name (sign each document of a packet on its own)"));
                continue;
            }
            Signing.Entry entry = entries.get(field.name());
            addIfAny(problems, problem(field, entry));
            if (entry != null && entry.device() != null) {
                addIfAny(problems, TEXT.text(entry.device(), path(field.name()) + ".device"));
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
                if (entry == null || !entry.isChoice() && !entry.hasImage() && entry.typed().isBlank()) {
                    return new Problem(path, "missing-signature", "the signature of the " + who(field)
                            + ", drawn or scanned");
                }
                if (entry.isChoice()) {
                    return new Problem(path, "not-a-mark", "a drawn or scanned signature");
                }
                return entry.hasImage() ? null
                        : new Problem(path, "typed-signature", "a drawn or scanned signature (only initials may be typed)");
            case "initials":
                if (entry == null || !entry.isChoice() && !entry.hasImage() && entry.typed().isBlank()) {
                    return new Problem(path, "missing-initials", "the initials of the " + who(field)
                            + ", drawn, scanned or typed and adopted");
                }
                if (entry.isChoice()) {
                    return new Problem(path, "not-a-mark", "an image or typed initials");
                }
                return entry.hasImage() ? null : typedInitials(entry.typed(), path);
            default:
                if (entry == null || entry.typed() == null || entry.typed().isBlank()) {
                    return new Problem(path, "missing-text", "the text this field asks for");
                }
                return TEXT.text(entry.typed(), path);
        }
    }

    private static Problem typedInitials(String typed, String path) {
        Problem text = TEXT.text(typed, path);
        if (text != null) {
            return text;
        }
        return typed.strip().codePointCount(0, typed.strip().length()) > TYPED_INITIALS
                ? new Problem(path, "initials-length", "initials of at most " + TYPED_INITIALS + " characters") : null;
    }

    private static String who(FormField field) {
        return field.role().isEmpty() ? "signer" : field.role();
    }

    private static void addIfAny(List<Problem> problems, Problem p) {
        if (p != null) {
            problems.add(p);
        }
    }

    static String path(String field) {
        return "fields." + field;
    }
}
