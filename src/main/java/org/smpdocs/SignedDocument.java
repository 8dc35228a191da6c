package org.smpdocs;

import java.time.Instant;
import java.util.List;

/**
 * An issued document with every field filled in by the people who signed it, its fields part of
 * the page content (no form fields left), and an evidence page appended; ready for the clinic's
 * seal. {@link #evidenceJson()} is the evidence as a record file (no image data). Immutable;
 * {@link #pdf()} returns a copy.
 */
public final class SignedDocument {
    private final DocumentKind kind;
    private final String caseId;
    private final int session;
    private final byte[] pdf;
    private final List<SignatureEvidence> evidence;
    private final byte[] evidenceJson;
    private final String issuedSha256;
    private final Instant signedAt;
    private final String fileName;

    SignedDocument(RenderedDocument issued, byte[] pdf, List<SignatureEvidence> evidence, byte[] evidenceJson,
            String issuedSha256, Instant signedAt) {
        this.kind = issued.kind();
        this.caseId = issued.caseId();
        this.session = issued.session();
        this.pdf = pdf.clone();
        this.evidence = List.copyOf(evidence);
        this.evidenceJson = evidenceJson.clone();
        this.issuedSha256 = issuedSha256;
        this.signedAt = signedAt;
        String issuedName = issued.fileName(OutputFormat.PDF);
        this.fileName = issuedName.substring(0, issuedName.length() - ".pdf".length()) + "-signed.pdf";
    }

    public DocumentKind kind() {
        return kind;
    }

    public String caseId() {
        return caseId;
    }

    public int session() {
        return session;
    }

    /** The signed PDF, not yet sealed. */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** Every field's evidence, in the order the document shows the fields. */
    public List<SignatureEvidence> evidence() {
        return evidence;
    }

    /** The evidence as a JSON document (UTF-8), as the archive keeps it beside the signed PDF. */
    public byte[] evidenceJson() {
        return evidenceJson.clone();
    }

    /** The SHA-256 (hex) of the issued PDF the signers saw. */
    public String issuedSha256() {
        return issuedSha256;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** The file name: the issued document's with "-signed" ("C-2026-0142-consent-signed.pdf"); ids only. */
    public String fileName() {
        return fileName;
    }
}
