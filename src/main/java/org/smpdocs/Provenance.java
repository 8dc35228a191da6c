package org.smpdocs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a document comes from: what it is, the template and template set it was written from,
 * the input it was written for, and when. Every format carries it in its metadata (the
 * {@code smpdocs.*} entries); the footer shows {@link #shortForm()}. {@code session} is 0 for
 * case-level documents.
 */
public record Provenance(
        String kind,
        String template,
        TemplateSet templateSet,
        String inputSha256,
        String clinic,
        String caseId,
        String patientId,
        int session,
        String contentVersion,
        Instant issuedAt) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The metadata entries, in a fixed order. */
    public Map<String, String> asMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("smpdocs.kind", kind);
        m.put("smpdocs.template", template);
        m.put("smpdocs.template-version", templateSet.version());
        m.put("smpdocs.template-set-sha256", templateSet.sha256());
        m.put("smpdocs.input-sha256", inputSha256);
        m.put("smpdocs.clinic", clinic);
        m.put("smpdocs.case", caseId);
        m.put("smpdocs.patient", patientId);
        if (session > 0) {
            m.put("smpdocs.session", Integer.toString(session));
        }
        m.put("smpdocs.content-version", contentVersion);
        m.put("smpdocs.issued-at", issuedAt.toString());
        return m;
    }

    /** "consent.ftlx 2026.1.0 · set 3f2a9c1b · input 8d7e6f5a · issued 2026-11-24 10:15 UTC". */
    public String shortForm() {
        return template + " " + templateSet.version() + " · set " + templateSet.sha256().substring(0, 8) + " · input "
                + inputSha256.substring(0, 8) + " · issued " + MINUTE.format(issuedAt) + " UTC";
    }
}
