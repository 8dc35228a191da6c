package org.smpdocs.internal.mail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aftercare e-mail, written out and parsed back as a mail program would. */
class AftercareEmailTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private final SmpDocs engine = Samples.engine();
    private final AftercareEmail email = new AftercareEmail(engine);

    private PatientCase read(String name) {
        return engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
    }

    private static MimeMessage roundTrip(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aMessageWithTextHtmlInlineLogoAndThePdfSheet() throws Exception {
        PatientCase c = read("greek-name.json");
        MimeMessage m = roundTrip(email.compose(c, 0, false).message());
        assertEquals(new InternetAddress(engine.clinic().email(), engine.clinic().name(), "UTF-8"), m.getFrom()[0]);
        assertEquals(engine.clinic().email(), ((InternetAddress) m.getReplyTo()[0]).getAddress());
        InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertEquals("Αλέξανδρος Παπαδόπουλος", to.getPersonal(), "non-ASCII names survive the round trip");
        assertEquals(c.patient().email(), to.getAddress());
        assertEquals("Οδηγίες φροντίδας μετά τη συνεδρία SMP της 12 Νοεμβρίου 2026", m.getSubject(), "in the patient's language");
        assertEquals(Samples.CLOCK.millis(), m.getSentDate().getTime());
        assertTrue(m.getMessageID().matches("<aftercare\\.[0-9a-f]{32}@deansgatescalp\\.example\\.com>"), m.getMessageID());

        Multipart mixed = (Multipart) m.getContent();
        assertTrue(m.isMimeType("multipart/mixed"));
        assertEquals(2, mixed.getCount());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        String text = (String) alternative.getBodyPart(0).getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        var session = c.latestSession().orElseThrow();
        assertTrue(text.contains("Do not wash your scalp. ") && text.contains(" | " + DAY.format(session.date().plusDays(3))
                + " | You may wash it with a mild shampoo from " + DAY.format(session.date().plusDays(4))), text);
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        String html = (String) related.getBodyPart(0).getContent();
        assertTrue(related.getBodyPart(0).isMimeType("text/html"));
        assertTrue(html.contains("src=\"cid:clinic-logo\"") && html.contains(DAY.format(session.date().plusDays(3))));
        MimeBodyPart logo = (MimeBodyPart) related.getBodyPart(1);
        assertEquals("<clinic-logo>", logo.getContentID());
        assertEquals(Part.INLINE, logo.getDisposition());
        assertTrue(logo.isMimeType("image/png"), logo.getContentType());
        byte[] png = logo.getInputStream().readAllBytes();
        // the logo as the engine renders it for the HTML body: a PNG of the file's pixels only
        RenderedDocument body = engine.withFormats(EnumSet.of(OutputFormat.EMAIL_HTML)).render(DocumentKind.AFTERCARE, c);
        assertTrue(Arrays.equals(body.inlineImages().get(0).bytes(), png), "the clinic logo");
        BufferedImage sample = ImageIO.read(Samples.ROOT.resolve("logo.png").toFile());
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(sample.getWidth(), sent.getWidth());
        assertEquals(sample.getRGB(sample.getWidth() / 2, sample.getHeight() / 2),
                sent.getRGB(sent.getWidth() / 2, sent.getHeight() / 2));

        Part pdf = mixed.getBodyPart(1);
        assertTrue(pdf.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        assertEquals("C-2026-0153-aftercare-s1.pdf", pdf.getFileName());
        String pdfText = Samples.text(pdf.getInputStream().readAllBytes());
        assertTrue(pdfText.contains("Αλέξανδρος Παπαδόπουλος") && pdfText.contains(DAY.format(session.date().plusDays(3))));
    }

    @Test
    void theSameSheetKeepsItsMessageIdAndAnEnglishPatientGetsAnEnglishSubject() throws Exception {
        PatientCase c = read("norwood6-density.json");
        MimeMessage first = roundTrip(email.compose(c, 0, true).message());
        MimeMessage again = roundTrip(email.compose(c, 0, true).message());
        assertEquals(first.getMessageID(), again.getMessageID());
        assertEquals("Your aftercare after your SMP session on 16 November 2026", first.getSubject());
        Multipart mixed = (Multipart) first.getContent();
        assertEquals(3, mixed.getCount(), "with the treatment report");
        assertEquals("C-2026-0142-report-s2.pdf", mixed.getBodyPart(2).getFileName());
        assertTrue(new String(mixed.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aPatientWithoutAnAddressIsAProblemNotAMessage() throws Exception {
        String json = Files.readString(Samples.ROOT.resolve("cases/norwood6-density.json"))
                .replaceFirst("\"email\": \"[^\"]*\",", "");
        PatientCase c = engine.readCase("case.json", json.getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> email.compose(c, 0, false).message());
        assertEquals("patient.email", e.problems().get(0).path());
        assertEquals("required-for-email", e.problems().get(0).rule());
    }
}
