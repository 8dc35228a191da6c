package org.smpdocs.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff member's account as stored. {@code username} is shown as it was given; it is unique
 * ignoring case. {@code passwordHash} is an Argon2id PHC string (see {@link PasswordHashes}); a
 * temporary password must be changed at the next login. {@code lockedUntil} and
 * {@code lastLoginAt} are null until set. {@link #toString()} leaves the hash out.
 */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        Role role,
        String passwordHash,
        boolean mustChangePassword,
        boolean disabled,
        int failedLogins,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt) {

    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether too many failed logins keep this account shut at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether a correct password lets this account in at {@code now}: not disabled, not locked. */
    public boolean mayLogInAt(Instant now) {
        return !disabled && !lockedAt(now);
    }

    @Override
    public String toString() {
        return "StaffAccount[id=" + id + ", username=" + username + ", role=" + role + ", disabled=" + disabled
                + ", failedLogins=" + failedLogins + ", lockedUntil=" + lockedUntil + "]";
    }
}
