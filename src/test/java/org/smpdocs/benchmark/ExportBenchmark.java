package org.smpdocs.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.Export;
import org.smpdocs.internal.archive.ExportFilter;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

/**
 * Fills a scratch archive with N issued documents (aftercare sheets as DOCX, each issued at
 * another minute, so each is different), then times an export of all of them and reports the
 * peak heap the export reached.
 */
final class ExportBenchmark {
    private ExportBenchmark() {
    }

    static void report(Path samples, int records) throws IOException {
        Path dir = Files.createTempDirectory("smp-docs-export-bench");
        try {
            Archive archive = new Archive(dir.resolve("archive"));
            Instant start = Instant.parse("2026-11-01T08:00:00Z");
            SmpDocs engine = SmpDocs.builder().clinicProfile(samples.resolve("clinic.json")).clock(new SteppingClock(start))
                    .formats(EnumSet.of(OutputFormat.DOCX)).build();
            PatientCase c = engine.readCase(samples.resolve("cases/greek-name.json"));
            byte[] snapshot = CaseSnapshot.json(c);
            long fill = System.nanoTime();
            for (int i = 0; i < records; i++) {
                archive.record(engine.render(DocumentKind.AFTERCARE, c), snapshot);
            }
            double fillSeconds = (System.nanoTime() - fill) / 1e9;
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            int exported = Export.write(archive, new ExportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null,
                    null), dir.resolve("export.zip"), n -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "archive: %d documents recorded in %.1f s (render + store + log, %.0f/s)%n",
                    records, fillSeconds, records / fillSeconds);
            System.out.printf(Locale.ROOT, "export: %d records in %.2f s = %.0f records/s, %.1f MB ZIP, peak heap %.0f MB%n",
                    exported, seconds, exported / seconds, Files.size(dir.resolve("export.zip")) / 1e6, peak / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A clock one minute later at every reading: every render is issued at another time. */
    private static final class SteppingClock extends Clock {
        private final AtomicLong minutes = new AtomicLong();
        private final Instant start;

        SteppingClock(Instant start) {
            this.start = start;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofMinutes(minutes.getAndIncrement()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
