package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.DirectoryOutput;

/**
 * An issued-document archive in a directory: {@code documents/<sha256>.<format>} holds every
 * issued document, {@code inputs/<sha256>.json} the case snapshot it was made from, and
 * {@code audit.jsonl} one chained line per issued document. Files are written to a temporary
 * file, forced to disk and moved into place before their log line is appended, so a crash leaves
 * at worst an unrecorded file, never a record without its file; a refused append (a torn log)
 * leaves nothing behind. Reading opens regular files only and follows no link. Thread- and
 * process-safe.
 *
 * <pre>{@code
 * Archive archive = new Archive(Path.of("records"));          // to record into; created as needed
 * archive.record(engine.render(DocumentKind.CONSENT, c), CaseSnapshot.json(c));
 * Verification v = Archive.open(Path.of("records")).check();  // to read: fails if not an archive
 * v.intact();   // true when there are records and every one is intact
 * }</pre>
 */
public final class Archive {
    static final String LOG = "audit.jsonl";
    static final String DOCUMENTS = "documents";
    static final String INPUTS = "inputs";
    private final Path directory;
    private final AuditLog log;
    private final ArchiveFiles files;

    public Archive(Path directory) {
        this.directory = directory;
        this.log = new AuditLog(directory.resolve(LOG));
        this.files = new ArchiveFiles(directory);
    }

    /**
     * The archive in {@code directory}, for reading (verify, export, reissue).
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when it is not a records archive:
     *     it does not exist, is a file, holds other things only, or its log is not a regular file
     */
    public static Archive open(Path directory) {
        Archive archive = new Archive(directory);
        archive.requireArchive();
        return archive;
    }

    public Path directory() {
        return directory;
    }

    AuditLog log() {
        return log;
    }

