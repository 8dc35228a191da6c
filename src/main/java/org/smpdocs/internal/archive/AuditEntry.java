package org.smpdocs.internal.archive;

/**
 * One line of the audit log: what was issued, when, for which case and session, from which
 * template and input, and the hash chain. No patient values: only the clinic's ids.
 * {@code hash} is the SHA-256 of {@code previous} and the line's other fields (see {@link AuditChain}).
 */
public record AuditEntry(
        long sequence,
        String issuedAt,
        String kind,
        String format,
        String caseId,
        String patientId,
        int session,
        String template,
        String templateVersion,
        String templateSetSha256,
        String inputSha256,
        String documentSha256,
        long size,
        String previous,
        String hash) {

    /** The path of the document in an archive or export. */
    public String documentPath() {
        return "documents/" + documentSha256 + "." + format;
    }

    /** The path of the input snapshot in an archive or export. */
    public String inputPath() {
        return "inputs/" + inputSha256 + ".json";
    }
}
