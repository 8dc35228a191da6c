package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How what is signed sits on the pages, for every sample on both paper sizes: the statement and
 * every signer's block on one page, a drawback's row with its initials boxes, the table header on
 * every page that holds drawback rows, never a row alone on a page, and no page more than two
 * thirds empty except the last.
 */
class PageLayoutTest {
    /** The body area the stylesheet leaves between the running header and footer, in points. */
    private static final float TOP_MARGIN = 26 / 25.4f * 72;
    private static final float BOTTOM_MARGIN = 17 / 25.4f * 72;
    private static final Map<PaperSize, SmpDocs> ENGINES = new HashMap<>();

    private static synchronized SmpDocs engine(PaperSize paper) {
        return ENGINES.computeIfAbsent(paper, p -> SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .paper(p).formats(java.util.Set.of(OutputFormat.PDF)).build());
    }

    static Stream<Arguments> signedDocuments() {
        return Stream.of(PaperSize.values()).flatMap(paper -> Samples.cases().stream()
                .flatMap(c -> Stream.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE).map(k -> Arguments.of(c, k, paper))));
    }

    static Stream<Arguments> everyDocument() {
        return Stream.of(PaperSize.values()).flatMap(paper -> Samples.cases().stream()
                .flatMap(c -> Stream.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE, DocumentKind.AFTERCARE,
                        DocumentKind.REPORT).map(k -> Arguments.of(c, k, paper))));
    }

    @ParameterizedTest(name = "{1} of {0} on {2}")
    @MethodSource("signedDocuments")
    void theStatementAndEverySignerAreOnOnePage(Path file, DocumentKind kind, PaperSize paper) throws IOException {
        PatientCase c = read(file, paper);
        try (PDDocument doc = Loader.loadPDF(engine(paper).render(kind, c).bytes(OutputFormat.PDF))) {
            List<String> pages = pageTexts(doc);
            int statement = pageOf(pages, "Your statement");
            assertTrue(statement >= 0, "the statement is printed");
            for (Signer s : c.consent().signers()) {
                if (kind == DocumentKind.DISCLOSURE && s.role() == org.smpdocs.model.SignerRole.WITNESS) {
                    continue;
                }
                assertTrue(fold(pages.get(statement)).contains(fold("Printed name " + s.name())),
                        s.role() + " signs on the statement's page " + (statement + 1));
            }
            for (Map.Entry<String, Integer> field : widgetPages(doc).entrySet()) {
                if (field.getKey().startsWith("signature-") || field.getKey().startsWith("date-")) {
                    assertEquals(statement, field.getValue(), field.getKey() + " is on the statement's page");
                }
            }
        }
    }

    @ParameterizedTest(name = "{1} of {0} on {2}")
    @MethodSource("signedDocuments")
    void drawbackRowsKeepTheirInitialsAndHeader(Path file, DocumentKind kind, PaperSize paper) throws IOException {
        SmpDocs engine = engine(paper);
        PatientCase c = read(file, paper);
        try (PDDocument doc = Loader.loadPDF(engine.render(kind, c).bytes(OutputFormat.PDF))) {
            List<String> pages = pageTexts(doc);
            Map<String, Integer> widgets = widgetPages(doc);
            Map<Integer, Integer> rowsOnPage = new HashMap<>();
            List<Drawback> drawbacks = engine.clinic().content().drawbacks();
            for (Drawback d : drawbacks) {
                int page = pageOf(pages, (drawbacks.indexOf(d) + 1) + " " + d.title());
                assertTrue(page >= 0, d.id());
                assertEquals(page, widgets.get("initials-" + d.id()), d.id() + ": its initials box is on its page");
                if (widgets.containsKey("initials-guardian-" + d.id())) {
                    assertEquals(page, widgets.get("initials-guardian-" + d.id()), d.id() + ": the guardian's box too");
                }
                rowsOnPage.merge(page, 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> page : rowsOnPage.entrySet()) {
                assertTrue(fold(pages.get(page.getKey())).contains("No. Drawback Patient's"),
                        "the header row on page " + (page.getKey() + 1));
                assertTrue(page.getValue() >= 2, "no drawback row alone on page " + (page.getKey() + 1));
            }
        }
    }

    @ParameterizedTest(name = "{1} of {0} on {2}")
    @MethodSource("everyDocument")
    void noPageButTheLastIsMoreThanTwoThirdsEmpty(Path file, DocumentKind kind, PaperSize paper) throws IOException {
        PatientCase c = read(file, paper);
        try (PDDocument doc = Loader.loadPDF(engine(paper).render(kind, c).bytes(OutputFormat.PDF))) {
            List<Float> used = usedShare(doc);
            for (int i = 0; i < used.size() - 1; i++) {
                assertTrue(used.get(i) >= 1 / 3f, "page " + (i + 1) + " of " + used.size() + " is "
                        + Math.round(100 * (1 - used.get(i))) + "% empty");
            }
            assertFalse(used.get(used.size() - 1) == 0, "the last page holds something");
        }
    }

    @ParameterizedTest(name = "{1} of {0} on {2}")
    @MethodSource("everyDocument")
    void noPageEndsWithAHeading(Path file, DocumentKind kind, PaperSize paper) throws IOException {
        PatientCase c = read(file, paper);
        String markup = engine(paper).xhtml(kind, c, 0);
        java.util.Set<String> headings = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h[23]>(.*?)</h[23]>").matcher(markup);
        while (m.find()) {
            headings.add(fold(m.group(1).replace("&#39;", "'").replace("&amp;", "&")).strip());
        }
        assertFalse(headings.isEmpty());
        try (PDDocument doc = Loader.loadPDF(engine(paper).render(kind, c).bytes(OutputFormat.PDF))) {
            List<String> last = lastLines(doc);
            for (int i = 0; i < last.size() - 1; i++) {
                assertFalse(headings.contains(last.get(i)), "page " + (i + 1) + " ends with the heading " + last.get(i));
            }
        }
    }

    /** The lowest line of body text on each page. */
    private static List<String> lastLines(PDDocument doc) throws IOException {
        List<String> lines = new ArrayList<>();
        for (java.util.TreeMap<Float, String> page : bodyLines(doc)) {
            lines.add(page.isEmpty() ? "" : fold(page.lastEntry().getValue()).strip());
        }
        return lines;
    }

    /**
     * The body text of each page by line, from the top: the line's height on the page (in points,
     * rounded) to its text, leaving out the running header and footer.
     */
    private static List<java.util.TreeMap<Float, String>> bodyLines(PDDocument doc) throws IOException {
        List<java.util.TreeMap<Float, String>> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            float height = doc.getPage(i).getMediaBox().getHeight();
            java.util.TreeMap<Float, String> byLine = new java.util.TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float y = Math.round(positions.get(0).getYDirAdj());
                    if (y > TOP_MARGIN && y < height - BOTTOM_MARGIN && !text.isBlank()) {
                        byLine.merge(y, text, (before, more) -> before + " " + more);
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            stripper.getText(doc);
            pages.add(byLine);
        }
        return pages;
    }

    private static PatientCase read(Path file, PaperSize paper) {
        return engine(paper).readCase(file);
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (fold(pages.get(i)).contains(fold(text))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    /** The page (from 0) of each form field's widget, by field name. */
    static Map<String, Integer> widgetPages(PDDocument doc) throws IOException {
        Map<String, Integer> pages = new HashMap<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                if (a instanceof PDAnnotationWidget w) {
                    String name = w.getCOSObject().getString(org.apache.pdfbox.cos.COSName.T);
                    if (name == null && w.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PARENT) != null) {
                        name = w.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PARENT)
                                .getString(org.apache.pdfbox.cos.COSName.T);
                    }
                    pages.put(name, i);
                }
            }
        }
        return pages;
    }

    /** How far down its body area each page's text reaches, from 0 (empty) to 1 (full). */
    private static List<Float> usedShare(PDDocument doc) throws IOException {
        List<Float> shares = new ArrayList<>();
        List<java.util.TreeMap<Float, String>> pages = bodyLines(doc);
        for (int i = 0; i < pages.size(); i++) {
            float height = doc.getPage(i).getMediaBox().getHeight();
            float lowest = pages.get(i).isEmpty() ? TOP_MARGIN : pages.get(i).lastKey();
            shares.add((lowest - TOP_MARGIN) / (height - TOP_MARGIN - BOTTOM_MARGIN));
        }
        return shares;
    }
}
