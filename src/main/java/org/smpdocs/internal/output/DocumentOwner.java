package org.smpdocs.internal.output;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Whom a document already in an output directory was written for: the case and patient ids its
 * metadata records ({@code smpdocs.case}, {@code smpdocs.patient}, in the PDF's document
 * information or the DOCX's custom properties; for an {@code .eml}, those of the aftercare PDF it
 * carries). Empty for a file that is not one of ours, is larger than {@link #MAX_BYTES} or
 * cannot be read. Lets a render replace a case's own earlier documents, and never another
 * patient's that happen to have the same file name.
 */
public record DocumentOwner(String caseId, String patientId) {
    private static final String CASE = "smpdocs.case";
    private static final String PATIENT = "smpdocs.patient";
    /** The largest file looked into: 64 MiB, far above any document of ours. */
    static final long MAX_BYTES = 64L << 20;

    /** The owner of {@code file}, a PDF or DOCX by its name. */
    public static Optional<DocumentOwner> of(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                return pdf(file);
            }
            if (name.endsWith(".docx")) {
                return docx(file);
            }
            if (name.endsWith(".eml")) {
                return eml(file);
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            // not a document we can read: it has no owner we know of
        }
        return Optional.empty();
    }

    private static Optional<DocumentOwner> pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return pdf(document);
        }
    }

    private static Optional<DocumentOwner> pdf(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return of(info.getCustomMetadataValue(CASE), info.getCustomMetadataValue(PATIENT));
    }

    /** The owner of the first PDF attached to the message. */
    private static Optional<DocumentOwner> eml(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return attachedPdf(new MimeMessage(Session.getInstance(new Properties()), in).getContent());
        }
    }

    private static Optional<DocumentOwner> attachedPdf(Object content) throws IOException, MessagingException {
        if (!(content instanceof Multipart multipart)) {
            return Optional.empty();
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                try (InputStream in = part.getInputStream(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                    return pdf(document);
                }
            }
            Optional<DocumentOwner> inner = attachedPdf(part.getContent());
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static Optional<DocumentOwner> docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
            CTProperty caseId = custom.getProperty(CASE);
            CTProperty patient = custom.getProperty(PATIENT);
            return caseId == null || patient == null ? Optional.empty() : of(caseId.getLpwstr(), patient.getLpwstr());
        }
    }

    private static Optional<DocumentOwner> of(String caseId, String patientId) {
        return caseId == null || patientId == null ? Optional.empty() : Optional.of(new DocumentOwner(caseId, patientId));
    }
}
