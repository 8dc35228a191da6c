package org.smpdocs.model;

/** The shape of a language tag as the documents use it: "en", "el", "pt-BR". */
final class Languages {
    static final String PATTERN = "[a-z]{2,3}(-[A-Z]{2})?";
    static final String EXPECTED = "a language tag such as 'en', 'el' or 'pt-BR'";

    private Languages() {
    }
}
