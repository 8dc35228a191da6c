package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.AppendOnlyLog;
import org.smpdocs.internal.output.LineReader;

/**
 * Checks an export's lines against the checkpoints it carries ({@link ExportProofs}): each
 * checkpoint's signature verifies (when a verifier is given), and each exported line a checkpoint
 * seals has a proof that leads from its hash to that checkpoint's root. A line whose proof does
 * not lead there is not the line that was sealed: the log was rewritten. A sealed line without a
 * proof is named too, since taking a proof out would otherwise pass a changed line off as not yet
 * sealed. Not thread-safe: one per export checked.
 */
final class ExportSealCheck implements AuditVerifier.Observer {
    private final Map<Long, AuditEntry> bySequence = new TreeMap<>();
    private final Map<Long, String> where = new HashMap<>();

    @Override
    public void line(long number, String where, AuditEntry entry) {
        if (entry != null && bySequence.putIfAbsent(entry.sequence(), entry) == null) {
            this.where.put(entry.sequence(), where);
        }
    }

    /**
     * Adds the findings about the checkpoints and proofs, and says how far they seal the exported lines.
     *
     * @param lines how many exported lines there are
     * @param verifier checks the signatures; null when no trust anchors are given
     */
    Sealing finish(ExportZip file, Map<String, ZipEntry> entries, long lines, CheckpointVerifier verifier,
            List<Finding> findings) throws IOException {
        ZipEntry checkpointLog = entries.get(CheckpointLog.NAME);
        if (checkpointLog == null && !entries.containsKey(ExportProofs.NAME)) {
            return Sealing.UNSEALED;
        }
        List<CheckpointLog.Numbered> checkpoints = List.of();
        if (checkpointLog != null) {
            try (InputStream in = file.open(checkpointLog, ExportZip.MAX_INDEX_BYTES)) {
                checkpoints = CheckpointLog.read(in, CheckpointLog.NAME, findings);
            }
        }
        Map<Long, CheckpointLog.Numbered> byNumber = new HashMap<>();
        Set<Long> trusted = new HashSet<>();
        Set<String> signers = new LinkedHashSet<>();
        CheckpointLog.Numbered latest = null;
        for (CheckpointLog.Numbered c : checkpoints) {
            byNumber.put(c.number(), c);
            Verdict verdict = verifier == null ? null : verifier.verify(c.checkpoint().statement(), c.signatureBytes());
            if (verdict != null && !verdict.valid()) {
                findings.add(new Finding(Finding.Problem.BAD_SIGNATURE, CheckpointLog.NAME + " line " + c.number(),
                        "checkpoint " + c.number() + "'s signature does not verify: " + verdict.reason()));
                continue;
            }
            trusted.add(c.number());
            if (verdict != null) {
                signers.add(verdict.signer());
            }
            if (latest == null || c.checkpoint().lines() > latest.checkpoint().lines()) {
                latest = c;
            }
        }
        Map<Long, Long> proven = proofs(file, entries.get(ExportProofs.NAME), byNumber, findings);
        long sealed = 0;
        long sealing = checkpoints.stream().mapToLong(c -> c.checkpoint().lines()).max().orElse(0);
        for (AuditEntry e : bySequence.values()) {
            Long by = proven.get(e.sequence());
            if (by != null && by > 0 && trusted.contains(by)) {
                sealed++;
            } else if (by == null && e.sequence() <= sealing) {
                findings.add(new Finding(Finding.Problem.MISSING, ExportProofs.NAME, "no proof for " + where.get(e.sequence())
                        + " (record " + e.sequence() + "), which a checkpoint seals"));
            }
        }
        Sealing.Status status = verifier == null ? Sealing.Status.NOT_CHECKED : Sealing.Status.CHECKED;
        return new Sealing(status, checkpoints.size(), lines, Math.min(sealed, lines),
                latest == null ? null : latest.checkpoint().at(), new ArrayList<>(signers));
    }

    /**
     * Checks every proof; returns, by sequence number, the checkpoint that proves each line, or 0
     * for a line whose proof failed (a finding already).
     */
    private Map<Long, Long> proofs(ExportZip file, ZipEntry proofs, Map<Long, CheckpointLog.Numbered> checkpoints,
            List<Finding> findings) throws IOException {
        Map<Long, Long> proven = new HashMap<>();
        if (proofs == null) {
            return proven;
        }
        try (InputStream in = file.open(proofs, ExportZip.MAX_INDEX_BYTES)) {
            LineReader lines = new LineReader(in, AppendOnlyLog.MAX_LINE_BYTES);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String at = ExportProofs.NAME + " line " + line.number();
                ExportProofs.ProofLine p = line.kind() == LineReader.Kind.COMPLETE ? parse(line.text()) : null;
                if (p == null) {
                    findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, at, "not a well-formed proof"));
                    continue;
                }
                AuditEntry e = bySequence.get(p.sequence());
                CheckpointLog.Numbered c = checkpoints.get(p.checkpoint());
                if (e == null) {
                    findings.add(new Finding(Finding.Problem.EXTRA, at, "proves record " + p.sequence()
                            + ", which the export does not hold"));
                } else if (c == null) {
                    findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, at, "names checkpoint " + p.checkpoint()
                            + ", which the export does not hold"));
                } else if (proven.containsKey(p.sequence())) {
                    findings.add(new Finding(Finding.Problem.EXTRA, at, "a second proof for record " + p.sequence()));
                } else if (leadsTo(e, c, p.path())) {
                    proven.put(p.sequence(), c.number());
                } else {
                    proven.put(p.sequence(), 0L);
                    findings.add(new Finding(Finding.Problem.REWRITTEN, where.get(p.sequence()), "the log was rewritten: record "
                            + p.sequence() + " is not the line checkpoint " + c.number() + " sealed"));
                }
            }
        }
        return proven;
    }

    private static boolean leadsTo(AuditEntry e, CheckpointLog.Numbered c, List<String> path) {
        List<Sha256> hashes = new ArrayList<>();
        for (String hex : path) {
            try {
                hashes.add(new Sha256(hex));
            } catch (IllegalArgumentException notAHash) {
                return false;
            }
        }
        return c.checkpoint().root().equals(MerkleTree.rootFromPath(e.sequence() - 1, c.checkpoint().lines(), e.hash(), hashes));
    }

    private static ExportProofs.ProofLine parse(String text) {
        try {
            return AuditLog.JSON.readValue(text, ExportProofs.ProofLine.class); // its path copied: no nulls in it
        } catch (IOException e) {
            return null;
        }
    }
}
