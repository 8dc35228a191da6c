package org.smpdocs.internal.cli;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line counts in ASCII digits whatever the JVM's default locale: under Persian, a
 * {@code printf("%d")} without a locale would print "۱ of ۲ cases valid".
 */
class CliDigitsTest {
    @Test
    void countsAreAsciiDigitsUnderAPersianDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        CliRun run;
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            run = CliRun.of("validate", "--clinic", Samples.CLINIC.toString(),
                    Samples.ROOT.resolve("invalid/malformed-date.json").toString(),
                    Samples.ROOT.resolve("cases/greek-name.json").toString());
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("1 of 2 cases valid"), run.out());
        assertTrue(run.err().matches("(?s)invalid: malformed-date\\.json: [0-9]+ problems?\\R.*"), run.err());
    }
}
