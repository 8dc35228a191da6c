package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.DirectoryOutput;

/**
 * An issued-document archive in a directory: {@code documents/<sha256>.<format>} holds every
 * issued document, {@code inputs/<sha256>.json} the case snapshot it was made from, and
 * {@code audit.jsonl} one chained line per issued document. A signed record
 * ({@link #recordSigned}) completes an issued PDF record with the signed, sealed PDF, and keeps
 * its evidence as {@code evidence/<sha256>.json}. With the clinic's key, {@code checkpoints.jsonl}
 * holds signed checkpoints of the log ({@link #checkpoint}), so that rewriting or cutting the
 * chain is caught too ({@link #check(Trust)}). Files are written to a temporary
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
 *
 * archive.checkpoint(clinicSigner, Instant.now());             // after a batch, with a seal key
 * archive.recordSigned(12, signedPdf, evidenceJson, signedAt);  // the signed PDF completing record 12
 * archive.check(new Trust(checkpointVerifier, sealVerifier)).sealing().summary();
 * }</pre>
 */
public final class Archive {
    static final String LOG = "audit.jsonl";
    static final String DOCUMENTS = "documents";
    static final String INPUTS = "inputs";
    static final String EVIDENCE = "evidence";
    private final Path directory;
    private final AuditLog log;
    private final ArchiveFiles files;
    private final CheckpointLog checkpoints;

    public Archive(Path directory) {
        this.directory = directory;
        this.log = new AuditLog(directory.resolve(LOG));
        this.files = new ArchiveFiles(directory);
        this.checkpoints = new CheckpointLog(directory);
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

    /**
     * Records a signed, sealed PDF as a signed record that completes issued record
     * {@code completes}: stores it as {@code documents/<sha256>.pdf} and its evidence as
     * {@code evidence/<sha256>.json} (each to a temporary file, forced to disk, moved into place),
     * then appends its line, which says {@code "event":"signed"}, names the record it completes
     * and carries the evidence's hash; its other fields are the issued record's, with its own time,
     * hash and size. If the line is not appended, the files this call stored are removed again.
     *
     * @param completes the sequence number of an issued PDF record that no signed record completes yet
     * @param signedPdf the signed and sealed PDF
     * @param evidenceJson the signing evidence, a JSON object (no image data, no patient values)
     * @param signedAt when it was signed: the time of its line; not before the issued record's
     * @return the signed record's entry
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when {@code completes} is no
     *     record, not a PDF, itself a signed record or already signed, or the bytes are not a PDF
     *     and a JSON object; with {@link ErrorCode#OUTPUT} when the log cannot take another line
     */
    public AuditEntry recordSigned(long completes, byte[] signedPdf, byte[] evidenceJson, Instant signedAt) {
        SignedRecords.requireSignedPdf(signedPdf, evidenceJson);
        Objects.requireNonNull(signedAt, "signedAt");
        requireRegularLog();
        if (!Files.isRegularFile(log.file(), LinkOption.NOFOLLOW_LINKS)) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archive has no record " + completes + " to sign; "
                    + "nothing recorded");
        }
        return log.locked(writer -> {
            AuditEntry issued = SignedRecords.toComplete(entries(), completes, signedAt);
            String mismatch = SignedRecords.evidenceMismatch(evidenceJson, issued);
            if (mismatch != null) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the signed document does not complete record "
                        + completes + ": " + mismatch + "; nothing recorded");
            }
            Sha256 sha = Sha256.of(signedPdf);
            Sha256 evidence = Sha256.of(evidenceJson);
            List<Path> unrecorded = new ArrayList<>();
            long logSize = logSize();
            try {
                store(DOCUMENTS, sha.hex() + "." + OutputFormat.PDF.extension(), signedPdf, unrecorded);
                store(EVIDENCE, evidence.hex() + ".json", evidenceJson, unrecorded);
                logSize = logSize();
                return writer.append(IssuedDocument.signed(issued, signedAt, sha, signedPdf.length, evidence));
            } catch (RuntimeException e) {
                if (logSize() == logSize) {
                    unrecorded.forEach(Archive::deleteQuietly);
                }
                throw e;
            }
        });
    }

    /**
     * Appends a signed checkpoint of the log's current head to {@code checkpoints.jsonl}: the
     * number of lines, the last line's hash and the Merkle root of all lines' hashes, at
     * {@code at}, signed by {@code signer} ({@link Checkpoint#statement()}). Nothing when the log
     * has no lines or the last checkpoint already seals its head. The log's chain is checked
     * first (not its files): a log that does not verify, or no longer extends the last
     * checkpoint, is never sealed. Forced to disk like the log; thread- and process-safe.
     *
     * @return the checkpoint appended, if any
     * @throws SmpDocsException with {@link ErrorCode#OUTPUT} when the chain does not verify, the log
     *     was cut or rewritten since the last checkpoint, or the checkpoint log cannot take another
     *     line; whatever the signer throws when it cannot sign. Nothing is written then.
     */
    public Optional<Checkpoint> checkpoint(CheckpointSigner signer, Instant at) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(at, "at");
        requireRegularLog();
        return checkpoints.append(log, signer, at);
    }

    /**
     * The bytes of an entry's document, at most {@link ArchiveFiles#MAX_DOCUMENT_BYTES}, checked
     * against its recorded hash: the issued PDF a signer fills.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when it is missing, not a
     *     regular file, too large, unreadable or not the bytes recorded
     */
    public byte[] document(AuditEntry entry) {
        byte[] bytes = files.read(entry.documentPath(), ArchiveFiles.MAX_DOCUMENT_BYTES);
        if (!Sha256.of(bytes).equals(entry.document().sha256())) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archived file " + entry.documentPath()
                    + " is not the document recorded: its SHA-256 differs; verify the archive");
        }
        return bytes;
    }

    /**
     * A signed record's evidence, at most {@link ArchiveFiles#MAX_INPUT_BYTES}; none for an issued record.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when it is missing, not a
     *     regular file, too large or unreadable
     */
    public Optional<byte[]> evidence(AuditEntry entry) {
        return entry.evidencePath().map(path -> files.read(path, ArchiveFiles.MAX_INPUT_BYTES));
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
     * once, however many records share it) and every signed record that does not complete an
     * earlier issued record of its case and kind, checks that the log still extends every
     * checkpoint, and counts the records. The checkpoints' signatures are not checked: without
     * trust anchors, {@link Verification#sealing()} says so.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the directory is not an archive
     */
    public Verification check() {
        requireArchive();
        return new ArchiveCheck(this, files, null).run();
    }

    /**
     * As {@link #check()}, and checks every checkpoint's signature and every signed record's seal
     * with the trust anchors' verifiers: a signature that does not verify is a finding.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the directory is not an archive
     */
    public Verification check(Trust trust) {
        Objects.requireNonNull(trust, "trust");
        requireArchive();
        return new ArchiveCheck(this, files, trust).run();
    }

    /** Feeds every line of the log to {@code lines}; returns whether a torn line ends it. */
    boolean readLog(AuditVerifier lines) {
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
}
