package org.smpdocs.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The append-only log under the audit log and the sent-log: what it refuses to open. */
class AppendOnlyLogTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAppendOnlyLogNeverAppendsToAFifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("audit.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        AppendOnlyLog log = new AppendOnlyLog(fifo, "the audit log", "Repair it.");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> log.append(last -> "line"));
        assertEquals("SMP-OUTPUT: the audit log audit.fifo is not a regular file", e.getMessage());
        SmpDocsException read = assertThrows(SmpDocsException.class, log::read);
        assertEquals(e.getMessage(), read.getMessage());
    }
}
