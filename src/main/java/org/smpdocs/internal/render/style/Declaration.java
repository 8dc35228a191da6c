package org.smpdocs.internal.render.style;

/**
 * A custom property as a stylesheet's {@code :root} declares it, its {@code var()}s resolved.
 *
 * @param name the property, {@code --accent}
 * @param value its value, {@code #1d5c63}
 * @param source the stylesheet's name, for messages
 * @param line the line it is declared on, from 1
 */
record Declaration(String name, String value, String source, int line) {
    /** Where it is declared, for messages: "stylesheet print.css line 7". */
    String where() {
        return "stylesheet " + source + " line " + line;
    }
}
