package org.smpdocs.internal.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.internal.signing.RecordSigning;

/**
 * One signing session at the desk: exactly one issued record, regenerated as it was issued, the
 * staff member who opened it (the witness), its one-time code for a second device, and the marks
 * the signers have made so far. It lives in the server's memory ({@link TabletSignings}); a
 * device takes part through a tablet token of its own, never through the staff's session.
 */
final class TabletSigning {
    private final String id;
    private final String code;
    private final String csrf;
    private final RecordSigning.Regenerated issued;
    private final long witnessAccount;
    private final String witness;
    private final Map<String, TabletMark> marks = new LinkedHashMap<>();
    private Instant lastUsed;
    private boolean codeUsed;

    TabletSigning(String id, String code, String csrf, RecordSigning.Regenerated issued, long witnessAccount,
            String witness, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
        this.issued = Objects.requireNonNull(issued, "issued");
        this.witnessAccount = witnessAccount;
        this.witness = Objects.requireNonNull(witness, "witness");
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    /** The one-time code shown at the desk. */
    String code() {
        return code;
    }

    /** The token the tablet's page sends with each mark and with "Finish". */
    String csrf() {
        return csrf;
    }

    RecordSigning.Regenerated issued() {
        return issued;
    }

    String caseId() {
        return issued.entry().document().caseId();
    }

    long record() {
        return issued.entry().sequence();
    }

    long witnessAccount() {
        return witnessAccount;
    }

    String witness() {
        return witness;
    }

    synchronized Instant lastUsed() {
        return lastUsed;
    }

    synchronized void used(Instant now) {
        lastUsed = now;
    }

    /** Marks the code as used; false when it was used before. */
    synchronized boolean useCode() {
        if (codeUsed) {
            return false;
        }
        codeUsed = true;
        return true;
    }

    synchronized boolean codeUsed() {
        return codeUsed;
    }

    synchronized void mark(String field, TabletMark mark) {
        if (mark == null) {
            marks.remove(field);
        } else {
            marks.put(field, mark);
        }
    }

    /** The marks accepted so far, by field. */
    synchronized Map<String, TabletMark> marks() {
        return Map.copyOf(marks);
    }
}
