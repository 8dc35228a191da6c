package org.smpdocs.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Writes the records a filter selects as one ZIP: {@code documents/} and {@code inputs/} as
 * stored, {@code manifest.json} and {@code manifest.csv}, and {@code audit.jsonl} with the
 * selected log lines, chain fields included. Files stream from the archive one at a time, so
 * memory does not grow with the number of records; entries are in log order with a fixed time,
 * so the same selection gives the same bytes. Written to a temporary file and moved into place.
 */
public final class Export {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Export() {
    }

    /**
     * @param progress told the number of documents written so far, after each one
     * @return the number of documents exported
     */
    public static int write(Archive archive, ExportFilter filter, Path zip, IntConsumer progress) {
        if (!archive.verify().isEmpty()) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the archive is not intact; run verify --archive first");
        }
        List<AuditEntry> selected = archive.entries().stream().filter(filter::accepts).toList();
        Path dir = zip.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".smp-docs-export-", ".tmp");
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                List<Manifest.Row> rows = new ArrayList<>();
                Set<String> documents = new java.util.HashSet<>();
                Set<String> inputs = new LinkedHashSet<>();
                StringBuilder lines = new StringBuilder();
                int done = 0;
                for (AuditEntry e : selected) {
                    if (documents.add(e.documentPath())) {
                        copy(archive, e.documentPath(), out);
                    }
                    rows.add(Manifest.Row.of(e));
                    inputs.add(e.inputPath());
                    lines.append(AuditLog.JSON.writeValueAsString(e)).append('\n');
                    progress.accept(++done);
                }
                for (String input : inputs) {
                    copy(archive, input, out);
                }
                entry(out, Manifest.JSON_NAME, Manifest.json(rows));
                entry(out, Manifest.CSV_NAME, Manifest.csv(rows));
                entry(out, Archive.LOG, lines.toString().getBytes(StandardCharsets.UTF_8));
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return selected.size();
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot write the export " + zip.getFileName() + ": "
                    + e.getClass().getSimpleName(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a hidden temporary file beside the export; harmless
                }
            }
        }
    }

    private static void copy(Archive archive, String path, ZipOutputStream out) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(entry);
        Files.copy(archive.directory().resolve(path), out);
        out.closeEntry();
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
