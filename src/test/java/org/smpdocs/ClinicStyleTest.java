package org.smpdocs;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.smpdocs.internal.mail.AftercareEmail;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One source of style (issue 11): a clinic's copy of {@code print.css} whose {@code :root}
 * changes the accent colour, the top margin and the body size changes the PDF, the Word document
 * and the e-mail alike, each read back as a reader gets it; a stylesheet that names an unknown
 * property or gives one a value that cannot be used stops the engine from being built.
 */
class ClinicStyleTest {
    private static final String ACCENT = "#8b1e3f";
    private static final double TOP_MM = 40;
    private static final double BODY_PT = 10.5;
    private static final double PT_PER_MM = 72 / 25.4;
    private static String builtInCss;
    private static String builtInAccent;
    private static double builtInTopMm;
    private static double builtInBodyPt;
    @TempDir
    static Path templates;
    private static SmpDocs builtIn;
    private static SmpDocs clinic;

    @BeforeAll
    static void engines() throws IOException {
        builtInCss = Files.readString(Path.of("templates/print.css"));
        builtInAccent = value("--accent");
        builtInTopMm = Double.parseDouble(value("--page-margin-top").replace("mm", ""));
        builtInBodyPt = Double.parseDouble(value("--font-size").replace("pt", ""));
        String css = replace(builtInCss, "--accent: " + builtInAccent + ";", "--accent: " + ACCENT.toUpperCase() + ";");
        css = replace(css, "--page-margin-top: " + value("--page-margin-top") + ";", "--page-margin-top: " + TOP_MM + "mm;");
        css = replace(css, "--font-size: " + value("--font-size") + ";", "--font-size: " + BODY_PT + "pt;");
        Files.writeString(templates.resolve("print.css"), css);
        builtIn = engine(null);
        clinic = engine(templates);
    }

