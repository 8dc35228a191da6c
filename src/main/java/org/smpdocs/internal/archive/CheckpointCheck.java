package org.smpdocs.internal.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpdocs.internal.digest.Sha256;

/**
 * Checks an archive's log against its checkpoints, as the log is read: each checkpoint's signature
 * verifies (when a verifier is given), the log has at least the lines it sealed, and its last
 * sealed line still has the hash it sealed and the lines up to it the root. Reports each failure
 * as what it is: a bad signature, a log that was cut, a log that was rewritten. A rewrite breaks
 * every later checkpoint too: the first is named, the others counted. Not thread-safe.
 */
final class CheckpointCheck implements AuditVerifier.Observer {
    private final List<CheckpointLog.Numbered> checkpoints;
    private final boolean present;
    private final Set<Long> sealed = new HashSet<>();
    private final Map<Long, Sha256> heads = new HashMap<>();
    private final Map<Long, Sha256> roots = new HashMap<>();
    private final MerkleTree.Frontier tree = new MerkleTree.Frontier();
    private boolean treeBroken;

    /**
     * @param present whether the archive has a checkpoint log with any line in it, well-formed or not
     */
    CheckpointCheck(List<CheckpointLog.Numbered> checkpoints, boolean present) {
        this.checkpoints = List.copyOf(checkpoints);
        this.present = present;
        checkpoints.forEach(c -> sealed.add(c.checkpoint().lines()));
    }

    @Override
    public void line(long number, String where, AuditEntry entry) {
        if (entry == null) {
            treeBroken = true; // no hash to build on: the roots from here on cannot be the sealed ones
        } else if (!treeBroken) {
            tree.add(entry.hash());
        }
        if (sealed.contains(number)) {
            if (entry != null) {
                heads.put(number, entry.hash());
            }
            if (!treeBroken) {
                roots.put(number, tree.root());
            }
        }
    }

    /**
     * Adds the findings about the checkpoints, and says how far they seal the log.
     *
     * @param lines the number of lines the log has
     * @param verifier checks the signatures; null when no trust anchors are given
     */
    Sealing finish(long lines, CheckpointVerifier verifier, List<Finding> findings) {
        if (!present) {
            return Sealing.UNSEALED;
        }
        Finding firstBreak = null;
        long laterBreaks = 0;
        CheckpointLog.Numbered holding = null;
        CheckpointLog.Numbered lastIntact = null;
        Set<String> signers = new LinkedHashSet<>();
        for (CheckpointLog.Numbered c : checkpoints) {
            Verdict verdict = verifier == null ? null : verifier.verify(c.checkpoint().statement(), c.signatureBytes());
            if (verdict != null && !verdict.valid()) {
                findings.add(new Finding(Finding.Problem.BAD_SIGNATURE, CheckpointLog.NAME + " line " + c.number(),
                        "checkpoint " + c.number() + "'s signature does not verify: " + verdict.reason()));
            }
            Finding broken = broken(c, lines, lastIntact);
            if (broken == null) {
                if (lastIntact == null || c.checkpoint().lines() > lastIntact.checkpoint().lines()) {
                    lastIntact = c;
                }
                if (verdict == null || verdict.valid()) {
                    if (holding == null || c.checkpoint().lines() >= holding.checkpoint().lines()) {
                        holding = c;
                    }
                    if (verdict != null) {
                        signers.add(verdict.signer());
                    }
                }
            } else if (firstBreak == null) {
                firstBreak = broken;
                findings.add(broken);
            } else {
                laterBreaks++;
            }
        }
        if (laterBreaks > 0) {
            findings.add(new Finding(firstBreak.problem(), CheckpointLog.NAME, laterBreaks + " later checkpoint"
                    + (laterBreaks == 1 ? " no longer holds" : "s no longer hold") + " either"));
        }
        Sealing.Status status = verifier == null ? Sealing.Status.NOT_CHECKED : Sealing.Status.CHECKED;
        return holding == null ? new Sealing(status, checkpoints.size(), lines, 0, null, List.of())
                : new Sealing(status, checkpoints.size(), lines, holding.checkpoint().lines(), holding.checkpoint().at(),
                        new ArrayList<>(signers));
    }

    /** Why the log no longer extends {@code c}, or null when it does. */
    private Finding broken(CheckpointLog.Numbered c, long lines, CheckpointLog.Numbered lastIntact) {
        long n = c.checkpoint().lines();
        if (n > lines) {
            return new Finding(Finding.Problem.CUT, Archive.LOG, "the log was cut: checkpoint " + c.number() + " seals "
                    + n + " lines, the log has " + lines);
        }
        if (!c.checkpoint().head().equals(heads.get(n))) {
            String still = lastIntact == null || lastIntact.checkpoint().lines() >= n ? ""
                    : " (line " + lastIntact.checkpoint().lines() + " still has the hash checkpoint " + lastIntact.number()
                            + " sealed)";
            return new Finding(Finding.Problem.REWRITTEN, Archive.LOG + " line " + n, "the log was rewritten: line " + n
                    + " no longer has the hash checkpoint " + c.number() + " sealed" + still);
        }
        if (!c.checkpoint().root().equals(roots.get(n))) {
            return new Finding(Finding.Problem.REWRITTEN, CheckpointLog.NAME + " line " + c.number(), "the log was rewritten: "
                    + "its first " + n + " lines no longer have the root checkpoint " + c.number() + " sealed");
        }
        return null;
    }
}
