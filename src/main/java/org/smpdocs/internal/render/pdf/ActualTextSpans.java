package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Node;

/**
 * Gives each word set in a shaped face (Devanagari, Bengali, Gurmukhi) the text typed, as a
 * marked-content span with an ActualText entry around the glyphs that show it (PDF 32000-1,
 * 14.9.4). Shaping reorders glyphs (a vowel sign drawn before its consonant, a reph after it), so
 * the glyphs read one by one give the letters in the wrong order; PDFBox, poppler's
 * {@code pdftotext} and screen readers read the ActualText instead.
 *
 * <p>The words are found in the laid-out document's text as typed ({@link PreBaseMatras#typed}),
 * split where the layout would change font, and put in drawing order and shaped the way the
 * layout and PDFBox did when they wrote them; a shown string whose glyphs are those of a word gets
 * the word. Runs on a laid-out document before it is saved; not thread-safe:
 * one per document.
 */
final class ActualTextSpans {
    private static final COSName SPAN = COSName.getPDFName("Span");

    /** Each shaped face's glyph runs as PDFBox writes them, and the text each run shows. */
    private final Map<COSDictionary, Map<List<Integer>, String>> words = new HashMap<>();

    /**
     * @param fonts the parsed faces of this render
     * @param used the faces the layout embedded, by face
     * @param dom the document as laid out
     */
    ActualTextSpans(FontSet fonts, Map<FontFace, PDFont> used, org.w3c.dom.Document dom)
            throws IOException {
        Map<FontFace, GsubWorker> shapers = new HashMap<>();
        for (Map.Entry<FontFace, PDFont> e : used.entrySet()) {
            if (e.getKey().shaped()) {
                TrueTypeFont font = fonts.get(e.getKey());
                shapers.put(e.getKey(), new GsubWorkerFactory().getGsubWorker(font.getUnicodeCmapLookup(), font.getGsubData()));
                words.put(e.getValue().getCOSObject(), new HashMap<>());
            }
        }
        if (!shapers.isEmpty()) {
            collect(dom.getDocumentElement(), fonts, used, shapers);
        }
    }

    /** Whether there is nothing to do: no shaped face in the document. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Wraps the shaped words on every page in ActualText spans. */
    void addTo(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            List<Object> tokens = new PDFStreamParser(page).parse();
            List<Object> spanned = span(tokens, page.getResources());
            if (spanned.size() != tokens.size()) {
                PDStream contents = new PDStream(document);
                try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(spanned);
                }
                page.setContents(contents);
            }
        }
    }

    private List<Object> span(List<Object> tokens, PDResources resources) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        Map<List<Integer>, String> current = null;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            String text = null;
            if (op.getName().equals("Tf") && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDFont font = resources.getFont(name);
                current = font == null ? null : words.get(font.getCOSObject());
            } else if (current != null && (op.getName().equals("Tj") || op.getName().equals("TJ")) && !operands.isEmpty()) {
                text = current.get(glyphs(operands.get(0)));
            }
            if (text != null) {
                COSDictionary properties = new COSDictionary();
                properties.setItem(COSName.ACTUAL_TEXT, new COSString(text));
                out.add(SPAN);
                out.add(properties);
                out.add(Operator.getOperator("BDC"));
            }
            out.addAll(operands);
            out.add(op);
            if (text != null) {
                out.add(Operator.getOperator("EMC"));
            }
            operands.clear();
        }
        out.addAll(operands);
        return out;
    }

    /** The two-byte glyph ids a Tj string or TJ array shows. */
    static List<Integer> glyphs(Object operand) {
        List<Integer> glyphs = new ArrayList<>();
        List<? extends COSBase> parts = operand instanceof COSArray array ? array.toList() : List.of((COSBase) operand);
        for (COSBase part : parts) {
            if (part instanceof COSString s) {
                byte[] bytes = s.getBytes();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    glyphs.add((bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF);
                }
            }
        }
        return glyphs;
    }

    private void collect(Node node, FontSet fonts, Map<FontFace, PDFont> used,
            Map<FontFace, GsubWorker> shapers) throws IOException {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            addWords(PreBaseMatras.typed(node), fonts, used, shapers);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, fonts, used, shapers);
        }
    }

    /** Splits text where the layout changes family, and shapes the runs of shaped faces. */
    private void addWords(String text, FontSet fonts, Map<FontFace, PDFont> used,
            Map<FontFace, GsubWorker> shapers) throws IOException {
        int start = 0;
        FontFace.Family runFamily = null;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : -1;
            FontFace.Family family = c < 0 ? null : FontCoverage.family(c).orElse(null);
            if (family != runFamily) {
                FontFace face = shaped(runFamily, shapers);
                if (face != null) {
                    addWord(text.substring(start, i), fonts.get(face), shapers.get(face),
                            words.get(used.get(face).getCOSObject()));
                }
                runFamily = family;
                start = i;
            }
            i += c < 0 ? 1 : Character.charCount(c);
        }
    }

    /** The shaped face of a family, if the document uses one. */
    private static FontFace shaped(FontFace.Family family, Map<FontFace, GsubWorker> shapers) {
        for (FontFace face : shapers.keySet()) {
            if (face.family() == family) {
                return face;
            }
        }
        return null;
    }

    private static void addWord(String word, TrueTypeFont font, GsubWorker shaper, Map<List<Integer>, String> into)
            throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        List<Integer> glyphs = new ArrayList<>();
        PreBaseMatras.visual(word).codePoints().forEach(c -> glyphs.add(cmap.getGlyphId(c)));
        into.putIfAbsent(shaper.applyTransforms(glyphs), word);
    }
}
