package org.smpdocs.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Whom a document already in an output directory was written for: the case and patient ids its
 * metadata records ({@code smpdocs.case}, {@code smpdocs.patient}, in the PDF's document
 * information or the DOCX's custom properties). Empty for a file that is not one of ours or
 * cannot be read. Lets a render replace a case's own earlier documents, and never another
 * patient's that happen to have the same file name.
 */
public record DocumentOwner(String caseId, String patientId) {
    private static final String CASE = "smpdocs.case";
    private static final String PATIENT = "smpdocs.patient";

    /** The owner of {@code file}, a PDF or DOCX by its name. */
    public static Optional<DocumentOwner> of(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                return pdf(file);
            }
            if (name.endsWith(".docx")) {
                return docx(file);
            }
        } catch (IOException | RuntimeException e) {
            // not a document we can read: it has no owner we know of
        }
        return Optional.empty();
    }

    private static Optional<DocumentOwner> pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            return of(info.getCustomMetadataValue(CASE), info.getCustomMetadataValue(PATIENT));
        }
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
