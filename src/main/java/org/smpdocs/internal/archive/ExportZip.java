package org.smpdocs.internal.archive;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * An export ZIP opened for reading within limits, so that a hostile ZIP — a "zip bomb", millions
 * of entries, names that leave the folder, one name twice — ends in a one-line error or a finding,
 * in bounded time and memory. Every entry is read through a stream that counts the bytes it
 * inflates: the size the ZIP declares is checked before reading, and the size it really has
 * while reading. Not thread-safe.
 */
final class ExportZip implements Closeable {
    /**
     * The most entries an export may hold (200,000): a document and its input per record, for
     * about a hundred thousand records.
     */
    static final int MAX_ENTRIES = 200_000;

    /**
     * The largest {@code audit.jsonl}, {@code manifest.json} or {@code manifest.csv} (64 MiB
     * inflated each): about 90,000 records' lines at well under 1 KiB a line.
     */
    static final long MAX_INDEX_BYTES = 64L * 1024 * 1024;

    /** The largest document or input in an export (256 MiB inflated); an issued PDF is well under 10 MiB. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The most an entry may inflate per compressed byte (100 to 1), once past
     * {@link #RATIO_FREE_BYTES}. PDFs, DOCX files and hash-filled JSON compress far less; only a
     * bomb gets near it. It bounds the work of checking an export by the export's own size.
     */
    static final int MAX_INFLATION_RATIO = 100;

    /** What any entry may inflate to before {@link #MAX_INFLATION_RATIO} applies (1 MiB). */
    static final long RATIO_FREE_BYTES = 1024L * 1024;

    private final String name;
    private final ZipFile file;

    private ExportZip(String name, ZipFile file) {
        this.name = name;
        this.file = file;
    }

    /**
     * Opens the export at {@code zip}.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when it is missing, a folder,
     *     not a ZIP, or holds more than {@link #MAX_ENTRIES} entries
     */
    static ExportZip open(Path zip) {
        String name = String.valueOf(zip.getFileName());
        if (Files.isDirectory(zip)) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, name + " is a folder, not an export");
        }
        if (Files.exists(zip) && !Files.isRegularFile(zip)) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, name + " is not a regular file, so not an export");
        }
        ZipFile file;
        try {
            file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, name + " does not exist", e);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, name + " is not a readable ZIP: "
                    + e.getClass().getSimpleName(), e);
        }
        int size = file.size();
        if (size > MAX_ENTRIES) {
            closeQuietly(file);
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, name + " holds " + size + " entries, more than "
                    + MAX_ENTRIES + ", the limit for an export; not checked");
        }
        return new ExportZip(name, file);
    }

    /**
     * The entries by name. A name that leaves the folder it is unpacked into is named and left
     * out; so is a name that occurs more than once, every copy of it: which copy a reader gets
     * differs from tool to tool.
     */
    Map<String, ZipEntry> entries(List<Finding> findings) {
        Map<String, ZipEntry> entries = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (unsafe(entry.getName())) {
                findings.add(new Finding(Finding.Problem.EXTRA, entry.getName(), "a name that leaves the export's folder"));
            } else if (entries.put(entry.getName(), entry) != null && repeated.add(entry.getName())) {
                findings.add(new Finding(Finding.Problem.EXTRA, entry.getName(), "the name occurs more than once"));
            }
        }
        repeated.forEach(entries::remove);
        return entries;
    }

    /** Whether the ZIP holds an entry of that name, whether or not {@link #entries} left it out. */
    boolean contains(String entryName) {
        ZipEntry entry = file.getEntry(entryName);
        // getEntry("x") also finds a folder "x/"
        return entry != null && entry.getName().equals(entryName);
    }

    private static boolean unsafe(String name) {
        return name.startsWith("/") || name.contains("\\") || name.contains(":")
                || List.of(name.split("/")).contains("..");
    }

    /**
     * The inflated bytes of {@code entry}, failing with {@link ErrorCode#INVALID_INPUT} as soon as
     * they pass {@code limit} or {@link #MAX_INFLATION_RATIO} — before reading, if the ZIP
     * declares so.
     */
    InputStream open(ZipEntry entry, long limit) throws IOException {
        if (entry.getSize() > limit) {
            throw tooLarge(entry, "declares " + entry.getSize() + " bytes inflated, more than " + limit + ", the limit");
        }
        long compressed = entry.getCompressedSize();
        long ratioLimit = compressed < 0 || compressed > Long.MAX_VALUE / MAX_INFLATION_RATIO ? limit
                : Math.max(RATIO_FREE_BYTES, compressed * MAX_INFLATION_RATIO);
        return new FilterInputStream(file.getInputStream(entry)) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                    if (count > limit) {
                        throw tooLarge(entry, "inflates to more than " + limit + " bytes, the limit");
                    }
                    if (count > ratioLimit) {
                        throw tooLarge(entry, "inflates to more than " + MAX_INFLATION_RATIO
                                + " times its compressed size, the limit");
                    }
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
            }
        };
    }

    private SmpDocsException tooLarge(ZipEntry entry, String what) {
        return new SmpDocsException(ErrorCode.INVALID_INPUT, name + ": " + entry.getName() + " " + what + "; not checked");
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private static void closeQuietly(ZipFile file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }
}