    /** Fails unless the directory is a records archive (an empty folder is an empty one). */
    void requireArchive() {
        if (!Files.exists(directory)) {
            throw notAnArchive("it does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw notAnArchive("it is a file, not a folder");
        }
        ArchiveFiles.Kind logKind = files.kind(LOG);
        if (logKind == ArchiveFiles.Kind.OTHER) {
            throw notAnArchive("its " + LOG + " is not a regular file");
        }
        if (logKind == ArchiveFiles.Kind.ABSENT && !files.isFolder(DOCUMENTS) && !files.isFolder(INPUTS) && !emptyFolder()) {
            throw notAnArchive("it holds no " + LOG + ", " + DOCUMENTS + "/ or " + INPUTS + "/");
        }
    }

    private SmpDocsException notAnArchive(String why) {
        return new SmpDocsException(ErrorCode.INVALID_INPUT, directory + " is not a records archive: " + why);
    }

    private boolean emptyFolder() {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw notAnArchive("it cannot be listed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Fails as {@link #record} would when the log cannot take another line — it is not a regular
     * file, or its last line is torn or too long — so that a batch can stop before it writes
     * anything. Creates nothing.
     */
    public void checkAppendable() {
        requireRegularLog();
        if (Files.isRegularFile(directory.resolve(LOG), LinkOption.NOFOLLOW_LINKS)) {
            log.locked(appender -> null);
        }
    }

    private void requireRegularLog() {
        if (files.kind(LOG) == ArchiveFiles.Kind.OTHER) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the audit log " + LOG + " is not a regular file; nothing written");
        }
    }

    /**
     * Stores every format of the document and its input snapshot, and logs each; returns the log
     * entries. The log is locked throughout; if it refuses the append (its last line is torn or
     * unreadable) nothing is stored, and files this call stored are removed again if no line
     * records them. Files that were already there — other records' — are never removed.
     */
    public List<AuditEntry> record(RenderedDocument document, byte[] inputSnapshot) {
        Sha256 inputSha = Sha256.of(inputSnapshot);
        if (!inputSha.hex().equals(document.provenance().inputSha256())) {
            throw new IllegalArgumentException("the snapshot is not the input this document was rendered from");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot create the archive " + directory + ": "
                    + e.getClass().getSimpleName(), e);
        }
        requireRegularLog();
        return log.locked(writer -> {
            List<Path> unrecorded = new ArrayList<>();
            long[] logSize = {logSize()};
            try {
                Path input = store(INPUTS, inputSha.hex() + ".json", inputSnapshot, unrecorded);
                List<AuditEntry> entries = new ArrayList<>();
                for (OutputFormat format : document.formats()) {
                    if (!format.isDocument()) {
                        continue; // an e-mail body is part of a message, not a record
                    }
                    byte[] bytes = document.bytes(format);
                    Sha256 sha = Sha256.of(bytes);
                    Path stored = store(DOCUMENTS, sha.hex() + "." + format.extension(), bytes, unrecorded);
                    logSize[0] = logSize();
                    entries.add(writer.append(IssuedDocument.of(document, format, sha, bytes.length)));
                    unrecorded.remove(input);
                    unrecorded.remove(stored);
                }
                return entries;
            } catch (RuntimeException e) {
                // only if the log did not grow: a line that made it in must keep its files
                if (logSize() == logSize[0]) {
                    unrecorded.forEach(Archive::deleteQuietly);
                }
                throw e;
            }
        });
    }

    /** Content-addressed: a file already there under its own hash is the same file. */
    private Path store(String folder, String name, byte[] bytes, List<Path> created) {
        Path target = directory.resolve(folder).resolve(name);
        if (!Files.exists(target)) {
            new DirectoryOutput(directory.resolve(folder)).write(name, bytes);
            created.add(target);
        }
        return target;
    }

    private long logSize() {
        try {
            return Files.size(log.file());
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // then verify names it as a file no line records
        }
    }

    /**
     * The entry a user names: its sequence number, or its document's SHA-256 (or a unique prefix
     * of at least 8 characters).
     */
    public Optional<AuditEntry> entry(String id) {
        List<AuditEntry> all = entries();
        if (id.matches("[0-9]{1,9}")) {
            long sequence = Long.parseLong(id);
            return all.stream().filter(e -> e.sequence() == sequence).findFirst();
        }
        List<AuditEntry> matching = id.length() < 8 ? List.of()
                : all.stream().filter(e -> e.document().sha256().hex().startsWith(id.toLowerCase(Locale.ROOT))).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /**
     * The input snapshot an entry was rendered from, at most {@link ArchiveFiles#MAX_INPUT_BYTES}.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when it is missing, not a regular
     *     file, too large or unreadable
     */
    public byte[] input(AuditEntry entry) {
        return files.read(entry.inputPath(), ArchiveFiles.MAX_INPUT_BYTES);
    }

    /**
     * Every well-formed log line, parsed; lines that are not, and a torn last line, are left out
     * and reported by {@link #verify}.
     */
    public List<AuditEntry> entries() {
        AuditVerifier lines = new AuditVerifier(LOG, true, new ArrayList<>());
        readLog(lines);
        return lines.finish();
    }

    /**
     * Recomputes every hash and the chain, and names every altered, missing or extra file. Empty
     * when nothing is wrong — which an archive with no records is too: {@link #check} tells the two apart.
     */
    public List<Finding> verify() {
        return check().findings();
    }

    /**
     * Recomputes every hash and the chain, names every altered, missing or extra file (each file
     * once, however many records share it), and counts the records.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the directory is not an archive
     */
    public Verification check() {
        requireArchive();
        List<Finding> findings = new ArrayList<>();
        AuditVerifier lines = new AuditVerifier(LOG, true, findings);
        boolean torn = readLog(lines);
        List<AuditEntry> entries = lines.finish();
        if (torn) {
            findings.add(new Finding(Finding.Problem.TORN_LINE, LOG + " line " + (lines.lines() + 1),
                    "incomplete: a write was interrupted"));
        }
        Set<String> recorded = new HashSet<>();
        for (AuditEntry e : entries) {
            if (recorded.add(e.documentPath())) {
                checkFile(e.documentPath(), e.document().sha256(), e.document().size(), findings);
            }
            if (recorded.add(e.inputPath())) {
                checkFile(e.inputPath(), e.document().inputSha256(), -1, findings);
            }
        }
        for (String folder : List.of(DOCUMENTS, INPUTS)) {
            if (!files.isFolder(folder) && files.kind(folder) != ArchiveFiles.Kind.ABSENT) {
                findings.add(new Finding(Finding.Problem.EXTRA, folder, "not a folder of the archive: a link or a file; "
                        + "not followed"));
            }
            for (String path : files.list(folder)) {
                if (!recorded.contains(path)) {
                    findings.add(new Finding(Finding.Problem.EXTRA, path, path.contains(".smp-docs-")
                            ? "left by an interrupted write" : "no audit-log line records it"));
                }
            }
        }
        return new Verification(entries.size(), findings);
    }

    /** Feeds every line of the log to {@code lines}; returns whether a torn line ends it. */
    private boolean readLog(AuditVerifier lines) {
        ArchiveFiles.Kind kind = files.kind(LOG);
        if (kind == ArchiveFiles.Kind.ABSENT) {
            return false;
        }
        if (kind == ArchiveFiles.Kind.OTHER) {
            throw notAnArchive("its " + LOG + " is not a regular file");
        }
        boolean[] torn = {false};
        try {
            log.forEachLine(line -> {
                switch (line.kind()) {
                    case COMPLETE -> lines.line(line.text());
                    case OVERLONG -> lines.overlong();
                    case TORN -> torn[0] = true;
                }
            });
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot read the audit log: " + e.getClass().getSimpleName(), e);
        }
        return torn[0];
    }

    /** Checks one recorded file; {@code size} is its recorded size, or -1 when none is recorded. */
    private void checkFile(String path, Sha256 sha, long size, List<Finding> findings) {
        ArchiveFiles.Kind kind = files.kind(path);
        if (kind == ArchiveFiles.Kind.ABSENT) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "recorded in the audit log"));
            return;
        }
        if (kind == ArchiveFiles.Kind.OTHER) {
            findings.add(new Finding(Finding.Problem.ALTERED, path, "not a regular file: a link, folder or device; not read"));
            return;
        }
        try {
            if ((size >= 0 && files.size(path) != size) || !files.sha256(path).equals(sha)) {
                findings.add(new Finding(Finding.Problem.ALTERED, path, "its SHA-256 differs from the recorded one"));
            }
        } catch (IOException e) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "unreadable: " + e.getClass().getSimpleName()));
        }
    }
}
