package org.smpdocs.internal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.smpdocs.internal.digest.Sha256;

/**
 * What lets an export's lines be checked against the archive's signed checkpoints although the
 * export holds only some of the log's lines: {@code checkpoints.jsonl} with the checkpoints it
 * needs, and {@code proofs.jsonl} with, for each exported line a checkpoint seals, the Merkle
 * inclusion proof ({@link MerkleTree}) that it is that line of the sealed log. Each line is proved
 * against the first checkpoint that seals it — the one closest to its issue — and the archive's
 * last checkpoint is carried too, so that the export tells how far the log was sealed. While it is
 * written, the hashes of the log's lines up to the latest checkpoint needed are held in memory:
 * about 64 bytes a line.
 */
final class ExportProofs {
    static final String NAME = "proofs.jsonl";

    /** One line of {@code proofs.jsonl}: record {@code sequence} is proved by {@code checkpoint} (its line in the export's checkpoints.jsonl). */
    record ProofLine(long sequence, long checkpoint, List<String> path) {
        ProofLine {
            path = List.copyOf(path);
        }
    }

    private final List<CheckpointLog.Numbered> carried;
    private final Map<Long, Integer> proofs;
    private final MerkleTree.Levels levels;

    private ExportProofs(List<CheckpointLog.Numbered> carried, Map<Long, Integer> proofs, MerkleTree.Levels levels) {
        this.carried = carried;
        this.proofs = proofs;
        this.levels = levels;
    }

    /** The checkpoints and proofs for the entries {@code selected} picks from a verified archive. */
    static ExportProofs of(Archive archive, Predicate<AuditEntry> selected) throws IOException {
        List<CheckpointLog.Numbered> all = checkpoints(archive.directory());
        if (all.isEmpty()) {
            return new ExportProofs(List.of(), Map.of(), null);
        }
        List<CheckpointLog.Numbered> bySize = new ArrayList<>(all);
        bySize.sort(Comparator.comparingLong(c -> c.checkpoint().lines())); // stable: the first of equals stays first
        CheckpointLog.Numbered last = bySize.get(bySize.size() - 1);
        Map<Long, CheckpointLog.Numbered> provedBy = new TreeMap<>();
        archive.log().forEachEntry(e -> {
            if (selected.test(e) && e.sequence() <= last.checkpoint().lines()) {
                provedBy.put(e.sequence(), firstSealing(bySize, e.sequence()));
            }
        });
        Set<CheckpointLog.Numbered> used = new LinkedHashSet<>(provedBy.values());
        used.add(last);
        List<CheckpointLog.Numbered> carried = all.stream().filter(used::contains).toList();
        Map<Long, Integer> proofs = new TreeMap<>();
        provedBy.forEach((sequence, c) -> proofs.put(sequence, carried.indexOf(c) + 1));
        long leaves = provedBy.values().stream().mapToLong(c -> c.checkpoint().lines()).max().orElse(0);
        return new ExportProofs(carried, proofs, leaves == 0 ? null : levels(archive, leaves));
    }

    private static CheckpointLog.Numbered firstSealing(List<CheckpointLog.Numbered> bySize, long sequence) {
        for (CheckpointLog.Numbered c : bySize) {
            if (c.checkpoint().lines() >= sequence) {
                return c;
            }
        }
        throw new IllegalStateException("the last checkpoint seals every line up to its own");
    }

    private static List<CheckpointLog.Numbered> checkpoints(Path directory) throws IOException {
        Path file = directory.resolve(CheckpointLog.NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(); // absent: a verified archive has no other kind of checkpoint log
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            List<Finding> findings = new ArrayList<>();
            List<CheckpointLog.Numbered> all = CheckpointLog.read(in, CheckpointLog.NAME, findings);
            if (!findings.isEmpty()) {
                throw new IllegalStateException("a verified archive has well-formed checkpoints");
            }
            return all;
        }
    }

    private static MerkleTree.Levels levels(Archive archive, long leaves) throws IOException {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        archive.log().forEachEntry(e -> {
            if (e.sequence() <= leaves) {
                hashes.write(MerkleTree.leaf(e.hash()));
            }
        });
        return new MerkleTree.Levels(hashes.toByteArray());
    }

    /** Whether the export carries no checkpoints: the archive has none. */
    boolean isEmpty() {
        return carried.isEmpty();
    }

    /** Writes {@code checkpoints.jsonl}: the checkpoints carried, in the archive's order. */
    void writeCheckpoints(OutputStream out) throws IOException {
        for (CheckpointLog.Numbered c : carried) {
            out.write((CheckpointLine.of(c.checkpoint(), c.signatureBytes()).json() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@code proofs.jsonl}: one line per exported line a checkpoint seals, in log order. */
    void writeProofs(OutputStream out) throws IOException {
        for (Map.Entry<Long, Integer> p : proofs.entrySet()) { // a TreeMap: in log order
            long size = carried.get(p.getValue() - 1).checkpoint().lines();
            List<String> path = levels.path(p.getKey() - 1, size).stream().map(Sha256::hex).toList();
            out.write((AuditLog.JSON.writeValueAsString(new ProofLine(p.getKey(), p.getValue(), path)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
