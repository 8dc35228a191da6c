package org.smpdocs.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Times {@code java -jar target/smp-docs.jar} rendering one consent PDF in a new JVM. */
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
        Path out = Files.createTempDirectory("smp-docs-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-jar", jar.toString(), "render", "--clinic",
                samples.resolve("clinic.json").toString(), "--kind", "consent", "--out", out.toString(),
                samples.resolve("cases").resolve("norwood6-density.json").toString());
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            seconds.add((System.nanoTime() - start) / 1e9);
            if (code != 0) {
                throw new IllegalStateException("cold render failed with exit code " + code);
            }
        }
        Collections.sort(seconds);
        System.out.printf(Locale.ROOT, "cold start (new JVM, java -jar, one consent PDF): best %.2f s, median %.2f s over %d runs%n",
                seconds.get(0), seconds.get(RUNS / 2), RUNS);
    }
}
