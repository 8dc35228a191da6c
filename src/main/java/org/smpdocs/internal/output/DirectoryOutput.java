package org.smpdocs.internal.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Writes documents into a directory so that a reader never sees half a file and a failure never
 * replaces a good file: bytes go to a temporary file beside the target, are forced to disk, and
 * the temporary file is then moved over the target in one step. Thread-safe.
 */
public final class DirectoryOutput {
    private final Path directory;

    public DirectoryOutput(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Whether writing {@code fileName} would replace a file that {@code owner} does not own: another
     * case's or patient's document, or a file that is not one of ours (see {@link DocumentOwner}).
     * A link is never written through (the write replaces the link itself), but it is not ours
     * either.
     */
    public boolean wouldReplaceForeign(String fileName, DocumentOwner owner) {
        Path target = directory.resolve(fileName);
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !DocumentOwner.of(target).filter(owner::equals).isPresent();
    }

    /** Writes {@code bytes} as {@code fileName} (a plain name, no directories); returns the path. */
    public Path write(String fileName, byte[] bytes) {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        Path target = directory.resolve(fileName);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot write " + fileName + " to " + directory
                    + ": not a directory");
        }
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, ".smp-docs-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
            temp = null;
            return target;
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot write " + fileName + " to " + directory
                    + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * What the system said, in its words ("No space left on device", "Read-only file system"), or
     * the kind of failure where it said nothing.
     */
    static String reason(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as such; leaving it is harmless
            }
        }
    }
}
