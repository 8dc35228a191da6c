package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.AuditEntry;

/**
 * A signed record's evidence as the documents page shows it in one line: when it was signed, who
 * witnessed it, and on which device the marks were made (from the evidence the archive keeps
 * beside the signed PDF; it holds names as the form prints them, never clinical content).
 */
final class SigningEvidenceLine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    private SigningEvidenceLine() {
    }

    /** "Signed 9 Nov 2026, 09:05, witnessed by Sam Taylor, front desk, on tablet (Chrome on Linux)". */
    static String of(Archive archive, AuditEntry signed, ZoneId zone) {
        Optional<byte[]> evidence;
        try {
            evidence = archive.evidence(signed);
        } catch (RuntimeException e) {
            return "The evidence of this signing cannot be read: verify the archive.";
        }
        if (evidence.isEmpty()) {
            return "No evidence is kept with this signed record.";
        }
        try {
            JsonNode root = JSON.readTree(evidence.get());
            String at = root.path("signedAt").asText("");
            String when = at.isEmpty() ? "" : WHEN.format(Instant.parse(at).atZone(zone));
            Set<String> devices = new LinkedHashSet<>();
            Set<String> methods = new LinkedHashSet<>();
            for (JsonNode mark : root.path("fields")) {
                if (mark.hasNonNull("device")) {
                    devices.add(mark.get("device").asText());
                }
                if (mark.hasNonNull("method")) {
                    methods.add(mark.get("method").asText());
                }
            }
            return "Signed " + when + ", witnessed by " + root.path("witness").asText("?")
                    + (devices.isEmpty() ? "" : ", on " + String.join(", ", devices))
                    + (methods.isEmpty() ? "" : " (" + String.join(", ", methods) + ")");
        } catch (IOException | RuntimeException e) {
            return "The evidence of this signing cannot be read: verify the archive.";
        }
    }
}
