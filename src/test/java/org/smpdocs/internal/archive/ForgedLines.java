package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Audit lines a forger writes: any content, with a hash that matches it and the chain, so that
 * only the checks of the fields themselves can catch them. For tests in other packages.
 */
public final class ForgedLines {
    private ForgedLines() {
    }

    /**
     * Appends to the archive's log a copy of its last line with {@code field} set to {@code value}
     * (null: taken out), the next sequence number, chained to the last line and sealed.
     */
    public static void append(Path archive, String field, String value) throws IOException {
        Path log = archive.resolve(Archive.LOG);
        List<String> lines = Files.readAllLines(log);
        ObjectNode last = (ObjectNode) AuditLog.JSON.readTree(lines.get(lines.size() - 1));
        ObjectNode forged = last.deepCopy();
        forged.put("sequence", last.get("sequence").asLong() + 1);
        forged.put("previous", last.get("hash").asText());
        if (value == null) {
            forged.remove(field);
        } else if (last.get(field) != null && last.get(field).isNumber()) {
            forged.put(field, Long.parseLong(value)); // a number field stays a number, as the log writes it
        } else {
            forged.put(field, value);
        }
        forged.put("hash", AuditChain.hash(AuditLog.JSON.treeToValue(forged, AuditLine.class)).hex());
        Files.writeString(log, AuditLog.JSON.writeValueAsString(forged) + "\n", StandardOpenOption.APPEND);
    }
}
