package org.smpdocs.internal.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.smpdocs.SignatureEvidence;
import org.smpdocs.internal.input.StrictMapper;

/**
 * The evidence of a signing as the archive keeps it beside the signed PDF: canonical JSON
 * (properties sorted, indented), ids, names as the form prints them, times, methods and
 * devices; no image data and no clinical content.
 */
public final class EvidenceJson {
    private EvidenceJson() {
    }

    record Document(String kind, String title, String caseId, String patientId, int session, String issuedSha256) {
    }

    record Mark(String field, String what, String role, String name, String signedAt, String method, Boolean ticked,
            String device, String witness) {
    }

    record Evidence(String format, Document document, String signedAt, String witness, List<Mark> fields) {
    }

    /** The UTF-8 JSON of the evidence. */
    public static byte[] of(String kind, String title, String caseId, String patientId, int session, String issuedSha256,
            java.time.Instant signedAt, String witness, List<SignatureEvidence> evidence) {
        List<Mark> marks = evidence.stream().map(e -> new Mark(e.field(), e.what(), e.role(), e.name(),
                e.signedAt().toString(), e.method().map(m -> m.id()).orElse(null), e.ticked().orElse(null),
                e.device().orElse(null), e.witness())).toList();
        Evidence all = new Evidence("smp-docs signing evidence v1",
                new Document(kind, title, caseId, patientId, session, issuedSha256), signedAt.toString(), witness, marks);
        try {
            return StrictMapper.canonicalWriter().writeValueAsBytes(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence of strings and numbers always serialises", e);
        }
    }
}
