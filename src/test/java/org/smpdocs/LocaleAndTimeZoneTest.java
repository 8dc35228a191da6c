package org.smpdocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The JVM's default locale, time zone and charset never reach a document: every sample and kind,
 * as PDF and as DOCX, is byte for byte what the default run gives under German (its decimal comma
 * breaks a {@code String.format} of a number) in a time zone far east of UTC (Kiribati, UTC+14),
 * with an engine built under those defaults; and under Turkish (its dotless i breaks a
 * locale-sensitive {@code toLowerCase()}) in a time zone far west (American Samoa, UTC−11) with a
 * Turkish default charset, in a JVM started so, where a default captured when a class loads would
 * show too. (Each setting is rendered once: a run per combination would double the slowest test.)
 */
class LocaleAndTimeZoneTest {
    private static Map<String, String> defaultRun;

    @BeforeAll
    static void renderUnderTheJvmsOwnDefaults() {
        defaultRun = SampleDigests.render();
    }

    @Test
    void sameBytesWithAnEngineBuiltUnderOtherDefaults() {
        Map<String, String> other = under(Locale.GERMANY, TimeZone.getTimeZone("Pacific/Kiritimati"), SampleDigests::render);
        assertEquals(List.of(), differing(defaultRun, other), "documents whose bytes differ under de-DE, Pacific/Kiritimati");
    }

    @Test
    void sameBytesInAJvmStartedUnderOtherDefaults() throws IOException, InterruptedException {
        Path output = Files.createTempFile("locale-run", ".txt");
        Path errors = Files.createTempFile("locale-run", ".log");
        try {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Pago_Pago",
                    "-Dfile.encoding=ISO-8859-9", "-cp", classPath, SampleDigests.class.getName())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!child.waitFor(10, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                fail("the JVM under Turkish defaults did not finish in 10 minutes");
            }
            assertEquals(0, child.exitValue(), () -> "the JVM under Turkish defaults failed:\n" + tail(errors));
            Map<String, String> other = new TreeMap<>();
            for (String line : Files.readAllLines(output, StandardCharsets.ISO_8859_1)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].matches("[0-9a-f]{64}")) {
                    other.put(parts[0], parts[1]);
                }
            }
            assertEquals(List.of(), differing(defaultRun, other),
                    "documents whose bytes differ in a JVM started as tr-TR, Pacific/Pago_Pago, ISO-8859-9");
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    /**
     * ZIP's DOS dates run from 1980 to 2107; outside them Java adds a timestamp it computes in
     * the JVM's time zone, so the DOCX of a document issued then must be stamped inside them.
     */
    @Test
    void aDocxIssuedOutsideZipDatesIsTheSameInEveryTimeZone() {
        for (String issued : List.of("1975-06-01T12:00:00Z", "2110-01-01T00:00:00Z")) {
            SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC)
                    .clock(Clock.fixed(Instant.parse(issued), ZoneOffset.UTC)).formats(EnumSet.of(OutputFormat.DOCX)).build();
            PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
            Supplier<byte[]> docx = () -> engine.render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.DOCX);
            byte[] east = under(Locale.getDefault(), TimeZone.getTimeZone("Pacific/Kiritimati"), docx);
            byte[] west = under(Locale.getDefault(), TimeZone.getTimeZone("Pacific/Pago_Pago"), docx);
            assertTrue(Arrays.equals(east, west), "the DOCX issued at " + issued + " differs between time zones");
        }
    }

    /** Runs {@code work} with these JVM defaults, then puts the JVM's own back. */
    private static <T> T under(Locale locale, TimeZone zone, Supplier<T> work) {
        Locale saved = Locale.getDefault();
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            return work.get();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            TimeZone.setDefault(savedZone);
        }
    }

    /** The documents missing from either run or whose digests differ. */
    private static List<String> differing(Map<String, String> expected, Map<String, String> actual) {
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        List<String> differing = new ArrayList<>();
        names.forEach(name -> {
            if (!String.valueOf(expected.get(name)).equals(actual.get(name))) {
                differing.add(name);
            }
        });
        assertFalse(expected.isEmpty(), "the default run rendered the samples");
        return differing;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
