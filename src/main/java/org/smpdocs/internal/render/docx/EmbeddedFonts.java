package org.smpdocs.internal.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.smpdocs.internal.render.pdf.NotoSans;

/**
 * Noto Sans embedded in a Word document the way Word embeds fonts (ECMA-376 Part 1, §17.8.1 and
 * §17.8.3): each face is a part {@code /word/fonts/fontN.odttf}, the TrueType file with its
 * first 32 bytes obfuscated with a font key; the font table ({@code /word/fontTable.xml}) names
 * the family and points at each face ({@code w:embedRegular}, {@code w:embedBold},
 * {@code w:embedItalic}, {@code w:embedBoldItalic}) with its key; and the settings say that the
 * document embeds its TrueType fonts. Word and LibreOffice then set the text in Noto Sans on a
 * machine that does not have it, so a Greek or Cyrillic name prints as it does in the PDF.
 *
 * <p>Each face is embedded as a subset, as Word does with "embed only the characters used"
 * ({@code w:saveSubsetFonts}): the glyphs of the characters the document holds, plus printable
 * ASCII, Latin-1 and common punctuation, so that a small correction typed into the document still
 * prints in Noto Sans. A whole face would be about 250 KB compressed and make every document
 * twenty times slower to write. A face's key is made from the SHA-256 of the subset's bytes, so
 * the same document gives the same bytes every time. The faces are parsed once, on first use;
 * subsetting one face at a time. Thread-safe.
 */
final class EmbeddedFonts {
    /** The content type of an obfuscated font part. */
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    /** The relationship from the font table to a font part. */
    static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int OBFUSCATED = 32;

    private EmbeddedFonts() {
    }

    /** A face ready to embed: its key and its obfuscated bytes (never changed once made). */
    private record Face(String key, byte[] obfuscated) {
    }

    /** Characters every subset holds, besides the document's own: printable ASCII, Latin-1, punctuation. */
    private static final Set<Integer> ALWAYS = always();

    /** The faces, parsed on first use; each is used by one subsetter at a time. */
    private static final class Faces {
        static final Map<NotoSans, TrueTypeFont> ALL = new EnumMap<>(NotoSans.class);

        static {
            for (NotoSans face : NotoSans.values()) {
                try {
                    ALL.put(face, new TTFParser().parse(new RandomAccessReadBuffer(face.bytes())));
                } catch (IOException e) {
                    throw new UncheckedIOException("bundled font unparsable: " + face, e);
                }
            }
        }
    }

    /** Embeds the faces in the document, each a subset for {@code text}; regular and bold at least. */
    static void embed(XWPFDocument doc, Set<NotoSans> faces, String text) {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart table = pkg.createPart(tableName, XWPFRelation.FONT_TABLE.getContentType());
            doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"")
                    .append(W).append("\" xmlns:r=\"").append(R).append("\"><w:font w:name=\"").append(NotoSans.FAMILY)
                    .append("\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>");
            int n = 0;
            for (NotoSans face : NotoSans.values()) {
                if (!faces.contains(face)) {
                    continue;
                }
                Face prepared = prepare(face, text);
                PackagePartName fontName = PackagingURIHelper.createPartName("/word/fonts/font" + ++n + ".odttf");
                PackagePart font = pkg.createPart(fontName, CONTENT_TYPE);
                try (OutputStream out = font.getOutputStream()) {
                    out.write(prepared.obfuscated());
                }
                String id = table.addRelationship(fontName, TargetMode.INTERNAL, RELATION).getId();
                xml.append("<w:").append(element(face)).append(" r:id=\"").append(id).append("\" w:fontKey=\"")
                        .append(prepared.key()).append("\"/>");
            }
            xml.append("</w:font></w:fonts>");
            try (OutputStream out = table.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            var settings = doc.getSettings().getCTSettings();
            if (!settings.isSetEmbedTrueTypeFonts()) {
                settings.addNewEmbedTrueTypeFonts();
            }
            if (!settings.isSetSaveSubsetFonts()) {
                settings.addNewSaveSubsetFonts();
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("font parts", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subset of a face for the text, with its key, obfuscated. */
    static Face prepare(NotoSans face, String text) {
        Set<Integer> codePoints = new TreeSet<>(ALWAYS);
        text.codePoints().forEach(codePoints::add);
        byte[] subset = subset(Faces.ALL.get(face), codePoints);
        String key = key(subset);
        return new Face(key, obfuscate(subset, key));
    }

    /** The glyphs of these characters (those the face has), as a TrueType file. */
    static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) {
        synchronized (font) {
            try {
                TTFSubsetter subsetter = new TTFSubsetter(font);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                subsetter.writeToStream(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("font subset", e);
            }
        }
    }

    private static Set<Integer> always() {
        Set<Integer> chars = new TreeSet<>();
        IntStream.rangeClosed(0x20, 0x7e).forEach(chars::add);
        IntStream.rangeClosed(0xa0, 0xff).forEach(chars::add);
        IntStream.rangeClosed(0x2010, 0x2027).forEach(chars::add);
        chars.add(0x20ac);
        return Set.copyOf(chars);
    }

    /** The font table's element for a face: embedRegular, embedBold, embedItalic or embedBoldItalic. */
    private static String element(NotoSans face) {
        return "embed" + (face.bold() ? "Bold" : "") + (face.italic() ? "Italic" : "")
                + (face.bold() || face.italic() ? "" : "Regular");
    }

    /** A font key, {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}, from the first 16 bytes of the font's SHA-256. */
    static String key(byte[] font) {
        try {
            String hex = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(font), 0, 16);
            return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The font with its first 32 bytes XORed with the key: the key's 16 bytes, read from its
     * hexadecimal digits in reverse order, twice over (§17.8.1). Applied again, it restores the font.
     */
    static byte[] obfuscate(byte[] font, String key) {
        byte[] digits = HexFormat.of().parseHex(key.replaceAll("[{}-]", ""));
        byte[] out = font.clone();
        for (int i = 0; i < Math.min(OBFUSCATED, out.length); i++) {
            out[i] ^= digits[digits.length - 1 - i % digits.length];
        }
        return out;
    }
}
