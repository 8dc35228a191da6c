package org.smpdocs.internal.archive;

import java.util.Locale;

/**
 * One thing wrong with an archive or an export: what ({@code problem}), where ({@code path}, a
 * file or "audit.jsonl line 12"), and in what way.
 */
public record Finding(Problem problem, String path, String detail) {
    /** The kinds of thing that can be wrong. */
    public enum Problem {
        /** A file whose bytes no longer have the recorded hash. */
        ALTERED,
        /** A recorded file that is not there. */
        MISSING,
        /** A file that no record names, or one that must not be there at all. */
        EXTRA,
        /**
         * An audit-log line that does not follow from the one before, or is not well-formed; a
         * checkpoint line that is not well-formed; a signed record that does not complete an
         * earlier issued record of its case and kind.
         */
        BROKEN_CHAIN,
        /** An audit-log or checkpoint line cut off by an interrupted write. */
        TORN_LINE,
        /** A checkpoint or a signed document whose signature does not verify against the trust anchors. */
        BAD_SIGNATURE,
        /** The log no longer has a line a checkpoint sealed: the log, or that line, was rewritten. */
        REWRITTEN,
        /** The log has fewer lines than a checkpoint sealed: its end was cut off. */
        CUT
    }

    @Override
    public String toString() {
        return problem.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + path + " (" + detail + ")";
    }
}
