package org.smpdocs.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * The append-only audit log, one JSON line per issued document, chained by hash. An append holds
 * a lock on the file (other processes wait) and on the file's path (other threads wait: a JVM
 * cannot hold two locks on one file), writes the whole line and forces it to disk. A log whose
 * last line is incomplete — a crash mid-write — is never appended to or silently trimmed: it is
 * reported. Thread-safe.
 */
final class AuditLog {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final Path file;

    AuditLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /** Appends the entry after the last line, with the next sequence number and chained hash. */
    AuditEntry append(AuditEntry draft) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            AuditEntry last = lastEntry(channel);
            AuditEntry entry = AuditChain.sealed(new AuditEntry(last == null ? 1 : last.sequence() + 1, draft.issuedAt(),
                    draft.kind(), draft.format(), draft.caseId(), draft.patientId(), draft.session(), draft.template(),
                    draft.templateVersion(), draft.templateSetSha256(), draft.inputSha256(), draft.documentSha256(),
                    draft.size(), last == null ? AuditChain.GENESIS : last.hash(), null));
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            long position = channel.size();
            while (line.hasRemaining()) {
                position += channel.write(line, position);
            }
            channel.force(true);
            return entry;
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot append to the audit log " + file.getFileName()
                    + ": " + e.getClass().getSimpleName(), e);
        } finally {
            local.unlock();
        }
    }

    /** The last complete line, or null for an empty log; a torn last line is an error. */
    private AuditEntry lastEntry(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        int tail = (int) Math.min(size, 64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate(tail);
        channel.read(buffer, size - tail);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the audit log " + file.getFileName() + " ends with an incomplete "
                    + "line (a write was interrupted); nothing was appended. Run verify and repair the log first.");
        }
        String body = text.substring(0, text.length() - 1);
        return JSON.readValue(body.substring(body.lastIndexOf('\n') + 1), AuditEntry.class);
    }

    /** The complete lines of the log, and whether an incomplete one follows them. */
    record Lines(List<String> complete, boolean tornTail) {
    }

    Lines read() throws IOException {
        if (!Files.exists(file)) {
            return new Lines(List.of(), false);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String last = lines.remove(lines.size() - 1);
        return new Lines(List.copyOf(lines), !last.isEmpty());
    }
}
