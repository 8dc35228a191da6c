package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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

    /**
     * Sets {@code field} of log line {@code number} (from 1) to {@code value} and rehashes that
     * line and every line after it, each chained to the one before: what a forger who can write
     * the folder does to make a changed line pass a plain chain check.
     */
    public static void rewrite(Path archive, int number, String field, String value) throws IOException {
        Path log = archive.resolve(Archive.LOG);
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        String previous = null;
        for (int i = number - 1; i < lines.size(); i++) {
            ObjectNode line = (ObjectNode) AuditLog.JSON.readTree(lines.get(i));
            if (i == number - 1) {
                if (line.get(field) != null && line.get(field).isNumber()) {
                    line.put(field, Long.parseLong(value));
                } else {
                    line.put(field, value);
                }
            } else {
                line.put("previous", previous);
            }
            previous = AuditChain.hash(AuditLog.JSON.treeToValue(line, AuditLine.class)).hex();
            line.put("hash", previous);
            lines.set(i, AuditLog.JSON.writeValueAsString(line));
        }
        Files.write(log, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
