package org.smpdocs.internal.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sent-log a batch is given ({@code email --sent-log FILE}) is a regular file or a new one in
 * an existing folder; anything else is an output error in plain words before anything is opened or
 * sent, never a hang (a FIFO, {@code /dev/zero}) or an exception's class name (a folder).
 */
class SentLogTest {
    private static final SentLog.Entry ENTRY = new SentLog.Entry("C-1", 1, "ab".repeat(32), "<m@x>",
            "2026-11-24T10:15:00Z", "250");

    @TempDir
    Path dir;

    @Test
    void aNewLogInAnExistingFolderIsCreatedOnTheFirstEntry() throws IOException {
        Path file = dir.resolve("sent.jsonl");
        SentLog log = new SentLog(file);
        assertFalse(Files.exists(file), "nothing written before an entry");
        log.record(ENTRY);
        assertTrue(new SentLog(file).contains(ENTRY.key()));
        assertEquals(1, Files.readAllLines(file).size());
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutHanging() throws IOException, InterruptedException {
        Path fifo = dir.resolve("sent.fifo");
        mkfifo(fifo);
        assertNotARegularFile("sent.fifo", fifo);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSymlinkToDevZeroIsRefusedWithoutHanging() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.log"), Path.of("/dev/zero"));
        assertNotARegularFile("zero.log", link);
    }

    @Test
    void aFolderIsRefusedInWords() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("dir.log"));
        assertNotARegularFile("dir.log", folder);
    }

    @Test
    void aBrokenSymlinkIsRefusedNotFollowedToCreateItsTarget() throws IOException {
        Path target = dir.resolve("elsewhere.log");
        Path link = Files.createSymbolicLink(dir.resolve("broken.log"), target);
        assertNotARegularFile("broken.log", link);
        assertFalse(Files.exists(target));
    }

    @Test
    void aLogInAFolderThatDoesNotExistIsRefusedBeforeAnythingIsSent() {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> new SentLog(dir.resolve("nowhere/sent.jsonl")));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertEquals("SMP-OUTPUT: the folder of the sent-log sent.jsonl does not exist", e.getMessage());
    }

    private static void assertNotARegularFile(String name, Path file) {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> new SentLog(file));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertEquals("SMP-OUTPUT: the sent-log " + name + " is not a regular file", e.getMessage());
        assertEquals(List.of(), List.of(e.getSuppressed()));
    }

    private static void mkfifo(Path fifo) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
    }

    @Test
    void entriesAreTheLinesOldestFirstWhetherJustRecordedOrReadAgain() throws IOException {
        Path file = dir.resolve("sent.jsonl");
        SentLog.Entry second = new SentLog.Entry("C-2", 3, "cd".repeat(32), "<n@x>", "2026-11-25T09:00:00Z", "250 2.0.0");
        SentLog log = new SentLog(file);
        assertEquals(List.of(), log.entries());
        log.record(ENTRY);
        log.record(second);
        assertEquals(List.of(ENTRY, second), log.entries());
        assertEquals(List.of(ENTRY, second), new SentLog(file).entries(), "read back from the file");
        assertThrows(UnsupportedOperationException.class, () -> log.entries().clear());
    }
}
