package org.smpdocs.internal.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.StrictMapper;
import org.smpdocs.internal.output.AppendOnlyLog;

/**
 * The append-only audit log, one JSON line per issued document, chained by hash; appends are
 * locked and forced to disk by {@link AppendOnlyLog}. Thread-safe.
 */
final class AuditLog {
    static final ObjectMapper JSON = StrictMapper.get();
    private final AppendOnlyLog log;

    AuditLog(Path file) {
        this.log = new AppendOnlyLog(file, "the audit log", "Run verify and repair the log first.");
    }

    Path file() {
        return log.file();
    }

    /** Appends entries while the log is locked; see {@link #locked}. */
    interface Writer {
        /** Appends the entry after the last line, with the next sequence number and chained hash. */
        AuditEntry append(AuditEntry draft);
    }

    /** Appends the entry after the last line, with the next sequence number and chained hash. */
    AuditEntry append(AuditEntry draft) {
        return locked(writer -> writer.append(draft));
    }

    /**
     * Locks the log and runs {@code work}, which may store files and append entries; no other
     * writer appends or stores meanwhile. A log whose last line is incomplete refuses before
     * {@code work} runs.
     */
    <T> T locked(Function<Writer, T> work) {
        return log.locked(appender -> work.apply(draft -> {
            try {
                String lastLine = appender.lastLine();
                AuditEntry last = lastLine == null ? null : JSON.readValue(lastLine, AuditEntry.class);
                AuditEntry sealed = AuditChain.sealed(new AuditEntry(last == null ? 1 : last.sequence() + 1,
                        draft.issuedAt(), draft.kind(), draft.format(), draft.caseId(), draft.patientId(), draft.session(),
                        draft.template(), draft.templateVersion(), draft.templateSetSha256(), draft.inputSha256(),
                        draft.documentSha256(), draft.size(), last == null ? AuditChain.GENESIS : last.hash(), null));
                appender.append(JSON.writeValueAsString(sealed));
                return sealed;
            } catch (JsonProcessingException e) {
                throw new SmpDocsException(ErrorCode.OUTPUT, "the last line of the audit log cannot be read; "
                        + "run verify", e);
            }
        }));
    }

    /** Reads the log line by line; see {@link AppendOnlyLog#forEachLine}. */
    void forEachLine(AppendOnlyLog.LineAction action) throws IOException {
        log.forEachLine(action);
    }
}
