package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.StrictMapper;
import org.smpdocs.internal.output.AppendOnlyLog;

/**
 * The append-only audit log, one JSON line per issued document ({@link AuditLine}), chained by
 * hash ({@link AuditChain}); appends are locked and forced to disk by {@link AppendOnlyLog}.
 * Thread-safe.
 */
final class AuditLog {
    static final ObjectMapper JSON = StrictMapper.get();
    private static final String NAME = "the audit log";
    private static final String REMEDY = "Run verify and repair the log first.";
    private final AppendOnlyLog log;

    AuditLog(Path file) {
        this.log = new AppendOnlyLog(file, NAME, REMEDY);
    }

    Path file() {
        return log.file();
    }

    /** Appends entries while the log is locked; see {@link #locked}. */
    interface Writer {
        /** Appends the line that records {@code document} after the last line, chained to it; returns its entry. */
        AuditEntry append(IssuedDocument document);
    }

    /**
     * Locks the log and runs {@code work}, which may store files and append entries; no other
     * writer appends or stores meanwhile. A log whose last line is incomplete, or is not a
     * well-formed audit entry, refuses before {@code work} runs.
     */
    <T> T locked(Function<Writer, T> work) {
        return log.locked(appender -> {
            AuditEntry[] last = {lastEntry(appender.lastLine())};
            return work.apply(document -> {
                AuditEntry next = AuditChain.next(last[0], document);
                appender.append(AuditLine.of(next).json());
                last[0] = next;
                return next;
            });
        });
    }

    private AuditEntry lastEntry(String line) {
        if (line == null) {
            return null;
        }
        try {
            return AuditLine.read(line);
        } catch (AuditLine.Malformed e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, NAME + " " + log.file().getFileName() + " ends with a line that is "
                    + e.getMessage() + "; nothing more is written to it. " + REMEDY);
        }
    }

    /** Reads the log line by line; see {@link AppendOnlyLog#forEachLine}. */
    void forEachLine(AppendOnlyLog.LineAction action) throws IOException {
        log.forEachLine(action);
    }

    /** Something done with each entry; it may fail with an I/O error. */
    interface EntryAction {
        void accept(AuditEntry entry) throws IOException;
    }

    /**
     * Reads the entries of a log that verified, one line at a time. A line being written meanwhile
     * (the incomplete last one) is not an entry yet and is left out.
     *
     * @throws SmpDocsException (output) naming the line, for a line that is not a well-formed entry
     */
    void forEachEntry(EntryAction action) throws IOException {
        log.forEachLine(line -> {
            switch (line.kind()) {
                case COMPLETE -> {
                    try {
                        action.accept(AuditLine.read(line.text()));
                    } catch (AuditLine.Malformed e) {
                        throw notAnEntry(line.number(), e.getMessage());
                    }
                }
                case OVERLONG -> throw notAnEntry(line.number(), "longer than " + AppendOnlyLog.MAX_LINE_BYTES + " bytes");
                case TORN -> {
                    // a write under way
                }
            }
        });
    }

    private SmpDocsException notAnEntry(long number, String what) {
        return new SmpDocsException(ErrorCode.OUTPUT, log.file().getFileName() + " line " + number + " is " + what
                + ". " + REMEDY);
    }
}
