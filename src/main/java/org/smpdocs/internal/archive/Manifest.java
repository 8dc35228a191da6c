package org.smpdocs.internal.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The manifest of an export, as JSON and as CSV: one row per document. A signed record's row says
 * so ({@code event}, the record it {@code completes}, its evidence's hash); in the CSV these are
 * three more columns, present only in an export that holds a signed record, so that an export
 * without one is the same bytes as before signed records existed.
 */
final class Manifest {
    static final String JSON_NAME = "manifest.json";
    static final String CSV_NAME = "manifest.csv";
    private static final String HEADER = "path,kind,case,session,template_version,sha256,size,issued_at";
    private static final String SIGNED_HEADER = ",event,completes,evidence_sha256";

    /** One row: the fields of an audit line as that line spells them. */
    record Row(String path, String kind, String caseId, int session, String templateVersion, String sha256, long size,
            String issuedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String event,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long completes,
            @JsonInclude(JsonInclude.Include.NON_NULL) String evidenceSha256) {
        static Row of(AuditEntry e) {
            AuditLine l = AuditLine.of(e);
            return new Row(e.documentPath(), l.kind(), l.caseId(), l.session(), l.templateVersion(), l.documentSha256(),
                    l.size(), l.issuedAt(), l.event(), l.completes(), l.evidenceSha256());
        }
    }

    private Manifest() {
    }

    static byte[] csv(List<Row> rows) {
        boolean signed = rows.stream().anyMatch(r -> r.event() != null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(signed));
        rows.forEach(r -> out.writeBytes(line(r, signed)));
        return out.toByteArray();
    }

    /** The CSV header; with the signed records' columns when {@code signed}. */
    static byte[] header(boolean signed) {
        return (HEADER + (signed ? SIGNED_HEADER : "") + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV row; with the signed records' columns (empty for an issued record) when {@code signed}. */
    static byte[] line(Row r, boolean signed) {
        String row = String.join(",", r.path(), r.kind(), quote(r.caseId()), Integer.toString(r.session()),
                quote(r.templateVersion()), r.sha256(), Long.toString(r.size()), r.issuedAt());
        if (signed) {
            row += "," + (r.event() == null ? "" : r.event()) + "," + (r.completes() == null ? "" : r.completes()) + ","
                    + (r.evidenceSha256() == null ? "" : r.evidenceSha256());
        }
        return (row + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static List<Row> read(byte[] json) throws IOException {
        return List.of(AuditLog.JSON.readValue(json, Row[].class));
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
