package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Gurmukhi name prints shaped: the vowel sign i (ਿ) drawn before its consonant, a subjoined ra
 * below its consonant with no visible virama; and the text layer still gives the name as typed.
 * The glyphs a consent shows in Noto Sans Gurmukhi are read from its content stream and compared
 * with the glyph ids the bundled font (as published, not relabelled) gives the letters.
 */
class GurmukhiPdfTest {
    private static final String HARPREET = "ਹਰਪ੍ਰੀਤ";
    private static final String SINGH = "ਸਿੰਘ";
    private static final String PRITPAL = "ਪ੍ਰਿਤਪਾਲ";
    private static final String KAUR = "ਕੌਰ";

    private static TrueTypeFont font;
    private static CmapLookup cmap;
    /** The font's own below-base form of ra after a virama (its 'blwf' feature). */
    private static int subjoinedRa;

    @BeforeAll
    static void readTheBundledFont() throws IOException {
        font = new TTFParser().parse(new RandomAccessReadBuffer(bundled()));
        cmap = font.getUnicodeCmapLookup();
        subjoinedRa = font.getGsub().getGsubData("gur2").getFeature("blwf")
                .getReplacementForGlyphs(List.of(glyph('\u0A4D'), glyph('ਰ')));
        assertNotEquals(0, subjoinedRa);
    }

    @Test
    void sihariIsDrawnBeforeItsConsonant() throws IOException {
        List<List<Integer>> runs = gurmukhiRuns(consent(HARPREET, SINGH));
        assertTrue(runs.contains(List.of(glyph('ਿ'), glyph('ਸ'), glyph('ੰ'), glyph('ਘ'))), "ਸਿੰਘ drawn as ਿ ਸ ੰ ਘ: " + runs);
    }

    @Test
    void subjoinedRaIsDrawnBelowItsConsonantWithoutVirama() throws IOException {
        List<List<Integer>> runs = gurmukhiRuns(consent(HARPREET, SINGH));
        assertTrue(runs.contains(List.of(glyph('ਹ'), glyph('ਰ'), glyph('ਪ'), subjoinedRa, glyph('ੀ'), glyph('ਤ'))),
                "ਹਰਪ੍ਰੀਤ drawn with ਪ and a subjoined ra: " + runs);
        assertFalse(runs.stream().anyMatch(r -> r.contains(glyph('\u0A4D'))), "no visible virama: " + runs);
    }

    @Test
    void sihariAfterASubjoinedLetterIsDrawnBeforeTheWholeCluster() throws IOException {
        List<List<Integer>> runs = gurmukhiRuns(consent(PRITPAL, KAUR));
        assertTrue(runs.contains(List.of(glyph('ਿ'), glyph('ਪ'), subjoinedRa, glyph('ਤ'), glyph('ਪ'), glyph('ਾ'), glyph('ਲ'))),
                "ਪ੍ਰਿਤਪਾਲ drawn as ਿ ਪ੍ਰ ਤ ਪ ਾ ਲ: " + runs);
    }

    @Test
    void theTextLayerGivesTheNamesAsTyped() {
        assertTrue(Samples.text(consent(HARPREET, SINGH)).contains(HARPREET + " " + SINGH));
        assertTrue(Samples.text(consent(PRITPAL, KAUR)).contains(PRITPAL + " " + KAUR));
    }

    @Test
    void theEmbeddedSubsetCarriesNoGsubTable() throws IOException {
        try (PDDocument doc = Loader.loadPDF(consent(HARPREET, SINGH))) {
            PDType0Font gurmukhi = (PDType0Font) gurmukhiFont(doc.getPage(0));
            var file = gurmukhi.getDescendantFont().getFontDescriptor().getFontFile2();
            try (InputStream in = file.createInputStream()) {
                TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(in));
                assertNull(subset.getGsub(), "GSUB in the embedded subset");
            }
        }
    }

    @Test
    void theRelabelledFontIsShapedAsDevanagariWithItsOwnFeatures() throws IOException {
        byte[] published = bundled();
        byte[] patched = GurmukhiGsub.patch(published);
        assertArrayEquals(bundled(), published, "the font data read is left as it was");
        TrueTypeFont relabelled = new TTFParser().parse(new RandomAccessReadBuffer(patched));
        assertSame(GsubData.NO_DATA_FOUND, font.getGsubData(), "PDFBox shapes the published font not at all");
        GsubData gsub = relabelled.getGsubData();
        assertEquals(Language.DEVANAGARI, gsub.getLanguage());
        assertEquals(subjoinedRa, gsub.getFeature("blwf").getReplacementForGlyphs(List.of(glyph('\u0A4D'), glyph('ਰ'))));
        assertNotNull(gsub.getFeature("cjct").getReplacementForGlyphs(List.of(glyph('\u0A4D'), glyph('ਯ'))),
                "the yakash form, as 'cjct'");
    }

    private static byte[] consent(String given, String family) {
        return Samples.engine().render(DocumentKind.CONSENT,
                ScriptsPdfTest.patient(Samples.engine(), given, family, "Penicillin")).bytes(OutputFormat.PDF);
    }

    /** The glyph runs page 1 shows in Noto Sans Gurmukhi, one per Tj or TJ. */
    private static List<List<Integer>> gurmukhiRuns(byte[] pdf) throws IOException {
        List<List<Integer>> runs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<Object> operands = new ArrayList<>();
            boolean gurmukhi = false;
            for (Object token : new PDFStreamParser(page).parse()) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                if (op.getName().equals("Tf") && operands.get(0) instanceof COSName name) {
                    gurmukhi = page.getResources().getFont(name).getName().endsWith("+NotoSansGurmukhi-Regular");
                } else if (gurmukhi && (op.getName().equals("Tj") || op.getName().equals("TJ"))) {
                    runs.add(ActualTextSpans.glyphs(operands.get(0)));
                }
                operands.clear();
            }
        }
        assertFalse(runs.isEmpty(), "text in Noto Sans Gurmukhi on page 1");
        return runs;
    }

    private static PDFont gurmukhiFont(PDPage page) throws IOException {
        for (COSName name : page.getResources().getFontNames()) {
            PDFont f = page.getResources().getFont(name);
            if (f.getName().endsWith("+NotoSansGurmukhi-Regular")) {
                return f;
            }
        }
        throw new AssertionError("no Noto Sans Gurmukhi on page 1");
    }

    private static int glyph(char c) {
        int glyph = cmap.getGlyphId(c);
        assertNotEquals(0, glyph, "the font maps U+" + Integer.toHexString(c));
        return glyph;
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = GurmukhiPdfTest.class.getResourceAsStream(FontFace.GURMUKHI.resource())) {
            assertNotNull(in);
            return in.readAllBytes();
        }
    }
}
