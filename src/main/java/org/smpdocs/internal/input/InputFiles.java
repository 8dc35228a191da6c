package org.smpdocs.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

/**
 * Reads an input file whole, within a size limit: a missing, unreadable or oversized file, or
 * one that is not a regular file (a directory, a FIFO, a device such as /dev/zero), is a problem
 * of that file like any other, never a hang or an exhausted heap.
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them.
     *
     * @throws InvalidInputException naming the file, with the one problem at {@code path}
     */
    static byte[] read(Path file, String path, int limit, String what) {
        String source = String.valueOf(file.getFileName());
        Problem problem = check(file, path, what);
        if (problem == null) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(limit + 1);
                if (bytes.length <= limit) {
                    return bytes;
                }
                problem = new Problem(path, "file-too-large", what + " of at most " + (limit >> 20) + " MiB");
            } catch (NoSuchFileException e) {
                problem = new Problem(path, "file-not-found", "an existing " + what);
            } catch (IOException e) {
                problem = new Problem(path, "unreadable-file", "a readable " + what);
            }
        }
        throw new InvalidInputException(source, List.of(problem));
    }

    /** The problem with {@code file} before it is opened, or null when it can be read. */
    static Problem check(Path file, String path, String what) {
        if (!Files.exists(file)) {
            return new Problem(path, "file-not-found", "an existing " + what);
        }
        if (!Files.isRegularFile(file)) {
            return new Problem(path, "not-a-regular-file", what + " that is a regular file");
        }
        if (!Files.isReadable(file)) {
            return new Problem(path, "unreadable-file", "a readable " + what);
        }
        return null;
    }

    /**
     * {@code name} resolved in {@code folder} (a real path), or null when it is absolute or
     * leads outside the folder, symbolic links followed: how a file names files beside it.
     */
    static Path confined(Path folder, String name) throws IOException {
        Path named = Path.of(name);
        if (named.isAbsolute()) {
            return null;
        }
        Path file = folder.resolve(named).normalize();
        if (!file.startsWith(folder) || Files.exists(file) && !file.toRealPath().startsWith(folder)) {
            return null;
        }
        return file;
    }
}
