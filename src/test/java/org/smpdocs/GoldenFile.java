package org.smpdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden files under {@code src/test/resources/golden}: what a rendered document must read
 * like, one readable view of it per file. {@link #check} compares a view with its file; with
 * {@code -Dgolden.update=true} it writes the file instead (and says so), for a reviewer to read
 * the diff. Files are UTF-8 with LF line ends.
 */
final class GoldenFile {
    /** Where the golden files live, in the source tree (updates must land there, not in target/). */
    static final Path ROOT = Path.of("src", "test", "resources", "golden");
    /** The one command that rewrites them. */
    static final String UPDATE_COMMAND = "mvn -B test -Dtest=GoldenFilesTest -Dgolden.update=true";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFile() {
    }

    /** Whether this run rewrites golden files rather than comparing with them. */
    static boolean updating() {
        return UPDATE;
    }

    /**
     * Compares {@code actual} with the golden file at {@code relative} (under {@link #ROOT}); the
     * failure names the file and its first differing line. In update mode writes it if it differs.
     */
    static void check(String relative, String actual) {
        Path file = ROOT.resolve(relative);
        String expected = read(file);
        if (actual.equals(expected)) {
            return;
        }
        if (UPDATE) {
            write(file, actual);
            return;
        }
        if (expected == null) {
            fail("golden file " + file + " is missing; write it with: " + UPDATE_COMMAND);
        }
        fail(firstDifference(file, expected, actual) + "\nif the change is meant, rewrite the golden files with: "
                + UPDATE_COMMAND + " and review their diff");
    }

    /** Every golden file there is, as paths relative to {@link #ROOT} with '/' separators, sorted. */
    static List<String> all() {
        if (!Files.isDirectory(ROOT)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile).map(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a golden file that no document produces any more (update mode only). */
    static void delete(String relative) {
        Path file = ROOT.resolve(relative);
        try {
            Files.delete(file);
            System.out.println("golden: deleted " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "golden file x differs at line 12: expected ... but was ...", without dumping either file. */
    static String firstDifference(Path file, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        return "golden file " + file + " differs at line " + (line + 1) + ":\n  expected: "
                + (line < want.length ? want[line] : "(end of file)") + "\n  but was:  "
                + (line < got.length ? got[line] : "(end of file)");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.out.println("golden: wrote " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
