package org.smpdocs.internal.render.style;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Reads the typed values of a stylesheet's custom properties, each within bounds that keep a
 * document legible; a value of the wrong kind or out of bounds is a template error naming the
 * property, its line and what is expected.
 */
final class PropertyValues {
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)(mm|cm|in|pt)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)pt", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    static final double MAX_MARGIN_MM = 80;
    static final double MIN_SIZE_PT = 4;
    static final double MAX_SIZE_PT = 48;
    static final double MIN_LINE_HEIGHT = 0.8;
    static final double MAX_LINE_HEIGHT = 3;
    private final String source;
    private final Map<String, Declaration> declared;

    /** @param declared every property, by name */
    PropertyValues(String source, Map<String, Declaration> declared) {
        this.source = source;
        this.declared = declared;
    }

    /** A length ({@code mm}, {@code cm}, {@code in} or {@code pt}) in millimetres, 0 to {@value #MAX_MARGIN_MM} mm. */
    double mm(String name) {
        Declaration d = get(name);
        Matcher m = LENGTH.matcher(d.value());
        if (!m.matches()) {
            throw wrong(d, "a length such as 18mm");
        }
        double value = Double.parseDouble(m.group(1));
        double mm = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "cm" -> value * 10;
            case "in" -> value * 25.4;
            case "pt" -> value * 25.4 / 72;
            default -> value;
        };
        if (mm > MAX_MARGIN_MM) {
            throw wrong(d, "at most " + (int) MAX_MARGIN_MM + "mm");
        }
        return mm;
    }

    /** A type size in points, {@value #MIN_SIZE_PT} to {@value #MAX_SIZE_PT} pt. */
    double pt(String name) {
        Declaration d = get(name);
        Matcher m = SIZE.matcher(d.value());
        if (!m.matches()) {
            throw wrong(d, "a size in points such as 9.5pt");
        }
        double pt = Double.parseDouble(m.group(1));
        if (pt < MIN_SIZE_PT || pt > MAX_SIZE_PT) {
            throw wrong(d, "a size from " + (int) MIN_SIZE_PT + "pt to " + (int) MAX_SIZE_PT + "pt");
        }
        return pt;
    }

    /** A number without a unit, {@value #MIN_LINE_HEIGHT} to {@value #MAX_LINE_HEIGHT} (a line height). */
    double number(String name) {
        Declaration d = get(name);
        if (!NUMBER.matcher(d.value()).matches()) {
            throw wrong(d, "a number without a unit such as 1.25");
        }
        double n = Double.parseDouble(d.value());
        if (n < MIN_LINE_HEIGHT || n > MAX_LINE_HEIGHT) {
            throw wrong(d, "a number from " + MIN_LINE_HEIGHT + " to " + (int) MAX_LINE_HEIGHT);
        }
        return n;
    }

    /** A colour written {@code #rrggbb} or {@code #rgb}. */
    Colour colour(String name) {
        Declaration d = get(name);
        Colour c = Colour.parse(d.value());
        if (c == null) {
            throw wrong(d, "a colour written #rrggbb, such as #1d5c63");
        }
        return c;
    }

    private Declaration get(String name) {
        Declaration d = declared.get(name);
        if (d == null) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "stylesheet " + source + ": :root declares no " + name
                    + ", which every format reads");
        }
        return d;
    }

    private static SmpDocsException wrong(Declaration d, String expected) {
        return new SmpDocsException(ErrorCode.TEMPLATE, d.where() + ": " + d.name() + " is \"" + d.value()
                + "\"; expected " + expected);
    }
}
