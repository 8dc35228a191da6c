package org.smpdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The text of a DOCX's {@code word/document.xml}, read straight from the package, one line per
 * paragraph: "[Heading1] What to expect" (the paragraph style in brackets), a table as "| cell |
 * cell |" rows (a cell's paragraphs joined by " / "), a content control as "{tag: text}", a
 * drawing as "[its description]", a line break as a new line indented by two spaces, and the
 * section's page size and margins (in twips) last. Formatting of runs is left out: this is for
 * reading a change of wording or structure in a diff.
 */
final class DocxBodyText {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private DocxBodyText() {
    }

    static String of(byte[] docx) {
        Element body = child(documentXml(docx).getDocumentElement(), "body");
        List<String> lines = new ArrayList<>();
        blocks(body, lines);
        return String.join("\n", lines) + "\n";
    }

    private static void blocks(Element parent, List<String> lines) {
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "p" -> lines.add(paragraph(e));
                case "tbl" -> table(e, lines);
                case "sdt" -> blocks(child(e, "sdtContent"), lines);
                case "sectPr" -> lines.add(section(e));
                default -> {
                    if (!e.getLocalName().endsWith("Pr")) { // properties of a cell or table: no text
                        lines.add("[" + e.getLocalName() + "]");
                    }
                }
            }
        }
    }

    private static String paragraph(Element p) {
        StringBuilder text = new StringBuilder();
        Element properties = child(p, "pPr");
        Element style = properties == null ? null : child(properties, "pStyle");
        if (style != null) {
            text.append('[').append(style.getAttributeNS(W, "val")).append("] ");
        }
        inline(p, text);
        return text.isEmpty() ? "(empty paragraph)" : text.toString().stripTrailing();
    }

    /** The text of runs, content controls and links inside a paragraph, in order. */
    private static void inline(Element parent, StringBuilder text) {
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "r" -> run(e, text);
                case "hyperlink", "smartTag", "ins" -> inline(e, text);
                case "sdt" -> {
                    Element tag = child(child(e, "sdtPr"), "tag");
                    StringBuilder content = new StringBuilder();
                    inline(child(e, "sdtContent"), content);
                    text.append('{').append(tag == null ? "sdt" : tag.getAttributeNS(W, "val")).append(": ")
                            .append(content).append('}');
                }
                default -> {
                    // paragraph properties, bookmarks, proofing marks: no text
                }
            }
        }
    }

    private static void run(Element r, StringBuilder text) {
        for (Element e : children(r)) {
            switch (e.getLocalName()) {
                case "t" -> text.append(e.getTextContent());
                case "tab" -> text.append('\t');
                case "br" -> text.append("page".equals(e.getAttributeNS(W, "type")) ? "\n--- page break ---\n" : "\n  ");
                case "drawing" -> text.append('[').append(drawing(e)).append(']');
                default -> {
                    // run properties
                }
            }
        }
    }

    private static String drawing(Element drawing) {
        var docPr = drawing.getElementsByTagNameNS(WP, "docPr");
        if (docPr.getLength() == 0) {
            return "drawing";
        }
        Element e = (Element) docPr.item(0);
        return e.getAttribute("descr").isEmpty() ? e.getAttribute("name") : e.getAttribute("descr");
    }

    private static void table(Element tbl, List<String> lines) {
        for (Element tr : children(tbl)) {
            if (!tr.getLocalName().equals("tr")) {
                continue;
            }
            StringBuilder row = new StringBuilder("|");
            for (Element tc : children(tr)) {
                if (tc.getLocalName().equals("tc")) {
                    List<String> cell = new ArrayList<>();
                    blocks(tc, cell);
                    row.append(' ').append(String.join(" / ", cell.stream()
                            .filter(s -> !s.equals("(empty paragraph)")).toList())).append(" |");
                }
            }
            lines.add(row.toString());
        }
        lines.add("");
    }

    private static String section(Element sectPr) {
        Element size = child(sectPr, "pgSz");
        Element margins = child(sectPr, "pgMar");
        return "[section] page " + size.getAttributeNS(W, "w") + " x " + size.getAttributeNS(W, "h") + ", margins top "
                + margins.getAttributeNS(W, "top") + " right " + margins.getAttributeNS(W, "right") + " bottom "
                + margins.getAttributeNS(W, "bottom") + " left " + margins.getAttributeNS(W, "left") + ", header "
                + margins.getAttributeNS(W, "header") + " footer " + margins.getAttributeNS(W, "footer");
    }

    private static org.w3c.dom.Document documentXml(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
            throw new IllegalArgumentException("no word/document.xml in the package");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("word/document.xml is not XML", e);
        }
    }

    /** The first child element in the WordprocessingML namespace with this local name, or null. */
    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        return children(parent).stream().filter(e -> name.equals(e.getLocalName())).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }
}
