package org.smpdocs.internal.web;

import java.util.List;
import java.util.Objects;

/** A titled group of a form's fields (patient, history, screening, ...). */
record FormSection(String title, String hint, List<FormField> fields) {
    FormSection {
        Objects.requireNonNull(title, "title");
        hint = Objects.requireNonNullElse(hint, "");
        fields = List.copyOf(fields);
    }

    FormSection(String title, List<FormField> fields) {
        this(title, "", fields);
    }
}
