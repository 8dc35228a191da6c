package org.smpdocs.model;

/** The shape of identifiers that end up in file names and form-field names. */
final class Ids {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String EXPECTED =
            "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }
}
