package org.smpdocs.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.seal.SealKey;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.model.PatientCase;

/**
 * How long the clinic's seal (B-B, the sample keystore, one thread) takes per consent, next to the
 * time a consent takes to render.
 */
final class SealTiming {
    private static final Instant TIME = Instant.parse("2026-11-24T10:20:00Z");

    private SealTiming() {
    }

    static void report(Path samples, SmpDocs engine, List<PatientCase> cases, Throughput.Result render, double warmup,
            double seconds) throws Exception {
        byte[][] consents = cases.stream().map(c -> engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))
                .toArray(byte[][]::new);
        Sealer sealer = Sealer.of(SealKey.load(samples.resolve("seal/clinic-seal.p12"), "sample-only".toCharArray()));
        Throughput.Task seal = i -> sealer.seal(consents[i % consents.length], "signature-patient", TIME).length;
        Throughput.Result one = Throughput.measure(seal, 1, warmup, seconds);
        System.out.printf(Locale.ROOT, "%-18s seal: %.2f ms/doc (%.0f %% of a consent's render)%n", "", one.msPerDocument(),
                100 * one.msPerDocument() / render.msPerDocument());
    }
}
