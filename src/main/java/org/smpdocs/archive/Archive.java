package org.smpdocs.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocsException;
import org.smpdocs.output.AppendOnlyLog;
import org.smpdocs.output.DirectoryOutput;
import org.smpdocs.template.Digests;
import org.smpdocs.template.Provenance;

/**
 * An issued-document archive in a directory: {@code documents/<sha256>.<format>} holds every
 * issued document, {@code inputs/<sha256>.json} the case snapshot it was made from, and
 * {@code audit.jsonl} one chained line per issued document. Files are written to a temporary
 * file, forced to disk and moved into place before their log line is appended, so a crash leaves
 * at worst an unrecorded file, never a record without its file. Thread- and process-safe.
 *
 * <pre>{@code
 * Archive archive = new Archive(Path.of("records"));
 * archive.record(engine.render(DocumentKind.CONSENT, c), CaseSnapshot.json(c));
 * List<Finding> findings = archive.verify();   // empty when every record is intact
 * }</pre>
 */
public final class Archive {
    static final String LOG = "audit.jsonl";
    static final String DOCUMENTS = "documents";
    static final String INPUTS = "inputs";
    private final Path directory;
    private final AuditLog log;

    public Archive(Path directory) {
        this.directory = directory;
        this.log = new AuditLog(directory.resolve(LOG));
    }

    public Path directory() {
        return directory;
    }

    /** Stores every format of the document and its input snapshot, and logs each; returns the log entries. */
    public List<AuditEntry> record(RenderedDocument document, byte[] inputSnapshot) {
        Provenance p = document.provenance();
        String inputSha = Digests.sha256Hex(inputSnapshot);
        if (!inputSha.equals(p.inputSha256())) {
            throw new IllegalArgumentException("the snapshot is not the input this document was rendered from");
        }
        store(INPUTS, inputSha + ".json", inputSnapshot);
        List<AuditEntry> entries = new ArrayList<>();
        for (OutputFormat format : document.formats()) {
            byte[] bytes = document.bytes(format);
            String sha = Digests.sha256Hex(bytes);
            store(DOCUMENTS, sha + "." + format.extension(), bytes);
            entries.add(log.append(new AuditEntry(0, p.issuedAt().toString(), p.kind(), format.extension(), p.caseId(),
                    p.patientId(), p.session(), p.template(), p.templateSet().version(), p.templateSet().sha256(),
                    p.inputSha256(), sha, bytes.length, null, null)));
        }
        return entries;
    }

    /** Content-addressed: a file already there under its own hash is the same file. */
    private void store(String folder, String name, byte[] bytes) {
        Path target = directory.resolve(folder).resolve(name);
        if (!Files.exists(target)) {
            new DirectoryOutput(directory.resolve(folder)).write(name, bytes);
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
                : all.stream().filter(e -> e.documentSha256().startsWith(id.toLowerCase(Locale.ROOT))).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** The input snapshot an entry was rendered from. */
    public byte[] input(AuditEntry entry) {
        try {
            return Files.readAllBytes(directory.resolve(entry.inputPath()));
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the archived input " + entry.inputPath() + " cannot be read", e);
        }
    }

    /** Every log line, parsed and checked; a torn last line is left out and reported by {@link #verify}. */
    public List<AuditEntry> entries() {
        return AuditVerifier.verify(LOG, lines().complete(), true, new ArrayList<>());
    }

    /**
     * Recomputes every hash and the chain, and names every altered, missing or extra file. Empty
     * when the archive is intact.
     */
    public List<Finding> verify() {
        List<Finding> findings = new ArrayList<>();
        AppendOnlyLog.Lines lines = lines();
        List<AuditEntry> entries = AuditVerifier.verify(LOG, lines.complete(), true, findings);
        if (lines.tornTail()) {
            findings.add(new Finding(Finding.Problem.TORN_LINE, LOG + " line " + (lines.complete().size() + 1),
                    "incomplete: a write was interrupted"));
        }
        Set<String> recorded = new HashSet<>();
        for (AuditEntry e : entries) {
            check(e.documentPath(), e.documentSha256(), findings);
            check(e.inputPath(), e.inputSha256(), findings);
            recorded.add(e.documentPath());
            recorded.add(e.inputPath());
        }
        for (String folder : List.of(DOCUMENTS, INPUTS)) {
            for (String path : files(folder)) {
                if (!recorded.contains(path)) {
                    findings.add(new Finding(Finding.Problem.EXTRA, path, path.contains(".smp-docs-")
                            ? "left by an interrupted write" : "no audit-log line records it"));
                }
            }
        }
        return findings;
    }

    private void check(String path, String sha, List<Finding> findings) {
        Path file = directory.resolve(path);
        if (!Files.isRegularFile(file)) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "recorded in the audit log"));
            return;
        }
        try {
            if (!Digests.sha256Hex(Files.readAllBytes(file)).equals(sha)) {
                findings.add(new Finding(Finding.Problem.ALTERED, path, "its SHA-256 differs from the recorded one"));
            }
        } catch (IOException e) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "unreadable: " + e.getClass().getSimpleName()));
        }
    }

    private List<String> files(String folder) {
        Path dir = directory.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> folder + "/" + f.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot list " + folder + " in the archive", e);
        }
    }

    private AppendOnlyLog.Lines lines() {
        try {
            return log.read();
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "cannot read the audit log", e);
        }
    }
}
