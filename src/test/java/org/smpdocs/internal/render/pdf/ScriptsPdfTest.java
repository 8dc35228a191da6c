package org.smpdocs.internal.render.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A patient named in another script gets a consent that prints the name (no "#" in place of a
 * glyph), in an embedded font subset, that gives the name back to PDFBox and to poppler's
 * {@code pdftotext} (skipped, saying so, where it is not installed), stays PDF/A-2a and PDF/UA-1,
 * and is not much larger than one for a Latin name. The cases are the Cyrillic sample with the
 * name and an allergy swapped.
 */
class ScriptsPdfTest {
    /** How much larger than a Latin name's consent a consent may be: the subset of one more face. */
    private static final int MAX_GROWTH = 40 * 1024;

    @TempDir
    Path dir;

    /** A patient written in one script; {@code face} is the bundled font it must be set in. */
    record Script(String id, String given, String family, String allergy, String face) {
        String name() {
            return given + " " + family;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Script> scripts() {
        return Stream.of(
                new Script("Arabic", "يوسف", "حداد", "حساسية من البنسلين", "NotoSansArabic-Regular"),
                new Script("Arabic lam-alef", "ليلى", "الأحمد", "حساسية من البنسلين", "NotoSansArabic-Regular"),
                new Script("Persian", "پریا", "رضایی", "حساسیت به پنی‌سیلین", "NotoSansArabic-Regular"),
                new Script("Hebrew", "נועה", "כהן", "אלרגיה לפניצילין", "NotoSansHebrew-Regular"),
                new Script("Chinese", "秀英", "王", "青霉素过敏", "DroidSansFallback"),
                new Script("Japanese", "さくら", "佐藤", "ペニシリンアレルギー", "DroidSansFallback"),
                new Script("Korean", "지민", "김", "페니실린 알레르기", "DroidSansFallback"),
                new Script("Devanagari", "अर्जुन", "शर्मा", "पेनिसिलिन से एलर्जी", "NotoSansDevanagari-Regular"),
                new Script("Bengali", "সৌমিত্র", "দত্ত", "পেনিসিলিনে অ্যালার্জি", "NotoSansBengali-Regular"),
                new Script("Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "ਪੈਨਿਸਿਲਿਨ ਤੋਂ ਐਲਰਜੀ", "NotoSansGurmukhi-Regular"),
                new Script("Gurmukhi sihari after subjoined ra", "ਪ੍ਰਿਤਪਾਲ", "ਕੌਰ", "ਪੈਨਿਸਿਲਿਨ ਤੋਂ ਐਲਰਜੀ",
                        "NotoSansGurmukhi-Regular"));
    }

    /** The Cyrillic sample with the patient (and the patient's signature line) renamed, and one allergy. */
    static PatientCase patient(SmpDocs engine, String given, String family, String allergy) {
        try {
            String json = Files.readString(Samples.ROOT.resolve("cases/cyrillic-name.json"));
            String renamed = json.replace("Дмитрий", given).replace("Соколов", family)
                    .replace("\"allergies\": []", "\"allergies\": [\"" + allergy + "\"]");
            assertNotEquals(json, renamed);
            return engine.readCase("scripts.json", renamed.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] consent(SmpDocs engine, Script s) {
        return engine.render(DocumentKind.CONSENT, patient(engine, s.given(), s.family(), s.allergy())).bytes(OutputFormat.PDF);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void pdfboxReadsTheNameAndAllergyBack(Script s) {
        String text = Samples.text(consent(Samples.engine(), s));
        assertTrue(text.contains(s.name()), "name in the text layer: " + text.substring(0, 200));
        assertTrue(text.contains(s.allergy()), "allergy in the text layer");
        assertFalse(text.contains("#"), "no character printed as #");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void pdftotextReadsTheNameBack(Script s) throws Exception {
        // poppler reverses the letters of a right-to-left glyph that stands for two (lam-alef, which
        // the ToUnicode CMap maps to both letters in logical order, as PDFBox reads them): "األحمد"
        assumeFalse(s.name().matches(".*\u0644[\u0622\u0623\u0625\u0627].*"),
                "pdftotext gives the two letters of a lam-alef ligature in reverse order");
        String text = pdftotext(consent(Samples.engine(), s));
        assertTrue(text.contains(s.name()), "name in pdftotext's text");
        assertTrue(text.contains(s.allergy()), "allergy in pdftotext's text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void nameIsSetInItsScriptsFaceEmbeddedAsASubset(Script s) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(consent(Samples.engine(), s))) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    fonts.add(font.getName().substring(7));
                }
            }
        }
        assertTrue(fonts.contains(s.face()), s.face() + " among " + fonts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void documentGrowsByAtMostAFewTensOfKilobytes(Script s) {
        SmpDocs engine = Samples.engine();
        int latin = engine.render(DocumentKind.CONSENT, patient(engine, "Dmitry", "Sokolov", "Penicillin"))
                .bytes(OutputFormat.PDF).length;
        int other = consent(engine, s).length;
        assertTrue(other - latin <= MAX_GROWTH, s + ": " + latin + " bytes for a Latin name, " + other + " for this one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void staysPdfA2aAndPdfUa1(Script s) {
        byte[] pdf = consent(Samples.engine(), s);
        assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
        assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules broken");
    }

    @Test
    void twoEnginesWriteIdenticalBytesForEveryScript() {
        SmpDocs other = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.PDF)).build();
        scripts().forEach(s -> assertArrayEquals(consent(Samples.engine(), s), consent(other, s), s.id()));
    }

    @Test
    void aLatinNameEmbedsNoFallbackFont() throws IOException {
        byte[] pdf = Samples.engine().render(DocumentKind.CONSENT,
                patient(Samples.engine(), "Dmitry", "Sokolov", "Penicillin")).bytes(OutputFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    assertTrue(font.matches("[A-Z]{6}\\+NotoSans-(Regular|Bold|Italic|BoldItalic)"), font);
                }
            }
        }
    }

    @Test
    void latinAndRightToLeftMixOnOneLine() throws Exception {
        byte[] pdf = Samples.engine().render(DocumentKind.CONSENT,
                patient(Samples.engine(), "Layla", "Haddad", "Penicillin (بنسلين) and latex")).bytes(OutputFormat.PDF);
        String text = Samples.text(pdf);
        assertTrue(text.contains("Layla Haddad"));
        assertTrue(text.contains("Penicillin") && text.contains("بنسلين") && text.contains("and latex"), text);
    }

    /**
     * poppler's text in layout mode, its right-to-left embedding marks (U+202A–U+202E) removed,
     * white space folded. Layout mode, because the layout measures a shaped word (Bengali,
     * Devanagari, Gurmukhi) unshaped, wider than it prints, and the wider gap after it makes
     * poppler's default mode put the next word on a line of its own.
     */
    private String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        String pdftotext = onPath("pdftotext");
        assumeTrue(pdftotext != null, "poppler's pdftotext is not installed: its reading of the text layer is not checked");
        Path file = Files.write(dir.resolve("consent.pdf"), pdf);
        Path out = dir.resolve("consent.txt");
        Process p = new ProcessBuilder(pdftotext, "-layout", "-enc", "UTF-8", file.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "pdftotext finished");
        assertEquals(0, p.exitValue(), "pdftotext exit code");
        return Files.readString(out).replaceAll("[\u202A-\u202E]", "").replaceAll("\\s+", " ");
    }

    private static String onPath(String command) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dirName, command);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
