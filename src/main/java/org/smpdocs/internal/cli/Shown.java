package org.smpdocs.internal.cli;

import java.util.Locale;

/**
 * Text from outside — file names, ZIP entry names, ids typed on the command line, messages that
 * quote them — as the terminal may show it: every control character, the line and paragraph
 * separators and the bidirectional overrides are shown as {@code \\uXXXX}, so a name cannot move
 * the cursor, clear the screen, hide what follows or forge a line of the report.
 */
final class Shown {
    private Shown() {
    }

    static String text(Object value) {
        String text = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (unsafe(ch)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean unsafe(char ch) {
        return Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029'
                || ch >= '\u202a' && ch <= '\u202e' || ch >= '\u2066' && ch <= '\u2069';
    }
}
