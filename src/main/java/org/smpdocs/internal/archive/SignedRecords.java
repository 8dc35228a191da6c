package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.SmpDocsException;

/**
 * What {@link Archive#recordSigned} may record: a signed PDF, its evidence as a JSON object, and
 * an issued PDF record to complete that no signed record completes yet. A second signed record
 * for the same issued record is refused: a document is signed once; to sign it again, issue it
 * again. Every refusal is an {@link ErrorCode#INVALID_INPUT} naming records by sequence number only.
 */
final class SignedRecords {
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private SignedRecords() {
    }

    /** Fails unless the bytes begin as a PDF and the evidence is a JSON object. */
    static void requireSignedPdf(byte[] signedPdf, byte[] evidenceJson) {
        if (signedPdf.length < PDF_HEADER.length || !Arrays.equals(signedPdf, 0, PDF_HEADER.length, PDF_HEADER, 0,
                PDF_HEADER.length)) {
            throw refused("the signed document is not a PDF");
        }
        try {
            if (!AuditLog.JSON.readTree(evidenceJson).isObject()) {
                throw refused("the signing evidence is not a JSON object");
            }
        } catch (IOException e) {
            throw refused("the signing evidence is not well-formed JSON");
        }
    }

    /** The issued record {@code completes} names among {@code entries}, if it may be completed at {@code signedAt}. */
    static AuditEntry toComplete(List<AuditEntry> entries, long completes, Instant signedAt) {
        AuditEntry issued = entries.stream().filter(e -> e.sequence() == completes).findFirst()
                .orElseThrow(() -> refused("the archive has no record " + completes + " to sign"));
        IssuedDocument d = issued.document();
        if (d.isSigned()) {
            throw refused("record " + completes + " is itself a signed record, completing record "
                    + d.completion().completes() + "; only an issued record can be signed");
        }
        if (d.format() != OutputFormat.PDF) {
            throw refused("record " + completes + " is a " + d.format().extension() + "; only a PDF record can be signed");
        }
        entries.stream().filter(e -> e.document().isSigned() && e.document().completion().completes() == completes)
                .findFirst().ifPresent(e -> {
                    throw refused("record " + completes + " is already signed: record " + e.sequence()
                            + " completes it; issue the document again to have it signed anew");
                });
        if (signedAt.isBefore(d.issuedAt())) {
            throw refused("the signing time is before record " + completes + " was issued");
        }
        return issued;
    }

    /**
     * Why a signing's evidence does not belong to the issued record it completes, or null when
     * it does: the evidence names the issued PDF's hash, its case, patient and kind.
     */
    static String evidenceMismatch(byte[] evidenceJson, AuditEntry issued) {
        JsonNode document;
        try {
            document = AuditLog.JSON.readTree(evidenceJson).path("document");
        } catch (IOException e) {
            return "its evidence is not well-formed JSON";
        }
        IssuedDocument d = issued.document();
        if (!d.sha256().hex().equals(document.path("issuedSha256").asText())) {
            return "its evidence names another issued document than record " + issued.sequence();
        }
        if (!d.caseId().equals(document.path("caseId").asText()) || !d.patientId().equals(document.path("patientId").asText())
                || !d.kind().id().equals(document.path("kind").asText())) {
            return "its evidence names another case, patient or kind than record " + issued.sequence();
        }
        return null;
    }

    private static SmpDocsException refused(String why) {
        return new SmpDocsException(ErrorCode.INVALID_INPUT, why + "; nothing recorded");
    }
}
