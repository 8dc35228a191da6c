package org.smpdocs.internal.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Writes the records a filter selects as one ZIP: {@code documents/} and {@code inputs/} as
 * stored, {@code manifest.json} and {@code manifest.csv}, and {@code audit.jsonl} with the
 * selected log lines, chain fields included. A signed record comes with its {@code evidence/}
 * file and with the issued record it completes, even one issued before the period, so that an
 * auditor always has the pair. When the archive has signed checkpoints, the export carries
 * {@code checkpoints.jsonl} and {@code proofs.jsonl} ({@link ExportProofs}). Files stream from the
 * archive one at a time, so memory does not grow with the size of the records; entries are in log
 * order with a fixed time, so the same selection gives the same bytes. Written to a temporary file
 * and moved into place. The front desk adds its access log of the period as
 * {@value #ACCESS_LOG} ({@link #write(Archive, ExportFilter, Path, IntConsumer, Supplement)}):
 * the verifier accepts that one file besides the records, but no audit line covers it.
 */
public final class Export {
    /** The optional file of an export with the front desk's access log of the period (JSON lines). */
    public static final String ACCESS_LOG = "access-log.jsonl";

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Writes the bytes of a file an export carries besides the records. */
    @FunctionalInterface
    public interface Supplement {
        void writeTo(OutputStream out) throws IOException;
    }

    private Export() {
    }

    /**
     * @param progress told the number of documents written so far, after each one
     * @return the number of documents exported
     */
    public static int write(Archive archive, ExportFilter filter, Path zip, IntConsumer progress) {
        return write(archive, filter, zip, progress, null);
    }

    /**
     * As {@link #write(Archive, ExportFilter, Path, IntConsumer)}, with {@code accessLog} written
     * as {@value #ACCESS_LOG} after the records (none when null).
     *
     * @return the number of documents exported
     */
    public static int write(Archive archive, ExportFilter filter, Path zip, IntConsumer progress, Supplement accessLog) {
        if (!archive.verify().isEmpty()) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the archive is not intact; verify it first");
        }
        Path dir = zip.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".smp-docs-export-", ".tmp");
            int count;
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                // one pass over the log per part of the ZIP: nothing grows with the number of records
                // but the set of paths already written, which keeps each file to one entry, and the
                // sequence numbers of the issued records that selected signed ones complete
                Selection selected = Selection.of(archive, filter);
                ExportProofs proofs = ExportProofs.of(archive, selected);
                start(out, Archive.LOG);
                count = each(archive, selected, e -> out.write((AuditLine.of(e).json() + "\n").getBytes(StandardCharsets.UTF_8)));
                out.closeEntry();
                start(out, Manifest.JSON_NAME);
                try (JsonGenerator json = AuditLog.JSON.getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
                    json.writeStartArray();
                    each(archive, selected, e -> AuditLog.JSON.writeValue(json, Manifest.Row.of(e)));
                    json.writeEndArray();
                }
                out.closeEntry();
                start(out, Manifest.CSV_NAME);
                out.write(Manifest.header(selected.anySigned()));
                each(archive, selected, e -> out.write(Manifest.line(Manifest.Row.of(e), selected.anySigned())));
                out.closeEntry();
                if (!proofs.isEmpty()) {
                    start(out, CheckpointLog.NAME);
                    proofs.writeCheckpoints(out);
                    out.closeEntry();
                    start(out, ExportProofs.NAME);
                    proofs.writeProofs(out);
                    out.closeEntry();
                }
                Set<String> written = new HashSet<>();
                int[] done = {0};
                each(archive, selected, e -> {
                    if (written.add(e.documentPath())) {
                        copy(archive, e.documentPath(), out);
                    }
                    progress.accept(++done[0]);
                });
                each(archive, selected, e -> {
                    if (written.add(e.inputPath())) {
                        copy(archive, e.inputPath(), out);
                    }
                });
                each(archive, selected, e -> {
                    Optional<String> evidence = e.evidencePath();
                    if (evidence.isPresent() && written.add(evidence.get())) {
                        copy(archive, evidence.get(), out);
                    }
                });
                if (accessLog != null) {
                    start(out, ACCESS_LOG);
                    accessLog.writeTo(out);
                    out.closeEntry();
                }
            }
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return count;
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

    /**
     * The entries an export holds: those the filter accepts, and the issued records that the
     * signed ones among them complete; only lines that were there when the export began, so that
     * every pass over the log sees the same lines however many are appended meanwhile.
     */
    private record Selection(ExportFilter filter, Set<Long> completed, boolean anySigned, long lines)
            implements Predicate<AuditEntry> {
        static Selection of(Archive archive, ExportFilter filter) throws IOException {
            Set<Long> completed = new HashSet<>();
            long[] lines = {0};
            archive.log().forEachEntry(e -> {
                lines[0] = e.sequence();
                if (filter.accepts(e) && e.document().isSigned()) {
                    completed.add(e.document().completion().completes());
                }
            });
            return new Selection(filter, completed, !completed.isEmpty(), lines[0]);
        }

        @Override
        public boolean test(AuditEntry e) {
            return e.sequence() <= lines && (filter.accepts(e) || completed.contains(e.sequence()));
        }
    }

    /** Reads the log line by line and acts on each selected entry; returns how many there were. */
    private static int each(Archive archive, Predicate<AuditEntry> selected, AuditLog.EntryAction action) throws IOException {
        int[] n = {0};
        archive.log().forEachEntry(e -> {
            if (selected.test(e)) {
                action.accept(e);
                n[0]++;
            }
        });
        return n[0];
    }

    private static void start(ZipOutputStream out, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(entry);
    }

    private static void copy(Archive archive, String path, ZipOutputStream out) throws IOException {
        start(out, path);
        Files.copy(archive.directory().resolve(path), out);
        out.closeEntry();
    }
}
