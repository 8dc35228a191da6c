package org.smpdocs.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The shipped jar's size, and the wall time of rendering one consent PDF in a new JVM: by
 * {@code java -jar target/smp-docs.jar} and by the launcher {@code bin/smp-docs}, taking turns so
 * that both meet the same load. The launcher starts with a class-data-sharing archive of its own
 * (in a temporary folder): its first run makes it and is timed apart.
 */
final class ColdStart {
    private static final int RUNS = 5;

    private ColdStart() {
    }

    static void report(Path samples) throws IOException, InterruptedException {
        Path jar = Path.of("target", "smp-docs.jar");
        if (!Files.exists(jar)) {
            System.out.println("cold start: skipped, " + jar + " not built (run: mvn -q -DskipTests package)");
            return;
        }
        long size = Files.size(jar);
        System.out.printf(Locale.ROOT, "%njar: %s, %.1f MB (%,d bytes)%n", jar, size / 1e6, size);
        Path out = Files.createTempDirectory("smp-docs-bench");
        Path cds = Files.createTempDirectory("smp-docs-bench-cds");
        String javaHome = System.getProperty("java.home");
        List<String> render = List.of("render", "--clinic", samples.resolve("clinic.json").toString(), "--kind", "consent",
                "--out", out.toString(), samples.resolve("cases").resolve("norwood6-density.json").toString());
        List<String> plain = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(), "-jar", jar.toString()));
        plain.addAll(render);
        List<String> launcher = new ArrayList<>(List.of(Path.of("bin", "smp-docs").toAbsolutePath().toString()));
        launcher.addAll(render);
        ProcessBuilder java = new ProcessBuilder(plain);
        ProcessBuilder script = new ProcessBuilder(launcher);
        script.environment().put("JAVA_HOME", javaHome);
        script.environment().put("SMP_DOCS_CDS_DIR", cds.toString());
        script.environment().remove("SMP_DOCS_JAR");
        script.environment().remove("SMP_DOCS_JAVA_OPTS");
        double first;
        List<Double> javaTimes = new ArrayList<>();
        List<Double> scriptTimes = new ArrayList<>();
        try {
            first = seconds(script);
            for (int i = 0; i < RUNS; i++) {
                javaTimes.add(seconds(java));
                scriptTimes.add(seconds(script));
            }
        } finally {
            try (var archives = Files.list(cds)) {
                for (Path archive : archives.toList()) {
                    Files.delete(archive);
                }
            }
            Files.delete(cds);
        }
        Collections.sort(javaTimes);
        Collections.sort(scriptTimes);
        System.out.printf(Locale.ROOT, "cold start, one consent PDF in a new JVM (best / median of %d runs, taking turns):%n", RUNS);
        System.out.printf(Locale.ROOT, "  %-30s %5.2f s / %5.2f s%n", "java -jar target/smp-docs.jar", javaTimes.get(0),
                javaTimes.get(RUNS / 2));
        System.out.printf(Locale.ROOT, "  %-30s %5.2f s / %5.2f s   (its first run, which makes the CDS archive: %.2f s)%n",
                "bin/smp-docs", scriptTimes.get(0), scriptTimes.get(RUNS / 2), first);
    }

    private static double seconds(ProcessBuilder command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("cold render (" + command.command().get(0) + ") failed with exit code " + code);
        }
        return seconds;
    }
}
