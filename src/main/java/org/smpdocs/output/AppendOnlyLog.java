package org.smpdocs.output;

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
import java.util.function.UnaryOperator;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * A file of lines that only grows: the audit log of the archive, the sent-log of e-mail batches.
 * An append holds a lock on the file (other processes wait) and on the file's path (other threads
 * wait: a JVM cannot hold two locks on one file), writes the whole line and forces it to disk. A
 * file whose last line is incomplete — a crash mid-write — is never appended to or silently
 * trimmed: it is reported. Thread-safe.
 */
public final class AppendOnlyLog {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path file;
    private final String name;
    private final String remedy;

    /**
     * @param name what the file is, for messages ("the audit log")
     * @param remedy what to do about an incomplete last line, for messages
     */
    public AppendOnlyLog(Path file, String name, String remedy) {
        this.file = file.toAbsolutePath().normalize();
        this.name = name;
        this.remedy = remedy;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends the line {@code next} makes from the last complete line (null for an empty file) and
     * returns it. The line must not contain a line break.
     */
    public String append(UnaryOperator<String> next) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            String line = next.apply(lastLine(channel));
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a log line cannot contain a line break");
            }
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            long position = channel.size();
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(true);
            return line;
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot append to " + name + " " + file.getFileName() + ": "
                    + e.getClass().getSimpleName(), e);
        } finally {
            local.unlock();
        }
    }

    private String lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        int tail = (int) Math.min(size, 64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate(tail);
        channel.read(buffer, size - tail);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw torn();
        }
        String body = text.substring(0, text.length() - 1);
        return body.substring(body.lastIndexOf('\n') + 1);
    }

    /** The error for a file whose last line is incomplete. */
    public SmpDocsException torn() {
        return new SmpDocsException(ErrorCode.OUTPUT, name + " " + file.getFileName() + " ends with an incomplete line "
                + "(a write was interrupted); nothing more is written to it. " + remedy);
    }

    /** The complete lines of the file, and whether an incomplete one follows them. */
    public record Lines(List<String> complete, boolean tornTail) {
        public Lines {
            complete = List.copyOf(complete);
        }
    }

    /** Every line; an absent file has none. */
    public Lines read() throws IOException {
        if (!Files.exists(file)) {
            return new Lines(List.of(), false);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String last = lines.remove(lines.size() - 1);
        return new Lines(lines, !last.isEmpty());
    }
}
