package org.smpdocs.internal.archive;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.digest.Sha256;

/**
 * The Merkle tree over the audit log's line hashes that a checkpoint seals (its {@code root}), as
 * RFC 9162 (Certificate Transparency 2.0) defines it: a leaf is {@code SHA-256(0x00 || hash of
 * the line)}, a node {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at the
 * largest power of two below n. An inclusion proof (the hashes beside a line's path to the root)
 * lets an export prove that its lines are lines of the sealed log without carrying the others.
 */
final class MerkleTree {
    private static final int SIZE = 32;

    private MerkleTree() {
    }

    static byte[] leaf(Sha256 lineHash) {
        MessageDigest sha = Digests.sha256();
        sha.update((byte) 0);
        sha.update(bytes(lineHash));
        return sha.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = Digests.sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    static byte[] bytes(Sha256 hash) {
        return HexFormat.of().parseHex(hash.hex());
    }

    static Sha256 sha256(byte[] bytes) {
        return new Sha256(HexFormat.of().formatHex(bytes));
    }

    /**
     * The root of the tree that {@code path} proves leaf {@code index} (from 0) to be in, for a
     * tree of {@code size} leaves (RFC 9162, 2.1.3.2); null when the path cannot be such a proof.
     */
    static Sha256 rootFromPath(long index, long size, Sha256 lineHash, List<Sha256> path) {
        if (index < 0 || index >= size) {
            return null;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf(lineHash);
        for (Sha256 p : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(bytes(p), r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, bytes(p));
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? sha256(r) : null;
    }

    /**
     * The root of the first n line hashes, for every n as the lines come, in memory that grows
     * with log n: the roots of the perfect subtrees the lines so far make. Not thread-safe.
     */
    static final class Frontier {
        private final List<byte[]> roots = new ArrayList<>();
        private final List<Long> sizes = new ArrayList<>();
        private long size;

        void add(Sha256 lineHash) {
            byte[] hash = leaf(lineHash);
            long subtree = 1;
            while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == subtree) {
                hash = node(roots.remove(roots.size() - 1), hash);
                subtree += sizes.remove(sizes.size() - 1);
            }
            roots.add(hash);
            sizes.add(subtree);
            size++;
        }

        long size() {
            return size;
        }

        /** The root of the lines added so far; null before the first. */
        Sha256 root() {
            if (roots.isEmpty()) {
                return null;
            }
            byte[] root = roots.get(roots.size() - 1);
            for (int i = roots.size() - 2; i >= 0; i--) {
                root = node(roots.get(i), root);
            }
            return sha256(root);
        }
    }

    /**
     * Every perfect subtree of the first n line hashes, kept to cut inclusion proofs for trees of
     * any size up to n: about 64 bytes a line. Not thread-safe.
     */
    static final class Levels {
        /** levels.get(l) holds the roots of the aligned subtrees of 2^l leaves, 32 bytes each. */
        private final List<byte[]> levels = new ArrayList<>();
        private final long size;

        /** @param leaves the {@link #leaf} hashes of the lines, 32 bytes each, in order */
        Levels(byte[] leaves) {
            size = leaves.length / SIZE;
            byte[] level = leaves;
            levels.add(level);
            while (level.length / SIZE > 1) {
                int count = level.length / SIZE / 2;
                byte[] up = new byte[count * SIZE];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(node(at(level, 2 * i), at(level, 2 * i + 1)), 0, up, i * SIZE, SIZE);
                }
                levels.add(up);
                level = up;
            }
        }

        /** The inclusion proof of leaf {@code index} in the tree of the first {@code treeSize} leaves, bottom up. */
        List<Sha256> path(long index, long treeSize) {
            if (index < 0 || index >= treeSize || treeSize > size) {
                throw new IllegalArgumentException("no such leaf in a tree of that size");
            }
            List<Sha256> path = new ArrayList<>();
            path(index, 0, treeSize, path);
            return path;
        }

        private void path(long index, long lo, long hi, List<Sha256> path) {
            if (hi - lo == 1) {
                return;
            }
            long k = Long.highestOneBit(hi - lo - 1);
            if (index < lo + k) {
                path(index, lo, lo + k, path);
                path.add(sha256(root(lo + k, hi)));
            } else {
                path(index, lo + k, hi, path);
                path.add(sha256(root(lo, lo + k)));
            }
        }

        /** The root of leaves [lo, hi): a kept subtree when it is a perfect one, else its two halves. */
        private byte[] root(long lo, long hi) {
            long n = hi - lo;
            if (Long.bitCount(n) == 1) {
                int level = Long.numberOfTrailingZeros(n);
                return at(levels.get(level), (int) (lo >> level));
            }
            long k = Long.highestOneBit(n - 1);
            return node(root(lo, lo + k), root(lo + k, hi));
        }

        private static byte[] at(byte[] level, int i) {
            byte[] hash = new byte[SIZE];
            System.arraycopy(level, i * SIZE, hash, 0, SIZE);
            return hash;
        }
    }
}
