package org.smpdocs.internal.web;

import java.util.List;
import java.util.Objects;

/**
 * One field of a case or session form, named by the JSON path of the case file it fills (the path
 * the validation names in its problems, e.g. {@code patient.dateOfBirth}, {@code sessions[2].anaesthetic.lot}),
 * with how it is shown and turned into JSON.
 */
record FormField(String name, String label, Kind kind, List<Option> options, String hint) {
    /** How a field is entered and what JSON it makes. */
    enum Kind {
        /** A line of text: a JSON string, left out when blank. */
        TEXT("text"),
        EMAIL("email"),
        PHONE("tel"),
        DATE("date"),
        TIME("time"),
        /** Several lines: one JSON string. */
        LONG_TEXT("textarea"),
        /** A whole number; what is not one is passed on as text for the validation to name. */
        INTEGER("text"),
        /** A decimal number; likewise. */
        DECIMAL("text"),
        /** Yes or no as radio buttons, neither chosen until answered: true, false or left out. */
        YES_NO("radio"),
        /** One of {@code options}: a JSON string. */
        CHOICE("select"),
        /** Any of {@code options} as check boxes: a JSON array of strings. */
        CHOICES("checkbox"),
        /** One entry a line: a JSON array of strings. */
        LINES("textarea");

        private final String input;

        Kind(String input) {
            this.input = input;
        }

        /** The HTML input type (or element) that shows it. */
        String input() {
            return input;
        }
    }

    /** A value a field offers and its label. */
    record Option(String value, String label) {
    }

    FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        hint = Objects.requireNonNullElse(hint, "");
    }

    static FormField of(String name, String label, Kind kind) {
        return new FormField(name, label, kind, List.of(), "");
    }

    static FormField of(String name, String label, Kind kind, String hint) {
        return new FormField(name, label, kind, List.of(), hint);
    }

    static FormField choice(String name, String label, Kind kind, List<Option> options) {
        return new FormField(name, label, kind, options, "");
    }

    /** The same field under {@code prefix} (a session's fields under {@code sessions[n].}). */
    FormField under(String prefix) {
        return new FormField(prefix + name, label, kind, options, hint);
    }
}
