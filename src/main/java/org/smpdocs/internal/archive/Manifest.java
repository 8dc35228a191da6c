package org.smpdocs.internal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The manifest of an export, as JSON and as CSV: one row per document. */
final class Manifest {
    static final String JSON_NAME = "manifest.json";
    static final String CSV_NAME = "manifest.csv";
    private static final String HEADER = "path,kind,case,session,template_version,sha256,size,issued_at";

    /** One row: the fields of an audit line as that line spells them. */
    record Row(String path, String kind, String caseId, int session, String templateVersion, String sha256, long size,
            String issuedAt) {
        static Row of(AuditEntry e) {
            AuditLine l = AuditLine.of(e);
            return new Row(e.documentPath(), l.kind(), l.caseId(), l.session(), l.templateVersion(), l.documentSha256(),
                    l.size(), l.issuedAt());
        }
    }

    private Manifest() {
    }

    static byte[] csv(List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header());
        rows.forEach(r -> out.writeBytes(line(r)));
        return out.toByteArray();
    }

    static byte[] header() {
        return (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] line(Row r) {
        return (String.join(",", r.path(), r.kind(), quote(r.caseId()), Integer.toString(r.session()),
                quote(r.templateVersion()), r.sha256(), Long.toString(r.size()), r.issuedAt()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static List<Row> read(byte[] json) throws IOException {
        return List.of(AuditLog.JSON.readValue(json, Row[].class));
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
