package org.smpdocs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples a library user copies — the README's "Library" section and the Javadoc of
 * {@link SmpDocs} — compile and run exactly as written, each in a JVM of its own whose working
 * folder holds the samples and an (empty) folder of the clinic's templates, as the examples assume.
 */
class LibraryExamplesTest {
    private static final String CONSENT = "C-2026-0142-consent";
    @TempDir
    static Path work;
    private static Path classes;

    /** Every {@code java} block of the README's Library section, in order, as one method body. */
    static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Library\n");
        int end = readme.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "the README has a Library section");
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
        StringBuilder code = new StringBuilder();
        while (blocks.find()) {
            code.append(blocks.group(1));
        }
        assertTrue(code.length() > 0, "the Library section has an example");
        return code.toString();
    }

    /** The {@code <pre>{@code ...}</pre>} example of the engine's class Javadoc. */
    static String javadocExample() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/smpdocs/SmpDocs.java"));
        Matcher pre = Pattern.compile("<pre>\\{@code\n(.*?)\n \\* }</pre>", Pattern.DOTALL)
                .matcher(source.substring(0, source.indexOf("public final class SmpDocs")));
        assertTrue(pre.find(), "the engine's Javadoc has an example");
        return pre.group(1).replaceAll("(?m)^ \\* ?", "") + "\n";
    }

    @BeforeAll
    static void compile() throws IOException {
        String program = """
                import java.io.*;
                import java.nio.charset.*;
                import java.nio.file.*;
                import java.util.*;
                import org.smpdocs.*;
                import org.smpdocs.model.*;

                public class Examples {
                    public static void main(String[] args) throws Exception {
                        if (args[0].equals("readme")) {
                            readme();
                        } else {
                            javadoc();
                        }
                    }

                    static void readme() throws Exception {
                %s    }

                    static void javadoc() throws Exception {
                %s    }
                }
                """.formatted(readmeExample(), javadocExample());
        Path sources = Files.createDirectories(work.resolve("src"));
        Files.writeString(sources.resolve("Examples.java"), program);
        classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null, List.of("-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(sources.resolve("Examples.java")))
                .call();
        assertTrue(compiled, errors + "\n" + program);
    }

    /** Runs one example in a folder of its own; returns that folder. */
    private static Path run(String example) throws Exception {
        Path folder = Files.createDirectories(work.resolve(example));
        Files.createSymbolicLink(folder.resolve("samples"), Samples.ROOT.toAbsolutePath());
        Files.createDirectories(folder.resolve("clinic-templates"));
        Path log = work.resolve(example + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "Examples", example));
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the " + example + " example finishes");
        assertEquals(0, p.exitValue(), () -> readQuietly(log));
        return folder;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String patientName() {
        PatientCase c = Samples.engine().readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        return c.patient().givenName() + " " + c.patient().familyName();
    }

    @Test
    void theReadmeExampleWritesTheConsentAsPdfAndDocx() throws Exception {
        Path folder = run("readme");
        assertTrue(Samples.text(Files.readAllBytes(folder.resolve(CONSENT + ".pdf"))).contains(patientName()));
        byte[] docx = Files.readAllBytes(folder.resolve(CONSENT + ".docx"));
        assertEquals("PK", new String(docx, 0, 2, StandardCharsets.ISO_8859_1), "a Word file (a ZIP)");
        byte[] signed = Files.readAllBytes(folder.resolve(CONSENT + "-signed.pdf"));
        assertTrue(Samples.text(signed).contains("Signing evidence"), "the signed consent has its evidence page");
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            assertEquals(1, pdf.getSignatureDictionaries().size(), "and the clinic's seal");
        }
    }

    @Test
    void theJavadocExampleWritesTheConsent() throws Exception {
        Path folder = run("javadoc");
        assertTrue(Samples.text(Files.readAllBytes(folder.resolve(CONSENT + ".pdf"))).contains(patientName()));
    }
}
