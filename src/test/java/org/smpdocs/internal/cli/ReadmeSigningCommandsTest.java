package org.smpdocs.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's signing commands, run as written from the top of the repository, except that the
 * {@code records} and {@code out} folders they make are in a temporary folder: render, sign,
 * verify, and pdfsig (where poppler is installed) all succeed.
 */
class ReadmeSigningCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theReadmesSigningCommandsRunAsWritten() throws IOException, InterruptedException {
        List<String> lines = commands();
        assertEquals(4, lines.size(), lines.toString());
        for (String line : lines) {
            Map<String, String> env = new HashMap<>();
            List<String> words = new ArrayList<>(List.of(line.split(" ")));
            while (words.get(0).matches("[A-Z_]+=.*")) {
                String[] kv = words.remove(0).split("=", 2);
                env.put(kv[0], kv[1]);
            }
            String program = words.remove(0);
            List<String> args = words.stream().map(this::inTemp).toList();
            if (program.equals("bin/smp-docs")) {
                CliRun run = CliRun.with(env, args.toArray(String[]::new));
                assertEquals(0, run.code(), line + "\n" + run.err());
            } else {
                assertEquals("pdfsig", program);
                if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
                    continue;
                }
                Process p = new ProcessBuilder(concat(program, args)).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                assertTrue(out.contains("Signature is Valid.") && out.contains("Total document signed"), out);
            }
        }
    }

    private static List<String> concat(String program, List<String> args) {
        List<String> all = new ArrayList<>(List.of(program));
        all.addAll(args);
        return all;
    }

    /** {@code records} and {@code out} (and what is in them) are made in the temporary folder. */
    private String inTemp(String arg) {
        return arg.equals("records") || arg.equals("out") || arg.startsWith("out/") ? dir.resolve(arg).toString() : arg;
    }

    /** The lines of the first sh block of the README's "Signing and sealing" section. */
    private static List<String> commands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Signing and sealing");
        assertTrue(start >= 0, "the README has a Signing and sealing section");
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(start));
        return block.group(1).lines().filter(l -> !l.isBlank()).toList();
    }
}
