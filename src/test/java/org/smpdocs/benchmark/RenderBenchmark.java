package org.smpdocs.benchmark;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

/**
 * Prints how fast a warm engine renders each kind of document on one and two threads, a plain
 * PDFBox baseline drawing the consent's text with the same font, and the wall time of a cold
 * {@code java -jar} rendering one consent. Run it as the README says; it is not a test.
 */
public final class RenderBenchmark {
    private static final double WARMUP = Double.parseDouble(env("BENCH_WARMUP", "3"));
    private static final double MEASURE = Double.parseDouble(env("BENCH_SECONDS", "5"));

    private RenderBenchmark() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Held so the levels stick: java.util.logging keeps loggers weakly. */
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.hibernate.validator")};

    public static void main(String[] args) throws Exception {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
        // openhtmltopdf's step-by-step log, as the command line and the tests keep it quiet
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.OFF, new ConsoleHandler(), new XRSimpleLogFormatter()));
        Path samples = Path.of("samples");
        SmpDocs engine = SmpDocs.builder().clinicProfile(samples.resolve("clinic.json")).build();
        List<PatientCase> cases = new ArrayList<>();
        try (var files = Files.list(samples.resolve("cases"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> cases.add(engine.readCase(p)));
        }
        System.out.printf(Locale.ROOT, "smp-docs render benchmark: %d sample cases, %s warm-up + %s s per figure, %d cores%n%n",
                cases.size(), WARMUP, MEASURE, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-18s %7s %9s %9s %8s %9s %10s %8s%n", "document", "threads", "docs/s",
                "ms/doc", "pages", "pages/s", "bytes/doc", "scaling");
        for (DocumentKind kind : DocumentKind.values()) {
            Throughput.Task task = i -> engine.render(kind, cases.get(i % cases.size())).bytes(OutputFormat.PDF).length;
            double pages = cases.stream().mapToInt(c -> pages(engine.render(kind, c).bytes(OutputFormat.PDF))).average()
                    .orElseThrow();
            Throughput.Result one = report(kind.id() + " (PDF)", task, averageSize(task, cases.size()), pages);
            if (kind == DocumentKind.CONSENT) {
                SealTiming.report(samples, engine, cases, one, WARMUP, MEASURE);
            }
        }
        SmpDocs word = SmpDocs.builder().clinicProfile(samples.resolve("clinic.json"))
                .formats(EnumSet.of(OutputFormat.DOCX)).build();
        for (DocumentKind kind : DocumentKind.values()) {
            Throughput.Task task = i -> word.render(kind, cases.get(i % cases.size())).bytes(OutputFormat.DOCX).length;
            report(kind.id() + " (DOCX)", task, averageSize(task, cases.size()), Double.NaN);
        }
        String consentText = Samples.text(engine.render(DocumentKind.CONSENT, cases.get(0)).bytes(OutputFormat.PDF));
        List<String> lines = PdfBoxBaseline.wrap(consentText, 105);
        ThreadLocal<PdfBoxBaseline> baseline = ThreadLocal.withInitial(() -> {
            try {
                return new PdfBoxBaseline(lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Throughput.Task plain = i -> baseline.get().render();
        report("PDFBox baseline", plain, averageSize(plain, 1), Math.ceil(lines.size() / 58.0));
        System.out.println();
        ExportBenchmark.report(samples, Integer.parseInt(env("BENCH_EXPORT_RECORDS", "10000")));
        ColdStart.report(samples);
        // the front desk's pages under 20 staff at once (BENCH_WEB_ROUTES chooses the pages)
        org.smpdocs.internal.web.FrontDeskLoad.report(samples);
        // signing a consent on a tablet: "Finish" pressed to the signed record archived
        org.smpdocs.internal.web.TabletSigningLoad.report(samples);
    }

    private static int averageSize(Throughput.Task task, int n) throws Exception {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += task.run(i);
        }
        return (int) (total / n);
    }

    private static int pages(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throughput.Result report(String name, Throughput.Task task, int bytes, double pages) throws Exception {
        Throughput.Result one = Throughput.measure(task, 1, WARMUP, MEASURE);
        Throughput.Result two = Throughput.measure(task, 2, WARMUP, MEASURE);
        print(name, one, bytes, pages, "");
        print("", two, bytes, pages, String.format(Locale.ROOT, "%.2fx", two.perSecond() / one.perSecond()));
        return one;
    }

    private static void print(String name, Throughput.Result r, int bytes, double pages, String scaling) {
        System.out.printf(Locale.ROOT, "%-18s %7d %9.1f %9.2f %8s %9s %10d %8s%n", name, r.threads(),
                r.perSecond(), r.msPerDocument(), Double.isNaN(pages) ? "" : String.format(Locale.ROOT, "%.1f", pages),
                Double.isNaN(pages) ? "" : String.format(Locale.ROOT, "%.1f", r.perSecond() * pages), bytes, scaling);
    }
}
