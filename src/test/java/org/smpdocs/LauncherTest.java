package org.smpdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/smp-docs}, installed as {@code bin/smp-docs} and {@code lib/smp-docs.jar}
 * with a copy of the shipped jar in a folder whose name has a space (where Java 17 maps no class of
 * the jar from an archive unless the launcher runs it under another name): it passes arguments
 * and exit codes through from any working directory, its first successful run that renders makes
 * the class-data-sharing archive and later runs of any command map it, and a changed jar gets an
 * archive of its own.
 * Needs {@code target/smp-docs.jar} (mvn verify builds it before it runs the tests) and a POSIX
 * shell.
 */
class LauncherTest {
    private static final Path JAR = Path.of("target", "smp-docs.jar").toAbsolutePath();
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    /** Classes mapped from the archive made for the jar (on top of the JDK's own). */
    private static final Pattern FROM_ARCHIVE = Pattern.compile("source: shared objects file \\(top\\)");
    /** Classes read from a jar file. */
    private static final Pattern FROM_JAR = Pattern.compile("source: file:\\S+\\.jar");

    @TempDir
    static Path dir;
    private static Path home;
    private static Path cds;

    private record Run(int code, String out) {
    }

    @BeforeAll
    static void install() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), JAR + " is not built");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
        home = dir.resolve("smp docs");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("bin", "smp-docs"), home.resolve("bin").resolve("smp-docs"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, home.resolve("lib").resolve("smp-docs.jar"));
        cds = dir.resolve("cds");
    }

    private static Run run(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("smp-docs").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SMP_DOCS_CDS_DIR", cds.toString());
        builder.environment().remove("SMP_DOCS_JAR");
        builder.environment().remove("SMP_DOCS_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static List<Path> archives() throws IOException {
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (var files = Files.list(cds)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** How many classes a run with {@code -Xlog:class+load} logged with {@code source}. */
    private static int loaded(Path log, Pattern source) throws IOException {
        Matcher m = source.matcher(Files.readString(log));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void firstSuccessfulRenderMakesTheArchiveLaterRunsMapItAndAChangedJarGetsItsOwn() throws Exception {
        Path out = dir.resolve("out put");
        Path work = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(SAMPLES.resolve("clinic.json"), work.resolve("clinic.json"));
        Files.copy(SAMPLES.resolve("logo.png"), work.resolve("logo.png"));
        Files.copy(SAMPLES.resolve("cases").resolve("norwood6-density.json"), work.resolve("a case.json"));

        Run usage = run(work, Map.of(), "render", "--clinic", "clinic.json");
        assertEquals(2, usage.code(), usage.out());
        assertEquals(List.of(), archives(), "a failed run keeps no archive");

        Run first = run(work, Map.of(), "render", "--clinic", "clinic.json", "--kind", "consent", "--out", out.toString(),
                "a case.json");
        assertEquals(0, first.code(), first.out());
        assertTrue(Files.isRegularFile(out.resolve("C-2026-0142-consent.pdf")), first.out());
        assertEquals("wrote " + out.resolve("C-2026-0142-consent.pdf") + "\n1 document written; 0 of 1 case with problems\n",
                first.out(), "the run prints what java -jar prints, and none of the JVM's notes on the archive");
        List<Path> made = archives();
        assertEquals(1, made.size(), "one archive: " + made);

        Path log = dir.resolve("classes.log");
        Run second = run(work, Map.of("SMP_DOCS_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "validate", "--clinic",
                "clinic.json", "a case.json");
        assertEquals(0, second.code(), second.out());
        int fromArchive = loaded(log, FROM_ARCHIVE);
        int fromJar = loaded(log, FROM_JAR);
        assertTrue(fromArchive > 4 * fromJar, fromArchive + " classes from the archive, " + fromJar + " from the jar");
        assertEquals(made, archives());

        Run invalid = run(work, Map.of(), "validate", "--clinic", "clinic.json", "clinic.json");
        assertEquals(3, invalid.code(), invalid.out());

        Path jar = home.resolve("lib").resolve("smp-docs.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run changed = run(work, Map.of("SMP_DOCS_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");
        assertEquals(0, changed.code(), changed.out());
        assertEquals(0, loaded(log, FROM_ARCHIVE), "no archive made for the jar before it changed is mapped");
        assertEquals(made, archives(), "a command that renders nothing makes no archive");
        Run rendered = run(work, Map.of(), "render", "--clinic", "clinic.json", "--kind", "aftercare", "--out",
                out.toString(), "a case.json");
        assertEquals(0, rendered.code(), rendered.out());
        List<Path> remade = archives();
        assertEquals(1, remade.size(), "the old archive is replaced: " + remade);
        assertNotEquals(made, remade);
        try (var files = Files.list(cds)) {
            assertEquals(2, files.count(), "the archive, and the jar under a name with no space, nothing older");
        }
        assertFalse(rendered.out().contains("cds"), rendered.out());
    }
}