    private static SmpDocs engine(Path directory) {
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).templateDirectory(directory)
                .formats(EnumSet.allOf(OutputFormat.class)).build();
    }

    /** A property of the built-in stylesheet's :root, read from its text. */
    private static String value(String name) {
        int at = builtInCss.indexOf("\n  " + name + ": ");
        assertTrue(at >= 0, name);
        int start = at + name.length() + 5;
        return builtInCss.substring(start, builtInCss.indexOf(';', start)).strip();
    }

    private static String replace(String text, String what, String with) {
        assertTrue(text.contains(what), what);
        return text.replace(what, with);
    }

    private static PatientCase sample(SmpDocs engine) {
        return engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
    }

    @Test
    void theBuiltInValuesDifferFromTheClinics() {
        assertFalse(builtInAccent.equalsIgnoreCase(ACCENT));
        assertTrue(Math.abs(builtInTopMm - TOP_MM) > 5 && Math.abs(builtInBodyPt - BODY_PT) > 0.5);
    }

    // --- PDF

    /** A glyph as drawn: its text, size in points, baseline from the top of the page and fill colour. */
    record Glyph(String text, double size, double y, int rgb) {
    }

    /** The glyphs of a page, with the fill colour each is drawn in. */
    static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                addOperator(new SetNonStrokingColorSpace(this));
                addOperator(new SetNonStrokingColor(this));
                addOperator(new SetNonStrokingColorN(this));
                addOperator(new SetNonStrokingDeviceRGBColor(this));
                addOperator(new SetNonStrokingDeviceGrayColor(this));
                addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                super.processTextPosition(text);
                try {
                    out.add(new Glyph(text.getUnicode(), text.getYScale(), text.getYDirAdj(),
                            getGraphicsState().getNonStrokingColor().toRGB()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        }
        return out;
    }

    private static int rgb(String css) {
        return Integer.parseInt(css.substring(1), 16);
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16) - (b >> 16)) <= 1 && Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) <= 1
                && Math.abs((a & 0xFF) - (b & 0xFF)) <= 1;
    }

    /** The title's glyphs: the largest on the first page. */
    private static List<Glyph> title(List<Glyph> glyphs) {
        double largest = glyphs.stream().mapToDouble(Glyph::size).max().orElseThrow();
        return glyphs.stream().filter(g -> g.size() > largest - 0.1 && !g.text().isBlank()).toList();
    }

    /** The size most of the page's text is set in, to 0.1 pt. */
    private static double mostCommonSize(List<Glyph> glyphs) {
        Map<Long, Long> counts = glyphs.stream().collect(Collectors.groupingBy(g -> Math.round(g.size() * 10),
                Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
    }

    @Test
    void thePdfTakesTheClinicsAccentMarginAndBodySize() throws IOException {
        byte[] ours = builtIn.render(DocumentKind.CONSENT, sample(builtIn)).bytes(OutputFormat.PDF);
        byte[] theirs = clinic.render(DocumentKind.CONSENT, sample(clinic)).bytes(OutputFormat.PDF);
        List<Glyph> before = glyphs(ours, 1);
        List<Glyph> after = glyphs(theirs, 1);

        assertTrue(title(before).stream().allMatch(g -> near(g.rgb(), rgb(builtInAccent))), "the built-in accent");
        assertTrue(title(after).stream().allMatch(g -> near(g.rgb(), rgb(ACCENT))), "the title in the clinic's accent");
        assertEquals(title(before).size(), title(after).size(), "the same title");
        assertTrue(before.stream().anyMatch(g -> near(g.rgb(), rgb(builtInAccent))));
        assertFalse(after.stream().anyMatch(g -> near(g.rgb(), rgb(builtInAccent))), "no text left in the built-in accent");

        double moved = title(after).get(0).y() - title(before).get(0).y();
        assertEquals((TOP_MM - builtInTopMm) * PT_PER_MM, moved, 0.5, "the first line moves down with the top margin");

        assertEquals(builtInBodyPt, mostCommonSize(before), 0.06);
        assertEquals(BODY_PT, mostCommonSize(after), 0.06, "the body text in the clinic's size");
    }

    // --- DOCX

    private static XWPFDocument docx(SmpDocs engine) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(engine.render(DocumentKind.CONSENT, sample(engine))
                .bytes(OutputFormat.DOCX)));
    }

    private static String colour(XWPFStyle style) {
        return style.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue();
    }

    private static int halfPoints(XWPFStyle style) {
        return ((BigInteger) style.getCTStyle().getRPr().getSzArray(0).getVal()).intValue();
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    @Test
    void theWordDocumentTakesThemToo() throws IOException {
        try (XWPFDocument ours = docx(builtIn); XWPFDocument theirs = docx(clinic)) {
            CTPageMar before = ours.getDocument().getBody().getSectPr().getPgMar();
            CTPageMar after = theirs.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(Math.round(builtInTopMm * 1440 / 25.4), twips(before.getTop()), 1);
            assertEquals(Math.round(TOP_MM * 1440 / 25.4), twips(after.getTop()), 1, "the clinic's top margin");
            assertEquals(twips(before.getLeft()), twips(after.getLeft()), "the other margins as they were");

            Function<XWPFDocument, XWPFStyle> title = d -> d.getStyles().getStyle("Title");
            Function<XWPFDocument, XWPFStyle> heading = d -> d.getStyles().getStyle("Heading1");
            Function<XWPFDocument, XWPFStyle> normal = d -> d.getStyles().getStyle("Normal");
            assertEquals(builtInAccent.substring(1), colour(title.apply(ours)).toLowerCase());
            assertEquals(ACCENT.substring(1), colour(title.apply(theirs)).toLowerCase(), "the title in the clinic's accent");
            assertEquals(ACCENT.substring(1), colour(heading.apply(theirs)).toLowerCase(), "and the headings");
            assertEquals(Math.round(builtInBodyPt * 2), halfPoints(normal.apply(ours)));
            assertEquals(Math.round(BODY_PT * 2), halfPoints(normal.apply(theirs)), "the body in the clinic's size");
            assertEquals(halfPoints(title.apply(ours)), halfPoints(title.apply(theirs)), "the title's size as it was");
            String document = theirs.getDocument().xmlText();
            assertFalse(document.toLowerCase().contains(builtInAccent.substring(1)), "no trace of the built-in accent");
            assertTrue(document.toLowerCase().contains(ACCENT.substring(1)), "table header rows in the clinic's accent");
        }
    }

    // --- e-mail

    private static String html(SmpDocs engine) throws Exception {
        MimeMessage m = new AftercareEmail(engine).compose(sample(engine), 0, false).message();
        Multipart alternative = (Multipart) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        return (String) related.getBodyPart(0).getContent();
    }

    @Test
    void theEmailTakesTheClinicsAccent() throws Exception {
        String ours = html(builtIn);
        String theirs = html(clinic);
        assertTrue(ours.contains("<h1 style=\"margin:0 0 16px 0;font-size:24px;line-height:1.25;color:" + builtInAccent + ";\">"), ours);
        assertTrue(theirs.contains("<h1 style=\"margin:0 0 16px 0;font-size:24px;line-height:1.25;color:" + ACCENT + ";\">"),
                theirs);
        assertTrue(theirs.contains("border-bottom:2px solid " + ACCENT + ";"), "the header's rule");
        assertFalse(theirs.contains(builtInAccent), "no trace of the built-in accent");
        assertEquals(ours.replace(builtInAccent, ACCENT), theirs, "nothing else changes: the e-mail's sizes are its own");
    }

    // --- mistakes

    private static SmpDocsException build(Path directory, String css) throws IOException {
        Files.writeString(directory.resolve("print.css"), css);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine(directory));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        return e;
    }

    @Test
    void anUnknownPropertyStopsTheBuild(@TempDir Path directory) throws IOException {
        String css = replace(builtInCss, "h2 { font-size: var(--h2-size);", "h2 { font-size: var(--h2-sise);");
        int line = (int) css.substring(0, css.indexOf("var(--h2-sise)")).lines().count();
        SmpDocsException e = build(directory, css);
        assertTrue(e.getMessage().startsWith("SMP-TEMPLATE: stylesheet print.css line " + line
                + ": var(--h2-sise) names no property of :root; the properties are "), e.getMessage());
    }

    @Test
    void aValueThatCannotBeUsedStopsTheBuild(@TempDir Path directory) throws IOException {
        String css = replace(builtInCss, "--accent: " + builtInAccent + ";", "--accent: teal;");
        int line = (int) css.substring(0, css.indexOf("--accent: teal")).lines().count();
        assertEquals("SMP-TEMPLATE: stylesheet print.css line " + line
                + ": --accent is \"teal\"; expected a colour written #rrggbb, such as #1d5c63", build(directory, css).getMessage());
    }
}
