package org.smpdocs.internal.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.InlineImage;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.Problem;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;

/**
 * The aftercare e-mail of one session: {@code multipart/mixed} holding a
 * {@code multipart/alternative} (the sheet as plain text, and as HTML with the clinic logo as an
 * inline {@code cid:} part) and the aftercare sheet as a PDF attachment, optionally the treatment
 * report too. The bodies, the logo and the attachments are what the facade renders
 * ({@link OutputFormat#EMAIL_TEXT}, {@link OutputFormat#EMAIL_HTML} and its inline images,
 * {@link OutputFormat#PDF}). From the clinic, Reply-To the clinic, To the patient; the subject in the patient's
 * language from {@code mail.properties} of the template set; non-ASCII names and subjects encoded
 * per RFC 2047. Thread-safe.
 */
public final class AftercareEmail {
    private final SmpDocs sheets;
    private final SmpDocs reports;
    private final Properties subjects = new Properties();
    private final Session session = Session.getInstance(new Properties());

    /** @param engine renders the sheet and report, whatever formats it was built for */
    public AftercareEmail(SmpDocs engine) {
        this.sheets = engine.withFormats(EnumSet.of(OutputFormat.PDF, OutputFormat.EMAIL_TEXT, OutputFormat.EMAIL_HTML));
        this.reports = engine.withFormats(EnumSet.of(OutputFormat.PDF));
        try {
            subjects.load(new StringReader(engine.templateSetText("mail.properties")));
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "mail.properties cannot be read", e);
        }
    }

    /**
     * The message for session {@code session} (0: the latest) of the case.
     *
     * @throws InvalidInputException if the patient has no e-mail address
     */
    public AftercareMessage compose(PatientCase c, int session, boolean withReport) {
        if (c.patient().email() == null || c.patient().email().isBlank()) {
            throw new InvalidInputException("case " + c.id(), List.of(new Problem("patient.email", "required-for-email",
                    "the patient's e-mail address, to send the aftercare sheet")));
        }
        RenderedDocument sheet = sheets.render(DocumentKind.AFTERCARE, c, session);
        try {
            Clinic clinic = sheets.clinic();
            MimeMessage message = new IdentifiedMessage(this.session, messageId(clinic, sheet));
            message.setFrom(new InternetAddress(clinic.email(), clinic.name(), "UTF-8"));
            message.setReplyTo(new InternetAddress[] {new InternetAddress(clinic.email(), clinic.name(), "UTF-8")});
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(c.patient().email(),
                    c.patient().givenName() + " " + c.patient().familyName(), "UTF-8"));
            message.setSubject(subject(c, sheet), "UTF-8");
            message.setSentDate(Date.from(sheet.provenance().issuedAt()));
            String plain = new String(sheet.bytes(OutputFormat.EMAIL_TEXT), StandardCharsets.UTF_8);
            String rich = new String(sheet.bytes(OutputFormat.EMAIL_HTML), StandardCharsets.UTF_8);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(wrap(bodies(plain, rich, sheet.inlineImages())));
            mixed.addBodyPart(attachment(sheet));
            if (withReport) {
                mixed.addBodyPart(attachment(reports.render(DocumentKind.REPORT, c, sheet.session())));
            }
            message.setContent(mixed);
            message.saveChanges();
            return new AftercareMessage(message, sheet.caseId(), sheet.session(), contentSha256(plain, rich));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the aftercare e-mail of case " + c.id() + " could not be composed", e);
        }
    }

    private String subject(PatientCase c, RenderedDocument sheet) {
        String language = c.patient().preferredLanguage().split("-")[0];
        String template = subjects.getProperty("subject." + language);
        if (template == null) {
            language = sheets.clinic().documentLanguage().split("-")[0];
            template = subjects.getProperty("subject." + language, "Aftercare {date}");
        }
        var date = c.session(sheet.session()).orElseThrow().date();
        return template.replace("{date}", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)).format(date));
    }

    /**
     * What the patient reads — the sheet's wording, dates and contacts — without its issue time, so
     * the same sheet rendered again later has the same hash.
     */
    private static String contentSha256(String plain, String rich) {
        return Digests.sha256Hex((plain + "\u0000" + rich).getBytes(StandardCharsets.UTF_8));
    }

    /** Plain text and HTML, the HTML with its inline images (the logo). */
    private static MimeMultipart bodies(String plainText, String htmlText, List<InlineImage> images)
            throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(plainText, "UTF-8", "plain");
        alternative.addBodyPart(plain);
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(htmlText, "UTF-8", "html");
        related.addBodyPart(htmlPart);
        for (InlineImage image : images) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.mediaType())));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(MimeBodyPart.INLINE);
            related.addBodyPart(part);
        }
        alternative.addBodyPart(wrap(related));
        return alternative;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart attachment(RenderedDocument doc) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(doc.bytes(OutputFormat.PDF), "application/pdf")));
        part.setFileName(doc.fileName(OutputFormat.PDF));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** The same sheet of the same session always has the same Message-ID. */
    private static String messageId(Clinic clinic, RenderedDocument sheet) {
        String key = sheet.caseId() + "|" + sheet.session() + "|" + sheet.provenance().inputSha256();
        String domain = clinic.email().substring(clinic.email().indexOf('@') + 1);
        return "<aftercare." + Digests.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "@" + domain + ">";
    }

    /** A message whose Message-ID is ours rather than a random one made on save. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
