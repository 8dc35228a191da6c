package org.smpdocs.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static void main(String[] args) throws Exception {
        Path samples = Path.of("samples");
        SmpDocs engine = SmpDocs.builder().clinicProfile(samples.resolve("clinic.json")).build();
        List<PatientCase> cases = new ArrayList<>();
        try (var files = Files.list(samples.resolve("cases"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> cases.add(engine.input().readCase(p, engine.clinic())));
        }
        System.out.printf(Locale.ROOT, "smp-docs render benchmark: %d sample cases, %s warm-up + %s s per figure, %d cores%n%n",
                cases.size(), WARMUP, MEASURE, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-22s %8s %12s %12s %12s %8s%n", "document", "threads", "docs/s", "ms/doc",
                "bytes/doc", "scaling");
        for (DocumentKind kind : DocumentKind.values()) {
            Throughput.Task task = i -> engine.render(kind, cases.get(i % cases.size())).bytes(OutputFormat.PDF).length;
            report(kind.id() + " (PDF)", task, averageSize(task, cases.size()));
        }
        String consentText = Samples.text(engine.render(DocumentKind.CONSENT, cases.get(0)).bytes(OutputFormat.PDF));
        List<String> lines = PdfBoxBaseline.wrap(consentText, 105);
        ThreadLocal<PdfBoxBaseline> baseline = ThreadLocal.withInitial(() -> {
            try {
                return new PdfBoxBaseline(lines);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Throughput.Task plain = i -> baseline.get().render();
        report("PDFBox baseline", plain, averageSize(plain, 1));
        System.out.println();
        ColdStart.report(samples);
    }

    private static int averageSize(Throughput.Task task, int n) throws Exception {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += task.run(i);
        }
        return (int) (total / n);
    }

    private static void report(String name, Throughput.Task task, int bytes) throws Exception {
        Throughput.Result one = Throughput.measure(task, 1, WARMUP, MEASURE);
        Throughput.Result two = Throughput.measure(task, 2, WARMUP, MEASURE);
        print(name, one, bytes, "");
        print("", two, bytes, String.format(Locale.ROOT, "%.2fx", two.perSecond() / one.perSecond()));
    }

    private static void print(String name, Throughput.Result r, int bytes, String scaling) {
        System.out.printf(Locale.ROOT, "%-22s %8d %12.1f %12.2f %12d %8s%n", name, r.threads(), r.perSecond(),
                r.msPerDocument(), bytes, scaling);
    }
}
