package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;

/**
 * The files of an archive folder, read so that a hostile folder cannot hang or exhaust the reader:
 * only regular files are opened, and no symbolic link is followed — not a file's, not its
 * folder's — so nothing outside the archive is read and no FIFO or device is opened. Thread-safe.
 */
final class ArchiveFiles {
    /**
     * The largest archived input snapshot read into memory (16 MiB), as {@code reissue} does; a
     * case snapshot is a few KiB.
     */
    static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    /**
     * The largest archived document read into memory (256 MiB, as in an export): the issued PDF a
     * signer fills, a signed PDF whose seal verify checks. An issued PDF is well under 10 MiB.
     */
    static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    /** What is at a path. */
    enum Kind {
        /** A regular file, reached without a link. */
        REGULAR,
        /** Nothing. */
        ABSENT,
        /** A link, a folder, a FIFO, a device: never opened. */
        OTHER
    }

    private final Path directory;

    ArchiveFiles(Path directory) {
        this.directory = directory;
    }

    /** What {@code relative} ("documents/x.pdf") is; a link anywhere below the archive makes it OTHER. */
    Kind kind(String relative) {
        Path path = directory;
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            path = path.resolve(parts[i]);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return Kind.ABSENT;
            } catch (IOException e) {
                return Kind.OTHER;
            }
            boolean last = i == parts.length - 1;
            if (a.isSymbolicLink() || (last ? !a.isRegularFile() : !a.isDirectory())) {
                return Kind.OTHER;
            }
        }
        return Kind.REGULAR;
    }

    /** Whether {@code folder} is a folder of the archive itself, not a link to one. */
    boolean isFolder(String folder) {
        BasicFileAttributes a = attributes(directory.resolve(folder));
        return a != null && a.isDirectory();
    }

    /** The size of a regular file. */
    long size(String relative) throws IOException {
        return Files.size(directory.resolve(relative));
    }

    /** The SHA-256 of a regular file, streamed. */
    Sha256 sha256(String relative) throws IOException {
        try (InputStream in = open(relative)) {
            return Sha256.of(in);
        }
    }

    /** A regular file of at most {@code max} bytes, read into memory; fails (invalid input) otherwise. */
    byte[] read(String relative, long max) {
        try {
            if (kind(relative) != Kind.REGULAR) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archived file " + relative
                        + " is missing or not a regular file; verify the archive");
            }
            if (size(relative) > max) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archived file " + relative + " is larger than "
                        + max + " bytes, the limit; verify the archive");
            }
            try (InputStream in = open(relative)) {
                return in.readNBytes((int) max);
            }
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archived file " + relative + " cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** The paths ("documents/x.pdf") of everything in a folder of the archive, sorted; none if it is not a folder. */
    List<String> list(String folder) {
        if (!isFolder(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory.resolve(folder))) {
            return files.map(f -> folder + "/" + f.getFileName()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot list " + folder + " in the archive: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private InputStream open(String relative) throws IOException {
        return Files.newInputStream(directory.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
