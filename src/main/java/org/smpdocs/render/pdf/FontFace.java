package org.smpdocs.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The bundled faces: Noto Sans, which covers Latin with every European accent, Greek and
 * Cyrillic, so a patient's name prints exactly as given.
 */
enum FontFace {
    REGULAR("NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
    BOLD("NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
    ITALIC("NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
    BOLD_ITALIC("NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC);

    /** The CSS font-family the stylesheet uses. */
    static final String FAMILY = "Noto Sans";

    private final String resource;
    private final int weight;
    private final FontStyle style;

    FontFace(String resource, int weight, FontStyle style) {
        this.resource = resource;
        this.weight = weight;
        this.style = style;
    }

    String resource() {
        return "fonts/" + resource;
    }

    int weight() {
        return weight;
    }

    FontStyle style() {
        return style;
    }
}
