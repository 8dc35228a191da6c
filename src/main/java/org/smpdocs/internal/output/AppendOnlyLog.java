package org.smpdocs.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * A file of lines that only grows: the audit log of the archive, the sent-log of e-mail batches.
 * An append holds a lock on the file (other processes wait) and on the file's path (other threads
 * wait: a JVM cannot hold two locks on one file), writes the whole line and forces it to disk. A
 * file whose last line is incomplete — a crash mid-write — is never appended to or silently
 * trimmed: it is reported. Nor is a path that is there but is not a regular file (a folder, a FIFO,
 * a device such as {@code /dev/zero}, a broken symbolic link) ever opened: reading a FIFO would wait
 * for a writer forever and a device never ends, so it is reported before anything is opened.
 * Thread-safe.
 */
public final class AppendOnlyLog {
    /**
     * The longest line read, in bytes (64 KiB). The lines this project writes are well under 1 KiB;
     * a longer line is not one of them, and is skipped rather than read into memory.
     */
    public static final int MAX_LINE_BYTES = 64 * 1024;
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
        return locked(log -> {
            String line = next.apply(log.lastLine());
            log.append(line);
            return line;
        });
    }

    /** Lines appended while the file is locked; see {@link #locked}. */
    public interface Appender {
        /** The last complete line, the one appended last included; null for an empty file. */
        String lastLine();

        /** Appends {@code line} (no line break in it) and forces it to disk. */
        void append(String line);
    }

    /**
     * Locks the file and runs {@code work}, which may append several lines and do other work that
     * must not interleave with another writer (such as storing the files the lines record). The
     * file's last line is checked first: if it is incomplete, {@code work} does not run at all.
     */
    @SuppressWarnings("try") // the file lock is held, not used, for the whole block
    public <T> T locked(Function<Appender, T> work) {
        requireRegularFileIfPresent();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            String[] last = {lastLine(channel)};
            return work.apply(new Appender() {
                @Override
                public String lastLine() {
                    return last[0];
                }

                @Override
                public void append(String line) {
                    write(channel, line);
                    last[0] = line;
                }
            });
        } catch (IOException e) {
            throw cannotAppend(e);
        } finally {
            local.unlock();
        }
    }

    /**
     * Checks, without opening it, that the file is a regular file (a symbolic link to one
     * included) or is not there at all.
     *
     * @throws SmpDocsException (output) "the sent-log x is not a regular file" otherwise
     */
    public void requireRegularFileIfPresent() {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new SmpDocsException(ErrorCode.OUTPUT, name + " " + file.getFileName() + " is not a regular file");
        }
    }

    private void write(FileChannel channel, String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a log line cannot contain a line break");
        }
        long start = -1;
        try {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            start = channel.size();
            long position = start;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(true);
        } catch (IOException e) {
            rollBack(channel, start);
            throw cannotAppend(e);
        }
    }

    /** Cuts a half-written line off again, so that the file does not end torn; best effort. */
    private static void rollBack(FileChannel channel, long start) {
        if (start >= 0) {
            try {
                channel.truncate(start);
                channel.force(true);
            } catch (IOException ignored) {
                // the line stays torn, and is reported as such
            }
        }
    }

    private SmpDocsException cannotAppend(IOException e) {
        return new SmpDocsException(ErrorCode.OUTPUT, "cannot append to " + name + " " + file.getFileName() + ": "
                + e.getClass().getSimpleName(), e);
    }

    private String lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        int tail = (int) Math.min(size, MAX_LINE_BYTES + 1L);
        ByteBuffer buffer = ByteBuffer.allocate(tail);
        while (buffer.hasRemaining() && channel.read(buffer, size - tail + buffer.position()) > 0) {
            // a file channel reads all it is asked for, but need not in one call
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw torn();
        }
        String body = text.substring(0, text.length() - 1);
        if (body.lastIndexOf('\n') < 0 && size > tail) {
            throw new SmpDocsException(ErrorCode.OUTPUT, name + " " + file.getFileName() + " ends with a line longer than "
                    + MAX_LINE_BYTES + " bytes; nothing more is written to it. " + remedy);
        }
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

    /**
     * Every line; an absent file has none.
     *
     * @throws SmpDocsException (output) for a line longer than {@link #MAX_LINE_BYTES}, or a path
     *     that is not a regular file
     */
    public Lines read() throws IOException {
        List<String> lines = new ArrayList<>();
        boolean[] torn = {false};
        forEachLine(line -> {
            switch (line.kind()) {
                case COMPLETE -> lines.add(line.text());
                case TORN -> torn[0] = true;
                case OVERLONG -> throw new SmpDocsException(ErrorCode.OUTPUT, name + " " + file.getFileName() + " line "
                        + line.number() + " is longer than " + MAX_LINE_BYTES + " bytes. " + remedy);
            }
        });
        return new Lines(lines, torn[0]);
    }

    /** Something done with each line. */
    public interface LineAction {
        void accept(LineReader.Line line) throws IOException;
    }

    /**
     * Reads the file line by line, holding one line of at most {@link #MAX_LINE_BYTES} at a time;
     * an absent file has none.
     *
     * @throws SmpDocsException (output) for a path that is not a regular file, before opening it
     */
    public void forEachLine(LineAction action) throws IOException {
        requireRegularFileIfPresent();
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            LineReader lines = new LineReader(in, MAX_LINE_BYTES);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                action.accept(line);
            }
        }
    }
}
