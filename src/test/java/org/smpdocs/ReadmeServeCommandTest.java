package org.smpdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command that starts the front desk, run as written on the shipped jar, except that
 * the data directory is in a temporary folder and the port is a free one: it prints the address
 * and the administrator's one-time password, and the login page answers there.
 */
class ReadmeServeCommandTest {
    private static final Path JAR = Path.of("target", "smp-docs.jar");

    @TempDir
    Path dir;

    @Test
    void theReadmesServeCommandStartsTheFrontDesk() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), JAR + " is not built");
        List<String> words = new ArrayList<>(List.of(command().split(" ")));
        assertEquals(List.of("java", "-jar", "target/smp-docs.jar", "serve", "--data", "clinic-data", "--clinic",
                "samples/clinic.json"), words);
        words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        words.set(words.indexOf("clinic-data"), dir.resolve("clinic-data").toString());
        words.addAll(List.of("--port", "0"));
        Process serve = new ProcessBuilder(words).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            String second = out.readLine();
            Matcher url = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/) ").matcher(String.valueOf(first));
            assertTrue(url.find(), first);
            assertTrue(String.valueOf(second).matches("First start: log in as \"admin\" with the one-time password \\S+"),
                    second);
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1) + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("Log in"));
            assertTrue(Files.isRegularFile(dir.resolve("clinic-data").resolve("smp-docs.db")));
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    /** The README's first command that starts serve. */
    private static String command() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## The front desk in a browser");
        assertTrue(start >= 0);
        Matcher block = Pattern.compile("```\n(java -jar [^\n]*serve[^\n]*)\n```").matcher(readme);
        assertTrue(block.find(start), "a serve command in the section");
        return block.group(1);
    }
}
