package org.smpdocs;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.smpdocs.model.PatientCase;

/**
 * The SHA-256 of every sample case's every document (per-session kinds for its latest session),
 * as PDF and DOCX, rendered by an engine built now, on the fixed clock {@link Samples#CLOCK}:
 * "greek-name/consent.pdf" to its digest. {@link #main} prints them, one "name digest" a line,
 * for a test that compares a JVM started under other defaults with its own.
 */
final class SampleDigests {
    private SampleDigests() {
    }

    /** Builds an engine under the JVM's current defaults and digests what it renders. */
    static Map<String, String> render() {
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
        Map<String, String> digests = new TreeMap<>();
        for (Path file : Samples.cases()) {
            PatientCase c = engine.readCase(file);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.perSession() && c.latestSession().isEmpty()) {
                    continue;
                }
                RenderedDocument document = engine.render(kind, c);
                for (OutputFormat format : EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)) {
                    digests.put(name + "/" + kind.id() + "." + format.extension(), sha256(document.bytes(format)));
                }
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints the digests, "name digest" a line; run from the project directory. */
    public static void main(String[] args) {
        render().forEach((name, digest) -> System.out.println(name + " " + digest));
    }
}
