package org.smpdocs.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Who viewed, printed, exported or changed which case, and the logins: ids and actions only, so
 * that the log can go into an auditor's export without disclosing a patient. A case is named by its
 * id, which must have a case id's shape (the pattern case files use), so that no free text reaches
 * the log; the database keeps it append-only. Thread-safe.
 */
public final class AccessLog {
    /** The user name recorded for a refused login whose user name matches no account. */
    public static final String UNKNOWN_USER = "(unknown)";
    /** A case id as case files have it (see the model's {@code PatientCase.id}). */
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String COLUMNS = "id, occurred_at, account_id, username, action, case_id";

    private final Jdbi jdbi;
    private final Clock clock;

    /** On the system clock. */
    public AccessLog(Database database) {
        this(database, Clock.systemUTC());
    }

    public AccessLog(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records an action of {@code who} that concerns no case. */
    public AccessEvent record(StaffAccount who, AccessAction action) {
        Objects.requireNonNull(who, "who");
        return insert(who.id(), who.username(), action, null);
    }

    /** Records an action of {@code who} on the case {@code caseId}. */
    public AccessEvent record(StaffAccount who, AccessAction action, String caseId) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(caseId, "caseId");
        return insert(who.id(), who.username(), action, caseId);
    }

    /**
     * Records a refused login whose user name matches no account, without that user name (it may
     * be anything typed into the field).
     */
    public AccessEvent recordUnknownLogin() {
        return insert(null, UNKNOWN_USER, AccessAction.LOGIN_REFUSED, null);
    }

    /** The events from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<AccessEvent> between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM access_event WHERE occurred_at >= :from "
                + "AND occurred_at < :to ORDER BY occurred_at, id").bind("from", Columns.timestamp(from))
                .bind("to", Columns.timestamp(to)).map(AccessLog::event).list());
    }

    /** The latest events about one case, newest first, at most {@code limit}. */
    public List<AccessEvent> ofCase(String caseId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM access_event WHERE case_id = :caseId "
                + "ORDER BY occurred_at DESC, id DESC LIMIT :limit").bind("caseId", caseId).bind("limit", limit)
                .map(AccessLog::event).list());
    }

    private AccessEvent insert(Long accountId, String username, AccessAction action, String caseId) {
        Objects.requireNonNull(action, "action");
        if (caseId != null && !CASE_ID.matcher(caseId).matches()) {
            throw new IllegalArgumentException("not a case id: 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Instant now = Columns.now(clock);
        long id = jdbi.inTransaction(h -> h.createQuery("INSERT INTO access_event (occurred_at, account_id, username, "
                + "action, case_id) VALUES (:at, :accountId, :username, :action, :caseId) RETURNING id")
                .bind("at", Columns.timestamp(now)).bind("accountId", accountId).bind("username", username)
                .bind("action", action.name()).bind("caseId", caseId).mapTo(Long.class).one());
        return new AccessEvent(id, now, accountId, username, action, caseId);
    }

    private static AccessEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        return new AccessEvent(rs.getLong("id"), Columns.instant(rs, "occurred_at"), accountId, rs.getString("username"),
                AccessAction.valueOf(rs.getString("action")), rs.getString("case_id"));
    }
}
