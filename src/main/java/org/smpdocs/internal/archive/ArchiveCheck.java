package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;

/**
 * One verification of an archive: the log's lines and chain, every recorded file (documents,
 * inputs, signed records' evidence) against its hash, the files no line records, the signed
 * records' links to the records they complete, and the checkpoints with what they seal; with
 * trust anchors, the checkpoints' signatures and the signed records' seals too. Not thread-safe:
 * one per check.
 */
final class ArchiveCheck {
    private final Archive archive;
    private final ArchiveFiles files;
    private final Trust trust;
    private final List<Finding> findings = new ArrayList<>();
    /** What is wrong with the checkpoint log itself: reported after the log and the files. */
    private final List<Finding> checkpointLines = new ArrayList<>();

    /** @param trust the trust anchors' verifiers; null when none are given */
    ArchiveCheck(Archive archive, ArchiveFiles files, Trust trust) {
        this.archive = archive;
        this.files = files;
        this.trust = trust;
    }

    Verification run() {
        CheckpointCheck checkpoints = checkpoints();
        AuditVerifier lines = new AuditVerifier(Archive.LOG, true, findings).observe(new Completions(findings))
                .observe(checkpoints);
        boolean torn = archive.readLog(lines);
        List<AuditEntry> entries = lines.finish();
        if (torn) {
            findings.add(new Finding(Finding.Problem.TORN_LINE, Archive.LOG + " line " + (lines.lines() + 1),
                    "incomplete: a write was interrupted"));
        }
        Set<String> recorded = new HashSet<>();
        for (AuditEntry e : entries) {
            if (recorded.add(e.documentPath()) && checkFile(e.documentPath(), e.document().sha256(), e.document().size())
                    && e.document().isSigned() && trust != null) {
                checkSeal(e.documentPath());
            }
            if (recorded.add(e.inputPath())) {
                checkFile(e.inputPath(), e.document().inputSha256(), -1);
            }
            e.evidencePath().filter(recorded::add)
                    .filter(path -> checkFile(path, e.document().completion().evidenceSha256(), -1))
                    .ifPresent(path -> checkEvidence(path, entries, e.document().completion().completes()));
        }
        for (String folder : List.of(Archive.DOCUMENTS, Archive.INPUTS, Archive.EVIDENCE)) {
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
        findings.addAll(checkpointLines);
        Sealing sealing = checkpoints.finish(lines.lines(), trust == null ? null : trust.checkpoints(), findings);
        return new Verification(entries.size(), findings, sealing);
    }

    /** The checkpoints of the archive, read; a checkpoint log that is not a regular file is named and not read. */
    private CheckpointCheck checkpoints() {
        ArchiveFiles.Kind kind = files.kind(CheckpointLog.NAME);
        if (kind == ArchiveFiles.Kind.ABSENT) {
            return new CheckpointCheck(List.of(), false);
        }
        if (kind == ArchiveFiles.Kind.OTHER) {
            checkpointLines.add(new Finding(Finding.Problem.ALTERED, CheckpointLog.NAME, "not a regular file: a link, folder "
                    + "or device; not read"));
            return new CheckpointCheck(List.of(), true);
        }
        try (InputStream in = Files.newInputStream(archive.directory().resolve(CheckpointLog.NAME), LinkOption.NOFOLLOW_LINKS)) {
            List<CheckpointLog.Numbered> all = CheckpointLog.read(in, CheckpointLog.NAME, checkpointLines);
            return new CheckpointCheck(all, !all.isEmpty() || !checkpointLines.isEmpty());
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot read " + CheckpointLog.NAME + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Checks one recorded file; {@code size} is its recorded size, or -1 when none is recorded.
     * Returns whether it is there with its recorded hash.
     */
    private boolean checkFile(String path, Sha256 sha, long size) {
        ArchiveFiles.Kind kind = files.kind(path);
        if (kind == ArchiveFiles.Kind.ABSENT) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "recorded in the audit log"));
            return false;
        }
        if (kind == ArchiveFiles.Kind.OTHER) {
            findings.add(new Finding(Finding.Problem.ALTERED, path, "not a regular file: a link, folder or device; not read"));
            return false;
        }
        try {
            if ((size >= 0 && files.size(path) != size) || !files.sha256(path).equals(sha)) {
                findings.add(new Finding(Finding.Problem.ALTERED, path, "its SHA-256 differs from the recorded one"));
                return false;
            }
            return true;
        } catch (IOException e) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "unreadable: " + e.getClass().getSimpleName()));
            return false;
        }
    }

    /** Checks that a signed record's evidence (there with its recorded hash) is about the record it completes. */
    private void checkEvidence(String path, List<AuditEntry> entries, long completes) {
        AuditEntry issued = entries.stream().filter(x -> x.sequence() == completes).findFirst().orElse(null);
        if (issued == null) {
            return;     // the line's own finding says it completes nothing
        }
        String mismatch;
        try {
            mismatch = SignedRecords.evidenceMismatch(files.read(path, ArchiveFiles.MAX_DOCUMENT_BYTES), issued);
        } catch (SmpDocsException e) {
            mismatch = "its evidence is unreadable or larger than " + ArchiveFiles.MAX_DOCUMENT_BYTES + " bytes";
        }
        if (mismatch != null) {
            findings.add(new Finding(Finding.Problem.ALTERED, path, mismatch));
        }
    }

    /** Checks the seal of a signed record's PDF, which is there with its recorded hash. */
    private void checkSeal(String path) {
        byte[] pdf;
        try {
            pdf = files.read(path, ArchiveFiles.MAX_DOCUMENT_BYTES);
        } catch (SmpDocsException e) {
            findings.add(new Finding(Finding.Problem.BAD_SIGNATURE, path, "its seal was not checked: larger than "
                    + ArchiveFiles.MAX_DOCUMENT_BYTES + " bytes, the limit, or unreadable"));
            return;
        }
        Verdict verdict = trust.seals().verify(pdf);
        if (!verdict.valid()) {
            findings.add(new Finding(Finding.Problem.BAD_SIGNATURE, path, "its seal does not verify: " + verdict.reason()));
        }
    }
}
