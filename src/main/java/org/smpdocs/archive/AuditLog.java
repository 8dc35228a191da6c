package org.smpdocs.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.output.AppendOnlyLog;

/**
 * The append-only audit log, one JSON line per issued document, chained by hash; appends are
 * locked and forced to disk by {@link AppendOnlyLog}. Thread-safe.
 */
final class AuditLog {
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final AppendOnlyLog log;

    AuditLog(Path file) {
        this.log = new AppendOnlyLog(file, "the audit log", "Run verify and repair the log first.");
    }

    Path file() {
        return log.file();
    }

    /** Appends the entry after the last line, with the next sequence number and chained hash. */
    AuditEntry append(AuditEntry draft) {
        AuditEntry[] appended = new AuditEntry[1];
        log.append(lastLine -> {
            try {
                AuditEntry last = lastLine == null ? null : JSON.readValue(lastLine, AuditEntry.class);
                appended[0] = AuditChain.sealed(new AuditEntry(last == null ? 1 : last.sequence() + 1,
                        draft.issuedAt(), draft.kind(), draft.format(), draft.caseId(), draft.patientId(), draft.session(),
                        draft.template(), draft.templateVersion(), draft.templateSetSha256(), draft.inputSha256(),
                        draft.documentSha256(), draft.size(), last == null ? AuditChain.GENESIS : last.hash(), null));
                return JSON.writeValueAsString(appended[0]);
            } catch (JsonProcessingException e) {
                throw new SmpDocsException(ErrorCode.OUTPUT, "the last line of the audit log cannot be read; "
                        + "run verify", e);
            }
        });
        return appended[0];
    }

    /** The complete lines of the log, and whether an incomplete one follows them. */
    AppendOnlyLog.Lines read() throws IOException {
        return log.read();
    }
}
