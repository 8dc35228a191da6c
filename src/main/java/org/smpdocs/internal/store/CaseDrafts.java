package org.smpdocs.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Drafts of cases, one per staff member and key (a case id, or the caller's own key for a case not
 * yet saved): whatever the form held, kept as text without validation, apart from the case's
 * versions. Saving a draft again replaces it. Thread-safe.
 */
public final class CaseDrafts {
    /** The longest key. */
    public static final int MAX_KEY = 100;
    /** The largest draft, in characters: far above any case file. */
    public static final int MAX_CONTENT = 1 << 20;

    private final Jdbi jdbi;
    private final Clock clock;

    /** On the system clock. */
    public CaseDrafts(Database database) {
        this(database, Clock.systemUTC());
    }

    public CaseDrafts(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps {@code content} as {@code staffId}'s draft under {@code key}, in place of an earlier one. */
    public CaseDraft save(long staffId, String key, String content) {
        check(key);
        Objects.requireNonNull(content, "content");
        if (content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("a draft holds at most " + MAX_CONTENT + " characters");
        }
        Instant now = Columns.now(clock);
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO case_draft (staff_id, draft_key, content, saved_at) "
                + "VALUES (:staffId, :key, :content, :now) ON CONFLICT (staff_id, draft_key) DO UPDATE SET "
                + "content = excluded.content, saved_at = excluded.saved_at")
                .bind("staffId", staffId).bind("key", key).bind("content", content)
                .bind("now", Columns.timestamp(now)).execute());
        return new CaseDraft(staffId, key, content, now);
    }

    public Optional<CaseDraft> find(long staffId, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT staff_id, draft_key, content, saved_at FROM case_draft "
                + "WHERE staff_id = :staffId AND draft_key = :key").bind("staffId", staffId).bind("key", key)
                .map(CaseDrafts::draft).findOne());
    }

    /** A staff member's drafts, the latest first. */
    public List<CaseDraft> of(long staffId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT staff_id, draft_key, content, saved_at FROM case_draft "
                + "WHERE staff_id = :staffId ORDER BY saved_at DESC, draft_key").bind("staffId", staffId)
                .map(CaseDrafts::draft).list());
    }

    /** Drops a draft (once the case is saved, say); whether there was one. */
    public boolean discard(long staffId, String key) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM case_draft WHERE staff_id = :staffId AND draft_key = :key")
                .bind("staffId", staffId).bind("key", key).execute() > 0);
    }

    private static void check(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a draft's key is 1 to " + MAX_KEY + " characters");
        }
    }

    private static CaseDraft draft(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CaseDraft(rs.getLong("staff_id"), rs.getString("draft_key"), rs.getString("content"),
                Columns.instant(rs, "saved_at"));
    }
}
