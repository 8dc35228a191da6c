package org.smpdocs.internal.web;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in staff member's session, as the server keeps it: whose it is, the token every form
 * must carry back ({@code csrfToken}) and when it was last used. The cookie holds only a random
 * session token; {@link #toString()} shows neither token.
 */
record StaffSession(long accountId, String csrfToken, Instant lastUsed) {
    StaffSession {
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(lastUsed, "lastUsed");
    }

    StaffSession usedAt(Instant at) {
        return new StaffSession(accountId, csrfToken, at);
    }

    @Override
    public String toString() {
        return "StaffSession[account " + accountId + ", last used " + lastUsed + "]";
    }
}
