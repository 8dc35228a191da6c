package org.smpdocs.internal.archive;

import java.util.ArrayList;
import java.util.List;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.AppendOnlyLog;

/**
 * Checks audit-log lines one at a time: each parses, has well-formed fields (hashes in hex, a
 * known kind and format, a time: see {@link AuditLine#entry}), recomputes to its own hash, and —
 * when the lines are the whole log — follows the one before it (sequence and previous hash). An export holds a selection of
 * lines, whose own hashes still verify but which need not be consecutive. A line that is not
 * well-formed is never used: its paths are not looked up. {@link Observer}s are told of every
 * line, for checks across lines (signed records, checkpoints). Not thread-safe: one per log read.
 */
final class AuditVerifier {
    /**
     * At most this many broken lines are listed one by one (1,000); the rest are counted in one
     * finding, so a log of millions of garbage lines cannot fill memory with findings.
     */
    static final int MAX_LISTED = 1000;

    private final String name;
    private final boolean consecutive;
    private final List<Finding> findings;
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Observer> observers = new ArrayList<>();
    private boolean keep = true;
    private AuditEntry previous;
    private long lines;
    private int listed;
    private long unlisted;

    AuditVerifier(String name, boolean consecutive, List<Finding> findings) {
        this.name = name;
        this.consecutive = consecutive;
        this.findings = findings;
    }

    /** Told of every line as it is checked. */
    interface Observer {
        /**
         * Line {@code number} (from 1) of the log, named {@code where} for findings, and its
         * entry; null when the line is not well-formed.
         */
        void line(long number, String where, AuditEntry entry);
    }

    /** Tells {@code observer} of every line from now on. */
    AuditVerifier observe(Observer observer) {
        observers.add(observer);
        return this;
    }

    /** Keeps no entries: {@link #finish} returns none, and memory does not grow with the log. */
    AuditVerifier keepNoEntries() {
        keep = false;
        return this;
    }

    /** Checks the next line. */
    void line(String text) {
        lines++;
        String where = where();
        AuditLine line;
        AuditEntry e;
        try {
            line = AuditLine.parse(text);
            e = line.entry();
        } catch (AuditLine.Malformed m) {
            broken(where, m.getMessage());
            previous = null;
            tell(where, null);
            return;
        }
        if (!AuditChain.hash(line).equals(e.hash())) {
            broken(where, "its hash does not match its content: edited");
        } else if (consecutive) {
            Sha256 expectedPrevious = previous == null ? (lines == 1 ? AuditChain.GENESIS : null) : previous.hash();
            long expectedSequence = previous == null ? (lines == 1 ? 1 : -1) : previous.sequence() + 1;
            if (expectedPrevious != null && (!expectedPrevious.equals(e.previous()) || e.sequence() != expectedSequence)) {
                broken(where, "does not follow the line before it: a line was removed, inserted or moved");
            }
        }
        if (keep) {
            entries.add(e);
        }
        previous = e;
        tell(where, e);
    }

    private void tell(String where, AuditEntry e) {
        for (Observer o : observers) {
            o.line(lines, where, e);
        }
    }

    /** Notes a line longer than {@link AppendOnlyLog#MAX_LINE_BYTES}, which was not read. */
    void overlong() {
        lines++;
        String where = where();
        broken(where, "longer than " + AppendOnlyLog.MAX_LINE_BYTES + " bytes: not an audit entry");
        previous = null;
        tell(where, null);
    }

    /** The entries that parse, in order; adds the count of broken lines not listed, if any. */
    List<AuditEntry> finish() {
        if (unlisted > 0) {
            findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, name, unlisted + " more broken line"
                    + (unlisted == 1 ? "" : "s") + " not listed"));
            unlisted = 0;
        }
        return entries;
    }

    /** The number of lines seen so far. */
    long lines() {
        return lines;
    }

    private String where() {
        return name + " line " + lines;
    }

    private void broken(String where, String detail) {
        if (listed < MAX_LISTED) {
            listed++;
            findings.add(new Finding(Finding.Problem.BROKEN_CHAIN, where, detail));
        } else {
            unlisted++;
        }
    }
}
