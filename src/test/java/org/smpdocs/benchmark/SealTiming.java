package org.smpdocs.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.smpdocs.DocumentKind;
import org.smpdocs.Marks;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Signing;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.seal.SealKey;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.signing.EvidencePage;
import org.smpdocs.model.PatientCase;

/**
 * How long signing a consent takes (every field filled, the evidence page, the layout of the
 * whole) and then sealing it (B-B, the sample keystore), one thread each, next to the time a
 * consent takes to render.
 */
final class SealTiming {
    private static final Instant TIME = Instant.parse("2026-11-24T10:20:00Z");

    private SealTiming() {
    }

    static void report(Path samples, SmpDocs engine, List<PatientCase> cases, Throughput.Result render, double warmup,
            double seconds) throws Exception {
        List<RenderedDocument> issued = cases.stream().map(c -> engine.render(DocumentKind.CONSENT, c)).toList();
        List<Signing> signings = issued.stream().map(d -> Marks.everyField(d.bytes(OutputFormat.PDF)).build()).toList();
        byte[][] signed = new byte[issued.size()][];
        for (int i = 0; i < signed.length; i++) {
            signed[i] = engine.sign(issued.get(i), signings.get(i)).pdf();
        }
        Throughput.Task sign = i -> engine.sign(issued.get(i % signed.length), signings.get(i % signed.length)).pdf().length;
        Sealer sealer = Sealer.of(SealKey.load(samples.resolve("seal/clinic-seal.p12"), "sample-only".toCharArray()));
        Throughput.Task seal = i -> sealer.seal(signed[i % signed.length], EvidencePage.SEAL_FIELD, TIME).length;
        Throughput.Result signing = Throughput.measure(sign, 1, warmup, seconds);
        Throughput.Result sealing = Throughput.measure(seal, 1, warmup, seconds);
        System.out.printf(Locale.ROOT, "%-18s sign: %.2f ms/doc (fill, evidence page, layout: %.0f %% of a render)%n", "",
                signing.msPerDocument(), 100 * signing.msPerDocument() / render.msPerDocument());
        System.out.printf(Locale.ROOT, "%-18s seal: %.2f ms/doc (%.0f %% of a consent's render)%n", "",
                sealing.msPerDocument(), 100 * sealing.msPerDocument() / render.msPerDocument());
    }
}
