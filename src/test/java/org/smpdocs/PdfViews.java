package org.smpdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Readable views of a PDF for golden files, read back with PDFBox: its text page by page, and
 * its metadata (Info dictionary, XMP properties, pages, form fields).
 */
final class PdfViews {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private PdfViews() {
    }

    /**
     * The text of every page in reading order, each page under a line "--- page 2 of 5 ---",
     * trailing spaces cut, blank lines kept as the layout has them.
     */
    static String pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            StringBuilder out = new StringBuilder();
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.append("--- page ").append(page).append(" of ").append(pages).append(" ---\n");
                for (String line : stripper.getText(doc).strip().split("\n", -1)) {
                    out.append(line.stripTrailing()).append('\n');
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's metadata, each section sorted by key: the Info dictionary, the XMP
     * properties (PDF/A and PDF/UA identification, Dublin Core, dates, provenance), the pages'
     * sizes and the form fields with the page each is on.
     */
    static String info(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder out = new StringBuilder("[info]\n");
            COSDictionary info = doc.getDocumentInformation().getCOSObject();
            Map<String, String> entries = new TreeMap<>();
            for (COSName key : info.keySet()) {
                COSBase value = info.getDictionaryObject(key);
                entries.put(key.getName(), value instanceof COSString s ? s.getString() : String.valueOf(value));
            }
            entries.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
            out.append("\n[xmp]\n");
            xmp(doc.getDocumentCatalog().getMetadata()).forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
            out.append("\n[pages]\n").append(doc.getNumberOfPages()).append(" pages of ");
            PDRectangle box = doc.getPage(0).getMediaBox();
            out.append(Math.round(box.getWidth())).append(" x ").append(Math.round(box.getHeight())).append(" pt\n");
            out.append("\n[fields]\n");
            fields(doc).forEach(line -> out.append(line).append('\n'));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leaf properties of the XMP packet's descriptions (not the PDF/A extension schemas), sorted. */
    private static Map<String, String> xmp(PDMetadata metadata) throws IOException {
        Map<String, String> properties = new TreeMap<>();
        if (metadata == null) {
            return properties;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(metadata.toByteArray()));
            var descriptions = xml.getElementsByTagNameNS(RDF, "Description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                for (Node n = descriptions.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && !e.getNodeName().startsWith("pdfaExtension:")) {
                        properties.put(e.getNodeName(), e.getTextContent().strip().replaceAll("\\s+", " "));
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the XMP packet is not XML", e);
        }
        return properties;
    }

    /** "initials-drawback-1 (Tx) on page 2", one per widget, sorted. */
    private static List<String> fields(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        List<String> lines = new ArrayList<>();
        if (form == null) {
            return lines;
        }
        Map<COSDictionary, Integer> pageOf = new HashMap<>();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    pageOf.put(annotation.getCOSObject(), number);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDTerminalField terminal) {
                for (PDAnnotationWidget widget : terminal.getWidgets()) {
                    lines.add(field.getFullyQualifiedName() + " (" + field.getFieldType() + ") on page "
                            + pageOf.getOrDefault(widget.getCOSObject(), 0));
                }
            }
        }
        return lines.stream().sorted().toList();
    }
}
