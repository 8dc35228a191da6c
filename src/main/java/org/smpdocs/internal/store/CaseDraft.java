package org.smpdocs.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Work in progress on a case, kept for one staff member: any text (the form's JSON as it stood,
 * possibly invalid), never validated. {@code key} is the case id or the caller's own key for a case
 * not yet saved.
 */
public record CaseDraft(long staffId, String key, String content, Instant savedAt) {
    public CaseDraft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    @Override
    public String toString() {
        return "CaseDraft[" + staffId + ", " + key + ", " + content.length() + " characters]";
    }
}
