package org.smpdocs.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch never loses its good cases to a bad one: unreadable case files, repeated case ids,
 * another patient's documents already in the output directory and failed writes are each
 * reported by file name, and the other cases go on.
 */
class BatchResilienceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GREEK = Samples.ROOT.resolve("cases/greek-name.json").toString();
    private static final String CYRILLIC = Samples.ROOT.resolve("cases/cyrillic-name.json").toString();

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        stdout = run.out();
        stderr = run.err();
        return run.code();
    }

    private int render(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("render", "--clinic", Samples.CLINIC.toString(), "--kind", "consent",
                "--format", "pdf,docx", "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unreadableCaseFilesAreReportedAndTheOthersGoOn() throws IOException {
        Path out = dir.resolve("out");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Path big = Files.write(dir.resolve("big.json"), new byte[(1 << 20) + 1]);
        int code = render(out, GREEK, dir.resolve("missing.json").toString(), folder.toString(), "/dev/zero",
                big.toString(), CYRILLIC);
        assertEquals(3, code, stderr);
        assertEquals(List.of("C-2026-0138-consent.docx", "C-2026-0138-consent.pdf", "C-2026-0153-consent.docx",
                "C-2026-0153-consent.pdf"), files(out));
        assertTrue(stderr.contains("invalid: missing.json: 1 problem\n  (document): file-not-found (expected an existing JSON file)"), stderr);
        assertTrue(stderr.contains("invalid: folder.json: 1 problem\n  (document): not-a-regular-file"), stderr);
        assertTrue(stderr.contains("invalid: zero: 1 problem\n  (document): not-a-regular-file"), stderr);
        assertTrue(stderr.contains("invalid: big.json: 1 problem\n  (document): file-too-large (expected JSON file of at most 1 MiB)"), stderr);
        assertTrue(stdout.contains("4 documents written; 4 of 6 cases with problems"), stdout);
    }

    @Test
    void aRepeatedCaseIdInOneBatchIsAProblemOfTheSecondCase() throws IOException {
        Path other = otherPatientWithGreekCaseId();
        Path out = dir.resolve("out");
        assertEquals(3, render(out, GREEK, other.toString()), stderr);
        assertTrue(stderr.contains("invalid: other.json: 1 problem\n  id: repeated-case-id (expected a case id that no "
                + "other case of this batch has (greek-name.json has it))"), stderr);
        assertEquals(List.of("C-2026-0153-consent.docx", "C-2026-0153-consent.pdf"), files(out));
        assertTrue(stdout.contains("2 documents written; 1 of 2 cases with problems"), stdout);
    }

    @Test
    void anotherPatientsDocumentIsNotReplacedWithoutOverwrite() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, render(out, GREEK), stderr);
        byte[] first = Files.readAllBytes(out.resolve("C-2026-0153-consent.pdf"));

        assertEquals(5, render(out, otherPatientWithGreekCaseId().toString()), stderr);
        assertTrue(stderr.contains("refused: other.json: " + out.resolve("C-2026-0153-consent.pdf") + " holds a document "
                + "of another case or patient"), stderr);
        assertArrayEquals(first, Files.readAllBytes(out.resolve("C-2026-0153-consent.pdf")));
        assertTrue(stdout.contains("0 documents written; 1 of 1 case with problems"), stdout);

        assertEquals(0, render(out, "--overwrite", otherPatientWithGreekCaseId().toString()), stderr);
        assertFalse(Arrays.equals(first, Files.readAllBytes(out.resolve("C-2026-0153-consent.pdf"))));
    }

    @Test
    void aCasesOwnEarlierDocumentsAreReplaced() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, render(out, GREEK), stderr);
        assertEquals(0, render(out, GREEK), stderr);
        assertEquals("", stderr);
        assertTrue(stdout.contains("2 documents written; 0 of 1 case with problems"), stdout);
    }

    @Test
    void aFileThatIsNotOursIsNotReplaced() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("C-2026-0153-consent.docx"), "the clinic's own notes");
        assertEquals(5, render(out, GREEK, CYRILLIC), stderr);
        assertEquals("the clinic's own notes", Files.readString(out.resolve("C-2026-0153-consent.docx")));
        assertFalse(Files.exists(out.resolve("C-2026-0153-consent.pdf")), "nothing written for the refused case");
        assertTrue(Files.exists(out.resolve("C-2026-0138-consent.pdf")), "the next case goes on");
    }

    @Test
    void aFailedWriteSaysWhatFailedAndThatTheCaseIsIncomplete() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path blocker = Files.createDirectory(out.resolve("C-2026-0153-consent.docx"));
        Files.writeString(blocker.resolve("keep"), "x");
        assertEquals(5, render(out, "--overwrite", GREEK, CYRILLIC), stderr);
        assertTrue(stderr.contains("error: greek-name.json: SMP-OUTPUT: cannot write C-2026-0153-consent.docx to " + out
                + ": Is a directory. This case is incomplete: 1 of 2 files written."), stderr);
        assertTrue(files(out).contains("C-2026-0138-consent.docx"), "the next case goes on");
    }

    @Test
    void aDocumentThatCouldNotBeWrittenIsNotRecordedAsIssued() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(Files.createDirectory(out.resolve("C-2026-0153-consent.pdf")).resolve("keep"), "x");
        Path archive = dir.resolve("archive");
        assertEquals(5, render(out, "--overwrite", "--archive", archive.toString(), GREEK, CYRILLIC), stderr);
        assertTrue(stderr.contains("error: greek-name.json: SMP-OUTPUT: cannot write C-2026-0153-consent.pdf to " + out
                + ": Is a directory. Nothing was written for this case."), stderr);
        List<String> log = Files.readAllLines(archive.resolve("audit.jsonl"));
        assertEquals(2, log.size(), "only the second case's two documents are recorded");
        assertTrue(log.stream().allMatch(line -> line.contains("\"C-2026-0138\"")), log::toString);
    }

    @Test
    void aLogoOutsideTheProfilesFolderStopsValidateAndRender() throws IOException {
        ObjectNode clinic = (ObjectNode) JSON.readTree(Samples.CLINIC.toFile());
        clinic.put("logo", "../../../../../../../../etc/passwd");
        Path profile = Files.write(dir.resolve("clinic.json"), JSON.writeValueAsBytes(clinic));
        assertEquals(3, run("validate", "--clinic", profile.toString(), GREEK), stderr);
        assertTrue(stderr.contains("logo: logo-location (expected a file inside the clinic profile's folder"), stderr);
        Path out = dir.resolve("out");
        assertEquals(3, run("render", "--clinic", profile.toString(), "--kind", "all", "--format", "pdf,docx",
                "--out", out.toString(), GREEK), stderr);
        assertFalse(Files.exists(out));
        assertFalse(stderr.contains("root:"), stderr);
    }

    private Path otherPatientWithGreekCaseId() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(Path.of(CYRILLIC).toFile());
        c.put("id", "C-2026-0153");
        return Files.write(dir.resolve("other.json"), JSON.writeValueAsBytes(c));
    }
}
