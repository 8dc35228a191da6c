package org.smpdocs.internal.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.StrictMapper;
import org.smpdocs.internal.output.AppendOnlyLog;

/**
 * The record of aftercare e-mails the mail server accepted, one JSON line each, so that running a
 * batch again never sends the same sheet twice. A message is keyed by case, session and the
 * content hash of its sheet: a corrected sheet is a new message, the same sheet rendered again is
 * not. A line is written only after the server accepted the message, and forced to disk. Lines
 * hold ids, hashes and reply codes only, no patient values. Not thread-safe: one batch at a time
 * per log (appends from separate processes are still whole lines).
 */
public final class SentLog {
    private static final ObjectMapper JSON = StrictMapper.get();
    private final AppendOnlyLog log;
    private final Set<Key> sent = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();

    /** What makes a message the same message. */
    public record Key(String caseId, int session, String contentSha256) {
    }

    /** One line: the key, the Message-ID, when the server accepted it and its reply code. */
    public record Entry(String caseId, int session, String contentSha256, String messageId, String sentAt, String reply) {
        Key key() {
            return new Key(caseId, session, contentSha256);
        }
    }

    /**
     * Opens the log, creating it on the first append.
     *
     * @throws SmpDocsException if the log is not a regular file (a folder, a FIFO, a device), is not
     *     there and its folder is not there either (checked now, not after the first message went
     *     out), cannot be read, has a line that is not an entry, or ends with an incomplete line
     *     (then whether that message went out is unknown)
     */
    public SentLog(Path file) {
        this.log = new AppendOnlyLog(file, "the sent-log", "Check in the mail server whether the last message went "
                + "out, then complete or remove the line.");
        log.requireRegularFileIfPresent();
        Path folder = log.file().getParent();
        if (!Files.exists(log.file(), LinkOption.NOFOLLOW_LINKS) && (folder == null || !Files.isDirectory(folder))) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the folder of the sent-log " + file.getFileName()
                    + " does not exist");
        }
        AppendOnlyLog.Lines lines;
        try {
            lines = log.read();
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot read the sent-log " + file.getFileName() + ": "
                    + e.getClass().getSimpleName(), e);
        }
        if (lines.tornTail()) {
            throw log.torn();
        }
        List<String> complete = lines.complete();
        for (int i = 0; i < complete.size(); i++) {
            try {
                Entry entry = JSON.readValue(complete.get(i), Entry.class);
                entries.add(entry);
                sent.add(entry.key());
            } catch (JsonProcessingException e) {
                throw new SmpDocsException(ErrorCode.OUTPUT, "line " + (i + 1) + " of the sent-log " + file.getFileName()
                        + " is not a sent-log entry", e);
            }
        }
    }

    public boolean contains(Key key) {
        return sent.contains(key);
    }

    /** Appends the entry and forces it to disk. */
    public void record(Entry entry) {
        log.append(last -> {
            try {
                return JSON.writeValueAsString(entry);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a sent-log entry cannot be written as JSON", e);
            }
        });
        entries.add(entry);
        sent.add(entry.key());
    }

    /** Every entry, oldest first: what was sent for which case and session, and when. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
