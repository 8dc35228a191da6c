package org.smpdocs.internal.archive;

import java.time.Instant;
import java.util.Objects;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Provenance;
import org.smpdocs.RenderedDocument;
import org.smpdocs.internal.digest.Sha256;

/**
 * What one audit-log line says was issued: when, what kind of document in which format, for which
 * case, patient id and session ({@code 0} for a case-level document), from which template,
 * template version and template set, from which input, and the document's own hash and size. No
 * patient values: only the clinic's ids. A signed record — the sealed, signed PDF that completes
 * an issued one — says the same of the issued record, with its own time, hash and size, and its
 * {@link Completion}; an issued record has none ({@code completion} is null). Immutable.
 */
public record IssuedDocument(
        Instant issuedAt,
        DocumentKind kind,
        OutputFormat format,
        String caseId,
        String patientId,
        int session,
        String template,
        String templateVersion,
        Sha256 templateSetSha256,
        Sha256 inputSha256,
        Sha256 sha256,
        long size,
        Completion completion) {

    /** @throws IllegalArgumentException for a negative session or size; NullPointerException for a missing value */
    public IssuedDocument {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(templateSetSha256, "templateSetSha256");
        Objects.requireNonNull(inputSha256, "inputSha256");
        Objects.requireNonNull(sha256, "sha256");
        if (session < 0) {
            throw new IllegalArgumentException("the session is negative");
        }
        if (size < 0) {
            throw new IllegalArgumentException("the size is negative");
        }
    }

    /** An issued record: no completion. */
    public IssuedDocument(Instant issuedAt, DocumentKind kind, OutputFormat format, String caseId, String patientId,
            int session, String template, String templateVersion, Sha256 templateSetSha256, Sha256 inputSha256,
            Sha256 sha256, long size) {
        this(issuedAt, kind, format, caseId, patientId, session, template, templateVersion, templateSetSha256, inputSha256,
                sha256, size, null);
    }

    /** Whether this is a signed record, one that completes an issued record. */
    public boolean isSigned() {
        return completion != null;
    }

    /**
     * The signed record that completes {@code issued}: its kind, format, case, patient, session,
     * template and input as the issued record's, its own time, hash and size, and the evidence.
     * The one way a signed document is described for the log.
     *
     * @param signedAt when it was signed: the signed record's time in the log
     * @param sha256 the SHA-256 of the signed PDF
     * @param size the number of its bytes
     * @param evidenceSha256 the SHA-256 of its evidence JSON
     */
    static IssuedDocument signed(AuditEntry issued, Instant signedAt, Sha256 sha256, long size, Sha256 evidenceSha256) {
        IssuedDocument d = issued.document();
        return new IssuedDocument(signedAt, d.kind(), d.format(), d.caseId(), d.patientId(), d.session(), d.template(),
                d.templateVersion(), d.templateSetSha256(), d.inputSha256(), sha256, size,
                new Completion(issued.sequence(), evidenceSha256));
    }

    /**
     * One format of a rendered document, as its provenance records it: the one way an issued
     * document is described for the log.
     *
     * @param sha256 the SHA-256 of the document's bytes in {@code format}
     * @param size the number of those bytes
     */
    public static IssuedDocument of(RenderedDocument document, OutputFormat format, Sha256 sha256, long size) {
        Provenance p = document.provenance();
        return new IssuedDocument(p.issuedAt(), document.kind(), format, p.caseId(), p.patientId(), p.session(),
                p.template(), p.templateSet().version(), new Sha256(p.templateSet().sha256()), new Sha256(p.inputSha256()),
                sha256, size);
    }
}
