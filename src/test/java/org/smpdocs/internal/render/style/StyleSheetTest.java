package org.smpdocs.internal.render.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the stylesheet's custom properties: the built-in stylesheet states the style and
 * resolves to the CSS it replaced, a clinic's stylesheet overrides what it declares, and every
 * way of getting a property wrong is a template error naming the line and the property.
 */
class StyleSheetTest {
    private static String builtInText() throws IOException {
        return Files.readString(Path.of("templates/print.css"));
    }

    /** A custom property as the built-in stylesheet's text declares it, read with a regex of our own. */
    private static String declared(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*([^;]+);").matcher(text);
        assertTrue(m.find(), name);
        return m.group(1).strip();
    }

    private static double number(String value, String unit) {
        assertTrue(value.endsWith(unit), value);
        return Double.parseDouble(value.substring(0, value.length() - unit.length()));
    }

    private static SmpDocsException failure(String css) {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> StyleSheet.read("print.css", css));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        return e;
    }

    @Test
    void theBuiltInStylesheetStatesTheStyleOfEveryFormat() throws IOException {
        String text = builtInText();
        Style style = StyleSheet.builtIn().style();
        assertEquals(number(declared(text, "--page-margin-top"), "mm"), style.margins().topMm());
        assertEquals(number(declared(text, "--page-margin-right"), "mm"), style.margins().rightMm());
        assertEquals(number(declared(text, "--page-margin-bottom"), "mm"), style.margins().bottomMm());
        assertEquals(number(declared(text, "--page-margin-left"), "mm"), style.margins().leftMm());
        assertEquals(declared(text, "--accent"), style.colours().accent().css());
        assertEquals(declared(text, "--on-accent"), style.colours().onAccent().css());
        assertEquals(declared(text, "--text"), style.colours().text().css());
        assertEquals(declared(text, "--label"), style.colours().label().css());
        assertEquals(declared(text, "--panel"), style.colours().panel().css());
        assertEquals(declared(text, "--shade"), style.colours().shade().css());
        assertEquals(declared(text, "--border"), style.colours().border().css());
        assertEquals(declared(text, "--rule"), style.colours().rule().css());
        assertEquals(declared(text, "--paper"), style.colours().paper().css());
        assertEquals(number(declared(text, "--font-size"), "pt"), style.sizes().bodyPt());
        assertEquals(number(declared(text, "--h1-size"), "pt"), style.sizes().h1Pt());
        assertEquals(number(declared(text, "--h2-size"), "pt"), style.sizes().h2Pt());
        assertEquals(number(declared(text, "--h3-size"), "pt"), style.sizes().h3Pt());
        assertEquals(number(declared(text, "--small-size"), "pt"), style.sizes().smallPt());
        assertEquals(number(declared(text, "--aftercare-font-size"), "pt"), style.sizes().aftercarePt());
        assertEquals(number(declared(text, "--aftercare-h2-size"), "pt"), style.sizes().aftercareH2Pt());
        assertEquals(Double.parseDouble(declared(text, "--aftercare-line-height")), style.sizes().aftercareLineHeight());
    }

    @Test
    void thePdfReadsTheBuiltInStylesheetWithItsPropertiesInPlace() throws IOException {
        String text = builtInText();
        String css = StyleSheet.builtIn().css();
        assertFalse(css.contains(":root"), "the :root rule is left out");
        assertFalse(Pattern.compile("var\\(--").matcher(css.replaceAll("(?s)/\\*.*?\\*/", "")).find(), "every var() is resolved");
        String margins = declared(text, "--page-margin-top") + " " + declared(text, "--page-margin-right") + " "
                + declared(text, "--page-margin-bottom") + " " + declared(text, "--page-margin-left");
        assertTrue(css.contains("margin: " + margins + ";"), css.substring(0, 600));
        assertTrue(css.contains("h1 { font-size: " + declared(text, "--h1-size") + "; font-weight: bold; color: "
                + declared(text, "--accent") + ";"));
        assertTrue(css.contains("html { font-family: \"Noto Sans\"; font-size: " + declared(text, "--font-size")
                + "; line-height: 1.4; color: " + declared(text, "--text") + "; }"));
    }

    @Test
    void aClinicStylesheetOverridesWhatItDeclaresAndKeepsTheRest() {
        StyleSheet sheet = StyleSheet.read("print.css", """
                :root {
                  --brand: #8B1E3F;
                  --accent: var(--brand); /* a property may use one above it */
                  --page-margin-top: 1.5in;
                  --font-size: 10.5pt;
                }
                h1 { color: var(--accent); border-bottom: 1px solid var(--rule); }
                h2::before { content: "var(--not-a-property)"; } /* var(--nor-this) */
                """);
        Style builtIn = StyleSheet.builtIn().style();
        assertEquals(0x8B1E3F, sheet.style().colours().accent().rgb());
        assertEquals("8B1E3F", sheet.style().colours().accent().hex());
        assertEquals("#8b1e3f", sheet.style().colours().accent().css());
        assertEquals(1.5 * 25.4, sheet.style().margins().topMm(), 1e-9);
        assertEquals(10.5, sheet.style().sizes().bodyPt());
        assertEquals(builtIn.colours().rule(), sheet.style().colours().rule(), "not declared: the built-in value");
        assertEquals(builtIn.margins().leftMm(), sheet.style().margins().leftMm());
        assertEquals("""
                
                h1 { color: #8B1E3F; border-bottom: 1px solid %s; }
                h2::before { content: "var(--not-a-property)"; } /* var(--nor-this) */
                """.formatted(builtIn.colours().rule().css()), sheet.css());
    }

    @Test
    void aStylesheetWithoutPropertiesIsTheBuiltInStyleAndUnchangedCss() {
        String css = "h2 { display: none; } body { font-family: Georgia; }";
        StyleSheet sheet = StyleSheet.read("print.css", css);
        assertEquals(css, sheet.css());
        assertEquals(StyleSheet.builtIn().style(), sheet.style());
    }

    @Test
    void theShortColourFormIsRead() {
        assertEquals("AABBCC", StyleSheet.read("print.css", ":root { --accent: #abc; }").style().colours().accent().hex());
    }

    @Test
    void anUnknownPropertyInVarIsAnErrorNamingItAndItsLine() {
        SmpDocsException e = failure(":root {\n  --accent: #8b1e3f;\n}\n\nh1 {\n  color: var(--acent);\n}\n");
        assertTrue(e.getMessage().startsWith("SMP-TEMPLATE: stylesheet print.css line 6: var(--acent) names no property"
                + " of :root; the properties are "), e.getMessage());
        assertTrue(e.getMessage().contains("--accent, "), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ":root { --accent: teal; } | line 1: --accent is \"teal\"; expected a colour written #rrggbb, such as #1d5c63",
        ":root { --accent: #1d5c6; } | line 1: --accent is \"#1d5c6\"; expected a colour written #rrggbb, such as #1d5c63",
        ":root {\\n--font-size: 9.5px; } | line 2: --font-size is \"9.5px\"; expected a size in points such as 9.5pt",
        ":root { --font-size: 200pt; } | line 1: --font-size is \"200pt\"; expected a size from 4pt to 48pt",
        ":root { --page-margin-top: 26; } | line 1: --page-margin-top is \"26\"; expected a length such as 18mm",
        ":root { --page-margin-left: 9cm; } | line 1: --page-margin-left is \"9cm\"; expected at most 80mm",
        ":root { --aftercare-line-height: 125%; } | line 1: --aftercare-line-height is \"125%\"; expected a number without a unit such as 1.25",
        ":root { --accent: ; } | line 1: --accent has no value",
        ":root { --accent: #111; --accent: #222; } | line 1: --accent is declared twice in :root (first on line 1)",
        ":root { color: red; } | line 1: :root declares custom properties only (--name: value); give color a rule of its own",
        ":root { --accent } | line 1: :root holds declarations written --name: value; this is \"--accent\"",
        ":root { --accent: var(--brand); --brand: #111; } | line 1: var(--brand) names no property declared above it in :root;",
        "h1 {\\n  --accent: red;\\n} | line 2: custom property --accent is declared outside :root; declare it in the :root rule",
        "h1 { color: var(--accent, red); } | line 1: var(--accent, red) has a fallback; write var(--name) and declare --name in :root",
        "h1 { color: var(accent); } | line 1: var(accent) does not name a property; write var(--name)",
        "h1 { color: var(--accent; } | line 1: var( is not closed: write var(--name)",
        ":root { --accent: #111; | line 1: :root { is never closed",
        ":root { a { color: red; } } | line 1: :root holds declarations (--name: value;) only, no rules",
    })
    void aMalformedPropertyIsATemplateErrorNamingItsLine(String css, String expected) {
        String message = failure(css.replace("\\n", "\n")).getMessage();
        assertTrue(message.startsWith("SMP-TEMPLATE: stylesheet print.css " + expected), message);
    }
}
