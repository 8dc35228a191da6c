package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.AppendOnlyLog;
import org.smpdocs.internal.output.LineReader;

/**
 * The append-only {@code checkpoints.jsonl} of an archive: one signed {@link Checkpoint} a line
 * ({@link CheckpointLine}). A checkpoint is appended only for a log whose chain verifies and that
 * still extends the last checkpoint, so that a rewritten or cut log is never sealed over.
 * Appends are locked and forced to disk by {@link AppendOnlyLog}. Thread- and process-safe.
 */
final class CheckpointLog {
    static final String NAME = "checkpoints.jsonl";
    private static final String WHAT = "the checkpoint log";
    private static final String REMEDY = "Run verify and repair the checkpoints first.";
    private static final String NOT_SEALED = "; no checkpoint written. Run verify first.";
    private final AppendOnlyLog log;

    CheckpointLog(Path directory) {
        this.log = new AppendOnlyLog(directory.resolve(NAME), WHAT, REMEDY);
    }

    /** One checkpoint as read: its line number in the file, the checkpoint, and its signature in base64. */
    record Numbered(long number, Checkpoint checkpoint, String signature) {
        byte[] signatureBytes() {
            return Base64.getDecoder().decode(signature);
        }
    }

    /**
     * The checkpoints of a file read from {@code in}; a line that is not one, is too long or is
     * cut off is a finding named after {@code name}, and left out.
     */
    static List<Numbered> read(InputStream in, String name, List<Finding> findings) throws IOException {
        List<Numbered> checkpoints = new ArrayList<>();
        LineReader lines = new LineReader(in, AppendOnlyLog.MAX_LINE_BYTES);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String where = name + " line " + line.number();
            switch (line.kind()) {
                case TORN -> findings.add(new Finding(Finding.Problem.TORN_LINE, where, "incomplete: a write was interrupted"));
                case OVERLONG -> findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, "longer than "
                        + AppendOnlyLog.MAX_LINE_BYTES + " bytes: not a checkpoint"));
                case COMPLETE -> {
                    try {
                        CheckpointLine c = CheckpointLine.parse(line.text());
                        checkpoints.add(new Numbered(line.number(), c.checkpoint(), c.signature()));
                    } catch (CheckpointLine.Malformed e) {
                        findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, e.getMessage()));
                    }
                }
            }
        }
        return checkpoints;
    }

    /**
     * Appends a checkpoint of the log's current head, signed by {@code signer}; none when the log
     * has no lines or the last checkpoint already seals its head.
     *
     * @throws SmpDocsException (output) when the log's chain does not verify, it no longer extends
     *     the last checkpoint, or the checkpoint log cannot take another line; nothing is written then
     */
    Optional<Checkpoint> append(AuditLog audit, CheckpointSigner signer, Instant at) {
        if (!hasLines(audit.file())) {
            return Optional.empty(); // and no checkpoint log is created
        }
        if (!Files.exists(log.file(), LinkOption.NOFOLLOW_LINKS)) {
            head(audit, 0); // a log that does not verify is refused before the checkpoint log is created
        }
        return log.locked(appender -> {
            Checkpoint last = last(appender.lastLine());
            Head head = head(audit, last == null ? 0 : last.lines());
            if (head.lines() == 0 || last != null && last.lines() == head.lines() && last.head().equals(head.hash())) {
                return Optional.empty();
            }
            if (last != null && head.lines() < last.lines()) {
                throw new SmpDocsException(ErrorCode.OUTPUT, "the log was cut: the last checkpoint seals " + last.lines()
                        + " lines, the log has " + head.lines() + NOT_SEALED);
            }
            if (last != null && !last.head().equals(head.sealed())) {
                throw new SmpDocsException(ErrorCode.OUTPUT, "the log was rewritten: line " + last.lines()
                        + " no longer has the hash the last checkpoint sealed" + NOT_SEALED);
            }
            Checkpoint next = new Checkpoint(head.lines(), head.hash(), head.root(), at);
            appender.append(CheckpointLine.of(next, signer.sign(next.statement())).json());
            return Optional.of(next);
        });
    }

    private static boolean hasLines(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true; // then reading it says what is wrong
        }
    }

    private Checkpoint last(String line) {
        if (line == null) {
            return null;
        }
        try {
            return CheckpointLine.parse(line).checkpoint();
        } catch (CheckpointLine.Malformed e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, WHAT + " " + NAME + " ends with a line that is " + e.getMessage()
                    + "; nothing more is written to it. " + REMEDY);
        }
    }

    /**
     * The log as it is now: its complete lines, its head and root, and the hash of line
     * {@code sealed} (the last checkpoint's). A line being written meanwhile is not counted.
     */
    private record Head(long lines, Sha256 hash, Sha256 root, Sha256 sealed) {
    }

    private static Head head(AuditLog audit, long sealedLines) {
        List<Finding> findings = new ArrayList<>();
        MerkleTree.Frontier tree = new MerkleTree.Frontier();
        Sha256[] head = {null, null};
        AuditVerifier chain = new AuditVerifier(Archive.LOG, true, findings).keepNoEntries().observe((number, where, e) -> {
            if (e != null) {
                tree.add(e.hash());
                head[0] = e.hash();
                if (number == sealedLines) {
                    head[1] = e.hash();
                }
            }
        });
        try {
            audit.forEachLine(line -> {
                switch (line.kind()) {
                    case COMPLETE -> chain.line(line.text());
                    case OVERLONG -> chain.overlong();
                    case TORN -> {
                        // a line being written: the next checkpoint seals it
                    }
                }
            });
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot read the audit log: " + e.getClass().getSimpleName(), e);
        }
        chain.finish();
        if (!findings.isEmpty()) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the audit log does not verify (" + findings.get(0) + ")" + NOT_SEALED);
        }
        return new Head(chain.lines(), head[0], tree.root(), head[1]);
    }
}
