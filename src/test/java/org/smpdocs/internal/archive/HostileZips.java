package org.smpdocs.internal.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile ZIPs for tests, built with java.util.zip: bombs, lying sizes, repeated names. */
public final class HostileZips {
    private HostileZips() {
    }

    /** Something that writes the content of one entry. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The entries of a ZIP, in order, read fully: only for small, well-behaved ZIPs. */
    public static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                all.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return all;
    }

    /**
     * Writes {@code zip} with {@code entries} (deflated, fastest level) and then {@code bomb} as
     * the content of {@code bombName}, which replaces an entry of that name.
     */
    public static Path write(Path zip, Map<String, byte[]> entries, String bombName, Content bomb) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
                ZipOutputStream z = new ZipOutputStream(file)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals(bombName)) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            if (bombName != null) {
                z.putNextEntry(new ZipEntry(bombName));
                bomb.writeTo(z);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** {@code megabytes} MiB of zeros: deflates about a thousand to one. */
    public static Content zeros(int megabytes) {
        return out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
        };
    }

    /**
     * {@code megabytes} MiB of short lines that are not audit entries ("gggx…x"), which deflate
     * only about fifteen to one: past the size limits without tripping the ratio limit.
     */
    public static Content garbageLines(int megabytes) {
        return out -> {
            Random random = new Random(9);
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                for (int j = 0; j < block.length; j++) {
                    block[j] = j % 64 == 63 ? (byte) '\n' : j % 64 < 4 ? (byte) ('a' + random.nextInt(16)) : (byte) 'x';
                }
                out.write(block);
            }
        };
    }

    /**
     * Rewrites the uncompressed size the central directory declares for {@code name} (in every
     * entry of that name), as a forger would, so that only counting while reading can catch it.
     */
    public static void declareSize(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50 && (b.getShort(i + 28) & 0xffff) == wanted.length
                    && Arrays.equals(bytes, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                b.putInt(i + 24, size);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no central directory entry " + name);
        }
        Files.write(zip, bytes);
    }

    /** Renames every entry {@code from} to {@code to} (the same length), so a name can occur twice. */
    public static void rename(Path zip, String from, String to) throws IOException {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names of one length only");
        }
        String text = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
    }
}
