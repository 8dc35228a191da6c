package org.smpdocs.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case files in {@code src/test/resources/org/smpdocs/hostile}, each written as a careless
 * user or an attacker would (control characters, escape codes in keys, impossible dates,
 * malformed UTF-8, oversized values), are rejected by {@code validate} and {@code render} with
 * exactly the problems their {@code .expected} file lists (one "path rule" a line; an empty
 * path is the whole document), exit 3, get no documents, and never stop the other cases.
 */
class HostileCasesTest {
    static final Path FOLDER = Path.of("src/test/resources/org/smpdocs/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROBLEM = Pattern.compile("^  (.*): ([a-z0-9-]+) \\(expected .*\\)$");

    @TempDir
    Path out;

    private String stdout;
    private String stderr;

    private int run(List<String> args) {
        CliRun run = CliRun.of(args);
        stdout = run.out();
        stderr = run.err();
        return run.code();
    }

    static Stream<String> hostileCases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCases")
    void validateReportsExactlyTheExpectedProblems(String fileName) throws IOException {
        int code = run(List.of("validate", "--clinic", Samples.CLINIC.toString(), FOLDER.resolve(fileName).toString()));
        assertEquals(3, code, stderr);
        assertEquals(expected(fileName), reported(stderr), stderr);
        assertTrue(stdout.contains("0 of 1 case valid"), stdout);
        assertPrintable(stderr);
    }

    @Test
    void renderWritesTheGoodCasesAndNothingForTheHostileOnes() throws IOException {
        List<String> names = hostileCases().toList();
        List<String> args = new ArrayList<>(List.of("render", "--clinic", Samples.CLINIC.toString(), "--kind", "all",
                "--format", "pdf,docx", "--out", out.toString(), Samples.ROOT.resolve("cases/greek-name.json").toString()));
        names.forEach(n -> args.add(FOLDER.resolve(n).toString()));
        args.add(Samples.ROOT.resolve("cases/cyrillic-name.json").toString());

        assertEquals(3, run(args), stderr);

        try (Stream<Path> files = Files.list(out)) {
            List<String> written = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(16, written.size(), written::toString);
            assertTrue(written.stream().allMatch(n -> n.startsWith("C-2026-0153-") || n.startsWith("C-2026-0138-")),
                    written::toString);
        }
        assertTrue(stdout.contains("16 documents written; " + names.size() + " of " + (names.size() + 2)
                + " cases with problems"), stdout);
        for (String name : names) {
            assertTrue(stderr.contains("invalid: " + name + ": "), () -> name + " not reported:\n" + stderr);
        }
        assertPrintable(stderr);
    }

    @Test
    void problemsNeverQuoteTheValues() throws IOException {
        run(List.of("validate", "--clinic", Samples.CLINIC.toString(), FOLDER.resolve("email-without-dot.json").toString(),
                FOLDER.resolve("bell-in-name.json").toString(), FOLDER.resolve("escape-codes-in-note.json").toString()));
        assertFalse(stderr.contains("localhost"), stderr);
        assertFalse(stderr.contains("Jo"), stderr);
        assertFalse(stderr.contains("written"), stderr);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ελένη Παπαδοπούλου", "Ольга Смирнова", "محمد الأحمد",
        "דוד כהן", "王小明", "さくら 田中", "김민준", "अर्जुन शर्मा", "সৌমিত্র দত্ত", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "Siobhán O’Brien-Ní Dhuibhir",
        "Zoë d'Artagnan", "Nguyễn Văn An", "Łukasz Żółć", "Ayşe Yılmaz", "Ramón Núñez", "Zahra‌ی Ahmadi"})
    void namesInTheScriptsTheDocumentsPrintAreAccepted(String name, @TempDir Path dir) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(Samples.ROOT.resolve("cases/norwood6-density.json").toFile());
        ((ObjectNode) c.get("patient")).put("familyName", name);
        Path file = Files.write(dir.resolve("case.json"), JSON.writeValueAsBytes(c));
        assertEquals(0, run(List.of("validate", "--clinic", Samples.CLINIC.toString(), file.toString())), stderr);
        assertTrue(stdout.contains("case.json: ok"), stdout);
    }

    /** No control character reaches the terminal: a key's escape codes are shown as text. */
    private static void assertPrintable(String text) {
        assertTrue(text.codePoints().allMatch(cp -> cp == '\n' || cp == '\r' || !Character.isISOControl(cp)),
                () -> "control character in:\n" + text.replace("\u001b", "<ESC>"));
    }

    private static Set<String> expected(String fileName) throws IOException {
        Path file = FOLDER.resolve(fileName.replace(".json", ".expected"));
        Set<String> lines = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(line.startsWith(" ") ? "(document)" + line : line);
            }
        }
        return lines;
    }

    private static Set<String> reported(String stderr) {
        Set<String> lines = new TreeSet<>();
        for (String line : stderr.split("\\R")) {
            Matcher m = PROBLEM.matcher(line);
            if (m.matches()) {
                lines.add(m.group(1) + " " + m.group(2));
            }
        }
        return lines;
    }
}
