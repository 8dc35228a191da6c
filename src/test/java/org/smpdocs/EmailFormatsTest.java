package org.smpdocs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mail bodies as formats of the facade, and the images the HTML body shows. */
class EmailFormatsTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final EnumSet<OutputFormat> MAIL = EnumSet.of(OutputFormat.PDF, OutputFormat.EMAIL_TEXT,
            OutputFormat.EMAIL_HTML);
    private final SmpDocs engine = Samples.engine().withFormats(MAIL);

    private PatientCase read(String name) {
        return engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void theAftercareSheetAsPlainTextAndHtmlInUtf8() throws Exception {
        PatientCase c = read("greek-name.json");
        TreatmentSession session = c.latestSession().orElseThrow();
        RenderedDocument sheet = engine.render(DocumentKind.AFTERCARE, c);
        assertEquals(MAIL, sheet.formats());
        assertEquals("C-2026-0153-aftercare-s1.txt", sheet.fileName(OutputFormat.EMAIL_TEXT));
        assertEquals("C-2026-0153-aftercare-s1.html", sheet.fileName(OutputFormat.EMAIL_HTML));

        String text = utf8(sheet.bytes(OutputFormat.EMAIL_TEXT));
        String washing = DAY.format(session.date().plusDays(3));
        assertTrue(text.contains("Do not wash your scalp. ") && text.contains(" | " + washing), text);
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertFalse(text.contains("<"), "no markup in the plain text");

        String html = utf8(sheet.bytes(OutputFormat.EMAIL_HTML));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains(washing), html);
        assertTrue(html.contains("<img src=\"cid:clinic-logo\""), "the logo by content id");
        assertFalse(html.contains("<style") || html.contains("<link") || html.contains("src=\"http"),
                "styles inline, nothing fetched");
        String name = c.patient().givenName() + " " + c.patient().familyName();
        assertTrue(text.contains(name) && html.contains(name), "the patient's name as given, in both bodies");

        // the PDF is the same whether or not the e-mail bodies are rendered with it
        assertArrayEquals(Samples.engine().render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF),
                sheet.bytes(OutputFormat.PDF));
    }

    @Test
    void theHtmlBodyCarriesTheLogoItShowsAsAnInlineImage() throws Exception {
        RenderedDocument sheet = engine.render(DocumentKind.AFTERCARE, read("norwood6-density.json"));
        List<InlineImage> images = sheet.inlineImages();
        assertEquals(1, images.size());
        InlineImage logo = images.get(0);
        assertEquals("clinic-logo", logo.contentId());
        assertEquals("image/png", logo.mediaType());
        BufferedImage sample = ImageIO.read(Samples.ROOT.resolve("logo.png").toFile());
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
        assertEquals(sample.getWidth(), shown.getWidth());
        assertEquals(sample.getHeight(), shown.getHeight());
        assertEquals(sample.getRGB(sample.getWidth() / 2, sample.getHeight() / 2),
                shown.getRGB(shown.getWidth() / 2, shown.getHeight() / 2));
    }

    @Test
    void withoutTheHtmlBodyOrALogoThereIsNoInlineImage() throws Exception {
        PatientCase c = read("greek-name.json");
        assertEquals(List.of(), Samples.engine().render(DocumentKind.AFTERCARE, c).inlineImages(), "PDF only");
        SmpDocs noLogo = SmpDocs.builder().clinic(Samples.engine().clinic()).clock(Samples.CLOCK).formats(MAIL).build();
        RenderedDocument sheet = noLogo.render(DocumentKind.AFTERCARE, c);
        assertEquals(List.of(), sheet.inlineImages());
        assertFalse(utf8(sheet.bytes(OutputFormat.EMAIL_HTML)).contains("cid:"), "no reference to a missing image");
    }

    @Test
    void anInlineImageCannotBeChanged() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        InlineImage image = new InlineImage("clinic-logo", "image/png", png);
        png[1] = 'X';
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, image.bytes(), "the constructor copies");
        image.bytes()[1] = 'X';
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, image.bytes(), "bytes() hands out a copy");
        assertEquals(new InlineImage("clinic-logo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), image);
        assertNotEquals(new InlineImage("clinic-logo", "image/jpeg", image.bytes()), image);
        assertThrows(NullPointerException.class, () -> new InlineImage("clinic-logo", "image/png", null));

        RenderedDocument sheet = engine.render(DocumentKind.AFTERCARE, read("greek-name.json"));
        List<InlineImage> images = sheet.inlineImages();
        assertThrows(UnsupportedOperationException.class, images::clear);
        byte[] logo = images.get(0).bytes();
        Arrays.fill(logo, (byte) 0);
        assertFalse(Arrays.equals(logo, sheet.inlineImages().get(0).bytes()), "the document keeps its logo");
    }

    @Test
    void anEngineForOtherFormatsLeavesTheFirstAsItWas() {
        SmpDocs pdfOnly = Samples.engine();
        assertEquals(EnumSet.of(OutputFormat.PDF), pdfOnly.formats());
        assertEquals(MAIL, engine.formats());
        assertThrows(UnsupportedOperationException.class, () -> engine.formats().clear());
        assertThrows(IllegalArgumentException.class, () -> engine.withFormats(EnumSet.noneOf(OutputFormat.class)));
        EnumSet<OutputFormat> asked = EnumSet.of(OutputFormat.EMAIL_TEXT);
        SmpDocs text = engine.withFormats(asked);
        asked.add(OutputFormat.DOCX);
        assertEquals(EnumSet.of(OutputFormat.EMAIL_TEXT), text.formats(), "the engine keeps its own copy");
        assertEquals(EnumSet.of(OutputFormat.EMAIL_TEXT), text.render(DocumentKind.CONSENT, read("greek-name.json")).formats());
    }
}
