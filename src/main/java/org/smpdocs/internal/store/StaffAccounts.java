package org.smpdocs.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

/**
 * The staff accounts: created by the administrator (or {@link FirstStart}), found by user name
 * ignoring case, with their role, password hash and the failed-login count that locks an account
 * for a while. Password hashes are made by {@link PasswordHashes}; this class only stores them.
 * Thread-safe.
 */
public final class StaffAccounts {
    /** The longest user name. */
    public static final int MAX_USERNAME = 64;
    /** The longest display name. */
    public static final int MAX_DISPLAY_NAME = 100;
    private static final String COLUMNS = "id, username, display_name, role, password_hash, must_change_password, "
            + "disabled, failed_logins, locked_until, last_login_at, created_at, updated_at";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Lockout lockout;

    /** On the system clock, with the {@link Lockout#DEFAULT default lockout}. */
    public StaffAccounts(Database database) {
        this(database, Clock.systemUTC(), Lockout.DEFAULT);
    }

    public StaffAccounts(Database database, Clock clock, Lockout lockout) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
    }

    /**
     * Creates an account.
     *
     * @throws InvalidInputException when the user name is taken (ignoring case), empty, too long or
     *         holds white space or control characters, or the display name is empty or too long
     */
    public StaffAccount create(String username, String displayName, Role role, String passwordHash,
            boolean mustChangePassword) {
        String name = checked(username, displayName);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        try {
            return jdbi.inTransaction(h -> {
                if (byKey(h, key(name)).isPresent()) {
                    throw taken();
                }
                return insert(h, name, displayName.strip(), role, passwordHash, mustChangePassword);
            });
        } catch (RuntimeException e) {
            if (Columns.isUniqueViolation(e)) {
                throw taken();
            }
            throw e;
        }
    }

    /**
     * Creates the account only if there is none at all (the first start); empty when another
     * account exists already.
     */
    public Optional<StaffAccount> createFirst(String username, String displayName, Role role, String passwordHash,
            boolean mustChangePassword) {
        String name = checked(username, displayName);
        try {
            return jdbi.inTransaction(h -> {
                if (count(h) > 0) {
                    return Optional.<StaffAccount>empty();
                }
                return Optional.of(insert(h, name, displayName.strip(), role, passwordHash, mustChangePassword));
            });
        } catch (RuntimeException e) {
            if (Columns.isUniqueViolation(e)) {
                // another instance created it at the same moment
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The account with this user name, compared ignoring case. */
    public Optional<StaffAccount> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> byKey(h, key(username.strip())));
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM staff_account WHERE id = :id")
                .bind("id", id).map(StaffAccounts::account).findOne());
    }

    /** Every account, by user name. */
    public List<StaffAccount> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM staff_account ORDER BY username_key")
                .map(StaffAccounts::account).list());
    }

    /** How many accounts there are, disabled ones included. */
    public long count() {
        return jdbi.withHandle(StaffAccounts::count);
    }

    public StaffAccount changeRole(long id, Role role) {
        Objects.requireNonNull(role, "role");
        return update(id, "role = :value", role.name());
    }

    public StaffAccount changeDisplayName(long id, String displayName) {
        checkDisplayName(displayName);
        return update(id, "display_name = :value", displayName.strip());
    }

    /** Disables an account (it can no longer log in) or enables it again. */
    public StaffAccount setDisabled(long id, boolean disabled) {
        return update(id, "disabled = :value", disabled);
    }

    /**
     * Sets a new password hash; {@code mustChange} for a temporary password the administrator
     * gave out. Clears failed logins and a lock.
     */
    public StaffAccount setPassword(long id, String passwordHash, boolean mustChange) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE staff_account SET password_hash = :hash, must_change_password = :must, "
                    + "failed_logins = 0, locked_until = NULL, updated_at = :now WHERE id = :id")
                    .bind("hash", passwordHash).bind("must", mustChange).bind("now", Columns.timestamp(now))
                    .bind("id", id).execute();
            return reread(h, id, changed);
        });
    }

    /**
     * Counts a failed login; from the {@link Lockout#maxFailures()}th failure on, each one locks
     * the account for {@link Lockout#duration()} from now.
     */
    public StaffAccount recordFailedLogin(long id) {
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE staff_account SET failed_logins = failed_logins + 1, "
                    + "locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END "
                    + "WHERE id = :id")
                    .bind("max", lockout.maxFailures()).bind("until", Columns.timestamp(now.plus(lockout.duration())))
                    .bind("id", id).execute();
            return reread(h, id, changed);
        });
    }

    /**
     * Clears the failed logins and the lock without a login: a lock that has run out (so that the
     * count starts again rather than one more mistake locking the account at once).
     */
    public StaffAccount clearLock(long id) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE staff_account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
                    .bind("id", id).execute();
            return reread(h, id, changed);
        });
    }

    /** A successful login: clears the failed logins and the lock, and notes the time. */
    public StaffAccount recordSuccessfulLogin(long id) {
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE staff_account SET failed_logins = 0, locked_until = NULL, "
                    + "last_login_at = :now WHERE id = :id")
                    .bind("now", Columns.timestamp(now)).bind("id", id).execute();
            return reread(h, id, changed);
        });
    }

    /** The key a user name is unique by: compatibility-normalised, lower case. */
    static String key(String username) {
        return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private StaffAccount update(long id, String assignment, Object value) {
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE staff_account SET " + assignment + ", updated_at = :now WHERE id = :id")
                    .bind("value", value).bind("now", Columns.timestamp(now)).bind("id", id).execute();
            return reread(h, id, changed);
        });
    }

    private static StaffAccount reread(Handle h, long id, int changed) {
        if (changed == 0) {
            throw new IllegalArgumentException("no staff account " + id);
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM staff_account WHERE id = :id").bind("id", id)
                .map(StaffAccounts::account).one();
    }

    private StaffAccount insert(Handle h, String username, String displayName, Role role, String hash,
            boolean mustChange) {
        Instant now = Columns.now(clock);
        long id = h.createQuery("INSERT INTO staff_account (username, username_key, display_name, role, password_hash, "
                + "must_change_password, disabled, failed_logins, created_at, updated_at) VALUES (:username, :key, "
                + ":display, :role, :hash, :must, :disabled, 0, :now, :now) RETURNING id")
                .bind("username", username).bind("key", key(username)).bind("display", displayName)
                .bind("role", role.name()).bind("hash", hash).bind("must", mustChange).bind("disabled", false)
                .bind("now", Columns.timestamp(now)).mapTo(Long.class).one();
        return new StaffAccount(id, username, displayName, role, hash, mustChange, false, 0, null, null, now, now);
    }

    private static Optional<StaffAccount> byKey(Handle h, String key) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff_account WHERE username_key = :key")
                .bind("key", key).map(StaffAccounts::account).findOne();
    }

    private static long count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM staff_account").mapTo(Long.class).one();
    }

    private static StaffAccount account(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getBoolean("disabled"), rs.getInt("failed_logins"), Columns.instant(rs, "locked_until"),
                Columns.instant(rs, "last_login_at"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }

    private static String checked(String username, String displayName) {
        List<Problem> problems = new ArrayList<>();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            problems.add(new Problem("username", "required", "a user name"));
        } else if (name.length() > MAX_USERNAME || name.codePoints()
                .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            problems.add(new Problem("username", "username-shape",
                    "1 to " + MAX_USERNAME + " characters without spaces or control characters"));
        }
        problems.addAll(displayNameProblems(displayName));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("staff account", problems);
        }
        return name;
    }

    private static void checkDisplayName(String displayName) {
        List<Problem> problems = displayNameProblems(displayName);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("staff account", problems);
        }
    }

    private static List<Problem> displayNameProblems(String displayName) {
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty() || shown.length() > MAX_DISPLAY_NAME || shown.codePoints().anyMatch(Character::isISOControl)) {
            return List.of(new Problem("displayName", "display-name-shape",
                    "1 to " + MAX_DISPLAY_NAME + " characters without control characters"));
        }
        return List.of();
    }

    private static InvalidInputException taken() {
        return new InvalidInputException("staff account", List.of(new Problem("username", "username-taken",
                "a user name no other account has (compared ignoring case)")));
    }

    /**
     * How failed logins lock an account: from the {@code maxFailures}th failure in a row on, for
     * {@code duration} after each.
     */
    public record Lockout(int maxFailures, Duration duration) {
        /** Five failures in a row lock the account for 15 minutes. */
        public static final Lockout DEFAULT = new Lockout(5, Duration.ofMinutes(15));

        public Lockout {
            Objects.requireNonNull(duration, "duration");
            if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a lockout needs at least one failure and a positive duration");
            }
        }
    }
}
