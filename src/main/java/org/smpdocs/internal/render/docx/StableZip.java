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
 * instead of the moment of writing. Entry order and content are kept. An issue time outside the
 * DOS dates (1980 to 2107) is stamped as the nearest one: for those Java would add an extended
 * timestamp that it computes in the JVM's time zone.
 */
final class StableZip {
    /** Not 00:00:00: Java takes exactly that moment for "before 1980" and adds the extended timestamp. */
    private static final LocalDateTime FIRST_DOS_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime LAST_DOS_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StableZip() {
    }

    static byte[] stamp(byte[] zip, Instant issued) {
        LocalDateTime utc = LocalDateTime.ofInstant(issued, ZoneOffset.UTC);
        LocalDateTime time = utc.isBefore(FIRST_DOS_TIME) ? FIRST_DOS_TIME : utc.isAfter(LAST_DOS_TIME) ? LAST_DOS_TIME : utc;
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
