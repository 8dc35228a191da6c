package org.smpdocs;

import java.util.Locale;

/** How a signature or initials reached the document; the evidence page and the evidence record name it. */
public enum SigningMethod {
    /** Drawn by hand on a screen (a tablet's signature pad). */
    DRAWN("drawn on a device"),
    /** Typed, and adopted by the signer as their initials or signature. */
    TYPED("typed and adopted"),
    /** Signed in ink on paper and scanned. */
    WET_INK_SCAN("wet ink, scanned");

    private final String description;

    SigningMethod(String description) {
        this.description = description;
    }

    /** How the evidence page describes it: "drawn on a device". */
    public String description() {
        return description;
    }

    /** Its id in a signing record file: "drawn", "typed", "wet-ink-scan". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
