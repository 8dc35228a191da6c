package org.smpdocs.internal.render.style;

import java.util.HexFormat;
import java.util.Locale;

/**
 * An sRGB colour of the style, as the stylesheet writes it ({@code #1d5c63} or {@code #1d5}).
 * Immutable.
 *
 * @param rgb red, green and blue, eight bits each (0xRRGGBB)
 */
public record Colour(int rgb) {
    public Colour {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("not an RGB colour: " + rgb);
        }
    }

    /** The colour written {@code #rrggbb} or {@code #rgb}; null if the text is neither. */
    static Colour parse(String css) {
        if (!css.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            return null;
        }
        String digits = css.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        return new Colour(HexFormat.fromHexDigits(digits));
    }

    /** Six upper-case hex digits, as Word writes a colour: {@code 1D5C63}. */
    public String hex() {
        return HexFormat.of().withUpperCase().toHexDigits(rgb).substring(2);
    }

    /** The colour for CSS: {@code #1d5c63}. */
    public String css() {
        return "#" + hex().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return css();
    }
}
