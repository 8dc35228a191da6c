package org.smpdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back by its structure tree, for tests: the text of each structure element is
 * the text of the marked content it owns, so a table reads as its rows and cells however the
 * page lays them out, and the glyphs under an element (a {@code Sect}, a {@code Table}) can be
 * checked one by one.
 */
public final class TaggedPdf {
    /** One structure element: its type and the glyphs it owns, in content order. */
    public record Node(String type, List<Node> kids, List<TextPosition> glyphs) {
        /** The text of this element and all below it, white space folded. */
        public String text() {
            StringBuilder out = new StringBuilder();
            collect(this, out);
            return out.toString().replaceAll("\\s+", " ").strip();
        }

        /** Every glyph of this element and all below it. */
        public List<TextPosition> allGlyphs() {
            List<TextPosition> all = new ArrayList<>(glyphs);
            kids.forEach(k -> all.addAll(k.allGlyphs()));
            return all;
        }

        /** Every element of this type at or below this one, in document order. */
        public List<Node> all(String wanted) {
            List<Node> found = new ArrayList<>();
            if (type.equals(wanted)) {
                found.add(this);
            }
            kids.forEach(k -> found.addAll(k.all(wanted)));
            return found;
        }

        /** The rows of a table (its TR elements, header rows included), each as its cells' text. */
        public List<List<String>> rows() {
            return all("TR").stream()
                    .map(tr -> tr.kids().stream().filter(c -> c.type().equals("TD") || c.type().equals("TH"))
                            .map(Node::text).toList())
                    .toList();
        }

        private static void collect(Node node, StringBuilder out) {
            // a new structure element starts a new word: cells and lines are not glued together
            out.append(' ');
            node.glyphs.forEach(g -> out.append(g.getUnicode()));
            node.kids.forEach(k -> collect(k, out));
        }
    }

    private TaggedPdf() {
    }

    /** The structure tree of a PDF, from its root element down, with every page's marked content. */
    public static Node read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, List<TextPosition>>> content = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
                extractor.getMarkedContents().forEach(mc -> index(mc, byMcid));
                content.put(page, byMcid);
            }
            List<Node> top = new ArrayList<>();
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                if (kid instanceof PDStructureElement e) {
                    top.add(node(e, doc.getPage(0), content));
                }
            }
            return new Node("Root", top, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(PDMarkedContent mc, Map<Integer, List<TextPosition>> byMcid) {
        List<TextPosition> glyphs = mc.getContents().stream().filter(TextPosition.class::isInstance)
                .map(TextPosition.class::cast).collect(Collectors.toCollection(ArrayList::new));
        if (mc.getMCID() >= 0) {
            byMcid.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()).addAll(glyphs);
        }
        mc.getContents().stream().filter(PDMarkedContent.class::isInstance)
                .forEach(inner -> index((PDMarkedContent) inner, byMcid));
    }

    private static Node node(PDStructureElement e, PDPage inherited, Map<PDPage, Map<Integer, List<TextPosition>>> content) {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        List<Node> kids = new ArrayList<>();
        List<TextPosition> glyphs = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                kids.add(node(child, page, content));
            } else if (kid instanceof Integer mcid) {
                glyphs.addAll(content.getOrDefault(page, Map.of()).getOrDefault(mcid, List.of()));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage refPage = ref.getPage() != null ? ref.getPage() : page;
                glyphs.addAll(content.getOrDefault(refPage, Map.of()).getOrDefault(ref.getMCID(), List.of()));
            }
        }
        return new Node(e.getStructureType(), kids, glyphs);
    }
}
