package org.smpdocs.internal.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a DOCX package so that its bytes depend only on its content and issue time: every
 * entry is stamped with the issue time (as a DOS time in UTC, whatever the machine's time zone)
 * instead of the moment of writing. Entry order and content are kept.
 */
final class StableZip {
    private StableZip() {
    }

    static byte[] stamp(byte[] zip, Instant issued) {
        LocalDateTime time = LocalDateTime.ofInstant(issued, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream stamped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                stamped.putNextEntry(copy);
                in.transferTo(stamped);
                stamped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
