package org.smpdocs.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the access log: when, which account (null for a refused login with an unknown user
 * name, then shown as {@link AccessLog#UNKNOWN_USER}), what it did and to which case (null when not
 * about one). Ids and actions only: never a name or any other value of a patient.
 */
public record AccessEvent(long id, Instant at, Long accountId, String username, AccessAction action, String caseId) {
    public AccessEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
    }
}
