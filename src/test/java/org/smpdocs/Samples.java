package org.smpdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The bundled samples and a shared engine on a fixed clock, for tests. */
public final class Samples {
    public static final Path ROOT = Path.of("samples");
    public static final Path CLINIC = ROOT.resolve("clinic.json");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);
    private static SmpDocs engine;

    private Samples() {
    }

    /** One engine for all tests, as an application would hold it. */
    public static synchronized SmpDocs engine() {
        if (engine == null) {
            engine = SmpDocs.builder().clinicProfile(CLINIC).clock(CLOCK).build();
        }
        return engine;
    }

    public static List<Path> cases() {
        return list(ROOT.resolve("cases"));
    }

    public static List<Path> invalid() {
        return list(ROOT.resolve("invalid"));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a PDF as PDFBox extracts it in reading order (top to bottom, left to right, as
     * a person reads the page), white space folded to single spaces.
     */
    public static String text(byte[] pdf) {
        return text(pdf, true);
    }

    /**
     * The text of a PDF, white space folded; in reading order, or (unsorted) in the order the
     * producer wrote it, which keeps the lines of a wrapped table cell together.
     */
    public static String text(byte[] pdf, boolean readingOrder) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(readingOrder);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
