package org.smpdocs.internal.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.style.StyleSheet;
import org.smpdocs.internal.xhtml.XhtmlParser;
import org.smpdocs.model.PatientCase;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every DOCX carries the PDF's typeface, Noto Sans, as Word's embedded fonts: obfuscated font
 * parts, a font table that points at them with their keys, and the setting that says so. The
 * parts are read back and de-obfuscated here, by the rule of ECMA-376 Part 1 §17.8.1, to the
 * exact bytes of the bundled font files.
 */
class EmbeddedFontsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Path FONTS = Path.of("src/main/resources/org/smpdocs/internal/render/pdf/fonts");

    private static byte[] docx(String caseFile, DocumentKind kind) {
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.DOCX)).build();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases").resolve(caseFile));
        return engine.render(kind, c).bytes(OutputFormat.DOCX);
    }

    /** The embedded faces of the font table's Noto Sans entry: element name to the de-obfuscated font. */
    private static Map<String, byte[]> embedded(byte[] docx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart document = pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").get(0);
            PackageRelationship toTable = document.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable").getRelationship(0);
            PackagePart table = pkg.getPart(PackagingURIHelper.createPartName(
                    PackagingURIHelper.resolvePartUri(document.getPartName().getURI(), toTable.getTargetURI())));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml;
            try (InputStream in = table.getInputStream()) {
                xml = factory.newDocumentBuilder().parse(in);
            }
            NodeList fonts = xml.getElementsByTagNameNS(W, "font");
            Element noto = null;
            for (int i = 0; i < fonts.getLength(); i++) {
                Element font = (Element) fonts.item(i);
                if ("Noto Sans".equals(font.getAttributeNS(W, "name"))) {
                    noto = font;
                }
            }
            assertTrue(noto != null, "the font table names Noto Sans");
            Map<String, byte[]> faces = new LinkedHashMap<>();
            for (String element : List.of("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")) {
                NodeList found = noto.getElementsByTagNameNS(W, element);
                if (found.getLength() == 0) {
                    continue;
                }
                Element embed = (Element) found.item(0);
                PackageRelationship rel = table.getRelationship(embed.getAttributeNS(R, "id"));
                assertEquals("http://schemas.openxmlformats.org/officeDocument/2006/relationships/font", rel.getRelationshipType());
                PackagePart font = pkg.getPart(PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(table.getPartName().getURI(), rel.getTargetURI())));
                assertTrue(font.getPartName().getName().matches("/word/fonts/font\\d+\\.odttf"), font.getPartName().getName());
                assertEquals("application/vnd.openxmlformats-officedocument.obfuscatedFont", font.getContentType());
                String key = embed.getAttributeNS(W, "fontKey");
                assertTrue(key.matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}"), key);
                byte[] bytes;
                try (InputStream in = font.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                byte[] restored = deobfuscate(bytes, key);
                assertFalse(Arrays.equals(Arrays.copyOf(bytes, 32), Arrays.copyOf(restored, 32)), "stored obfuscated, as Word stores it");
                assertArrayEquals(Arrays.copyOfRange(restored, 32, restored.length), Arrays.copyOfRange(bytes, 32, bytes.length),
                        "only the first 32 bytes are obfuscated");
                faces.put(element, restored);
            }
            return faces;
        }
    }

    /** ECMA-376 Part 1 §17.8.1: the key's hex digits as 16 bytes, last first, XORed over the first 32 bytes. */
    private static byte[] deobfuscate(byte[] part, String key) {
        String digits = key.replace("{", "").replace("}", "").replace("-", "");
        byte[] keyBytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            keyBytes[i] = (byte) Integer.parseInt(digits.substring(30 - 2 * i, 32 - 2 * i), 16);
        }
        byte[] font = part.clone();
        for (int i = 0; i < 32; i++) {
            font[i] ^= keyBytes[i % 16];
        }
        return font;
    }

    @Test
    void everyDocumentEmbedsNotoSansRegularAndBoldAsWordDoes() throws Exception {
        byte[] regular = Files.readAllBytes(FONTS.resolve("NotoSans-Regular.ttf"));
        byte[] bold = Files.readAllBytes(FONTS.resolve("NotoSans-Bold.ttf"));
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] docx = docx("greek-name.json", kind);
            Map<String, byte[]> faces = embedded(docx);
            assertEquals(List.of("embedRegular", "embedBold"), new ArrayList<>(faces.keySet()), kind.id());
            String name = "\u0391\u03bb\u03ad\u03be\u03b1\u03bd\u03b4\u03c1\u03bf\u03c2"; // the patient's given name
            assertSubsetOf(regular, faces.get("embedRegular"), name, kind.id() + ": the regular face");
            assertSubsetOf(bold, faces.get("embedBold"), name, kind.id() + ": the bold face");
            try (XWPFDocument doc = DocxText.open(docx)) {
                assertTrue(doc.getSettings().getCTSettings().isSetEmbedTrueTypeFonts(), "the settings say the fonts are embedded");
                assertTrue(doc.getSettings().getCTSettings().isSetSaveSubsetFonts(), "as subsets");
                var normal = doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0);
                assertEquals("Noto Sans", normal.getAscii());
                assertEquals("Noto Sans", normal.getHAnsi(), "Greek and Cyrillic are set in it too");
            }
        }
    }

    @Test
    void aDocumentWithEmphasisEmbedsTheItalicsToo() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title></head><body>"
                + "<p>Plain <em>stressed</em> <strong>strong <em>both</em></strong></p></body></html>";
        byte[] docx = new DocxRenderer(Resources.none(), PaperSize.A4, StyleSheet.builtIn().style()).render(new XhtmlParser().parse(xhtml, "t.ftlx"),
                Instant.parse("2026-11-24T10:15:00Z"), new ArrayList<>());
        Map<String, byte[]> faces = embedded(docx);
        assertEquals(List.of("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"), new ArrayList<>(faces.keySet()));
        assertSubsetOf(Files.readAllBytes(FONTS.resolve("NotoSans-Italic.ttf")), faces.get("embedItalic"), "stressed", "italic");
        assertSubsetOf(Files.readAllBytes(FONTS.resolve("NotoSans-BoldItalic.ttf")), faces.get("embedBoldItalic"), "both",
                "bold italic");
    }

    /**
     * The embedded face is a subset of the bundled one: a TrueType font of the same family, far
     * smaller, that has a glyph for each character of {@code text} (and for printable ASCII), with the
     * same advance width as in the whole face.
     */
    private static void assertSubsetOf(byte[] whole, byte[] embedded, String text, String what) throws IOException {
        assertTrue(embedded.length < whole.length / 3, what + ": a subset, " + embedded.length + " bytes");
        try (org.apache.fontbox.ttf.TrueTypeFont full = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(whole));
                org.apache.fontbox.ttf.TrueTypeFont subset = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(embedded))) {
            assertEquals(full.getNaming().getFontFamily(), subset.getNaming().getFontFamily(), what);
            String chars = text + "AZaz09?!";
            for (int cp : chars.codePoints().toArray()) {
                int fullGid = full.getUnicodeCmapLookup().getGlyphId(cp);
                int subsetGid = subset.getUnicodeCmapLookup().getGlyphId(cp);
                assertTrue(subsetGid > 0, what + ": a glyph for U+" + Integer.toHexString(cp));
                assertEquals(full.getAdvanceWidth(fullGid), subset.getAdvanceWidth(subsetGid), what + ": the same glyph");
            }
        }
    }

    @Test
    void theSameFontsGiveTheSameKeysAndBytes() {
        assertArrayEquals(docx("cyrillic-name.json", DocumentKind.CONSENT), docx("cyrillic-name.json", DocumentKind.CONSENT));
    }
}
