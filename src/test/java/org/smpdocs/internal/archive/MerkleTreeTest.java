package org.smpdocs.internal.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.digest.Sha256;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The Merkle tree against RFC 9162's definitions written out here the plain recursive way: the
 * root for every size, the inclusion proof of every leaf of every tree up to 40 leaves, and
 * proofs that must not verify.
 */
class MerkleTreeTest {
    private static final int MAX = 40;

    private static List<Sha256> lineHashes(int n) {
        List<Sha256> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(new Sha256(Digests.sha256Hex(("line " + i).getBytes(StandardCharsets.UTF_8))));
        }
        return hashes;
    }

    /** MTH(D[n]) of RFC 9162, 2.1.1, with SHA-256 computed here. */
    private static byte[] mth(List<Sha256> d) {
        if (d.size() == 1) {
            return sha256(new byte[] {0}, HexFormat.of().parseHex(d.get(0).hex()));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return sha256(new byte[] {1}, mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    /** PATH(m, D[n]) of RFC 9162, 2.1.3.1. */
    private static List<Sha256> path(int m, List<Sha256> d) {
        List<Sha256> path = new ArrayList<>();
        if (d.size() == 1) {
            return path;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            path.addAll(path(m, d.subList(0, k)));
            path.add(hash(mth(d.subList(k, d.size()))));
        } else {
            path.addAll(path(m - k, d.subList(k, d.size())));
            path.add(hash(mth(d.subList(0, k))));
        }
        return path;
    }

    private static byte[] sha256(byte[]... parts) {
        var sha = Digests.sha256();
        for (byte[] p : parts) {
            sha.update(p);
        }
        return sha.digest();
    }

    private static Sha256 hash(byte[] bytes) {
        return new Sha256(HexFormat.of().formatHex(bytes));
    }

    private static MerkleTree.Levels levels(List<Sha256> hashes) {
        byte[] leaves = new byte[hashes.size() * 32];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(MerkleTree.leaf(hashes.get(i)), 0, leaves, i * 32, 32);
        }
        return new MerkleTree.Levels(leaves);
    }

    @Test
    void theFrontiersRootIsTheTreeHeadForEverySize() {
        List<Sha256> hashes = lineHashes(MAX);
        MerkleTree.Frontier frontier = new MerkleTree.Frontier();
        assertNull(frontier.root());
        for (int n = 1; n <= MAX; n++) {
            frontier.add(hashes.get(n - 1));
            assertEquals(n, frontier.size());
            assertEquals(hash(mth(hashes.subList(0, n))), frontier.root(), "size " + n);
        }
    }

    @Test
    void everyProofIsTheRfcsPathAndLeadsToTheRoot() {
        List<Sha256> hashes = lineHashes(MAX);
        MerkleTree.Levels levels = levels(hashes);
        for (int n = 1; n <= MAX; n++) {
            List<Sha256> tree = hashes.subList(0, n);
            Sha256 root = hash(mth(tree));
            for (int m = 0; m < n; m++) {
                List<Sha256> proof = levels.path(m, n);
                assertEquals(path(m, tree), proof, "leaf " + m + " of " + n);
                assertEquals(root, MerkleTree.rootFromPath(m, n, hashes.get(m), proof), "leaf " + m + " of " + n);
            }
        }
    }

    @Test
    void aProofForAnotherLeafPositionOrSizeDoesNotLeadToTheRoot() {
        List<Sha256> hashes = lineHashes(13);
        MerkleTree.Levels levels = levels(hashes);
        Sha256 root = hash(mth(hashes));
        List<Sha256> proof = levels.path(5, 13);
        assertNotEquals(root, MerkleTree.rootFromPath(5, 13, hashes.get(6), proof), "another line");
        assertNotEquals(root, MerkleTree.rootFromPath(4, 13, hashes.get(5), proof), "another position");
        assertNull(MerkleTree.rootFromPath(5, 8, hashes.get(5), proof), "a size whose tree has another shape");
        assertNull(MerkleTree.rootFromPath(13, 13, hashes.get(5), proof), "past the end");
        assertNull(MerkleTree.rootFromPath(5, 13, hashes.get(5), proof.subList(0, proof.size() - 1)), "a step left out");
        List<Sha256> longer = new ArrayList<>(proof);
        longer.add(proof.get(0));
        assertNull(MerkleTree.rootFromPath(5, 13, hashes.get(5), longer), "a step too many");
    }
}
