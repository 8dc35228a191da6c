package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Corrects the ToUnicode CMap of a subset font, which is what copy, search, screen readers and
 * {@code pdftotext} read, so that shaped scripts give back the letters typed (see
 * {@link GlyphText}). PDFBox writes that CMap when it subsets the font on save, so this runs on a
 * saved document, which is then saved again. Stateless.
 */
final class TextLayer {
    private TextLayer() {
    }

    /**
     * Rewrites the font's ToUnicode CMap where a glyph's text is wrong or missing.
     *
     * @return whether anything changed (and the document must be saved again)
     */
    static boolean correct(PDFont font, GlyphText text) throws IOException {
        COSDictionary dict = font.getCOSObject();
        COSStream toUnicode = dict.getCOSStream(COSName.TO_UNICODE);
        COSArray descendants = dict.getCOSArray(COSName.DESCENDANT_FONTS);
        if (toUnicode == null || descendants == null || !(descendants.getObject(0) instanceof COSDictionary cid)) {
            return false;
        }
        COSStream cidToGid = cid.getCOSStream(COSName.CID_TO_GID_MAP);
        if (cidToGid == null) {
            return false;
        }
        CMap mapped;
        try (InputStream in = toUnicode.createInputStream()) {
            mapped = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        byte[] used;
        try (InputStream in = cidToGid.createInputStream()) {
            used = in.readAllBytes();
        }
        Map<Integer, String> corrected = new TreeMap<>();
        boolean changed = false;
        for (int cidCode = 1; cidCode < used.length / 2; cidCode++) {
            boolean inSubset = used[2 * cidCode] != 0 || used[2 * cidCode + 1] != 0;
            if (!inSubset) {
                continue;
            }
            String before = mapped.toUnicode(cidCode, 2);
            String after = before != null ? GlyphText.letters(before) : text.substituted(cidCode).orElse(null);
            if (after != null) {
                corrected.put(cidCode, after);
                changed |= !after.equals(before);
            }
        }
        if (changed) {
            try (var out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(corrected));
            }
        }
        return changed;
    }

    /** A ToUnicode CMap (PDF 32000-1, 9.10.3) of two-byte codes to UTF-16BE text. */
    private static byte[] cmap(Map<Integer, String> text) {
        StringBuilder s = new StringBuilder()
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = text.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(from + 100, entries.size()));
            s.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                s.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                for (byte b : e.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    s.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
