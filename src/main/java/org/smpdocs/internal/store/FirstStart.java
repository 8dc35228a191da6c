package org.smpdocs.internal.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The first start of the front desk: while the database has no account at all, creates the
 * administrator {@value #ADMINISTRATOR} with a one-time password that must be changed at the first
 * login, and hands that password back once for the caller to show. It is never logged or stored in
 * the clear; a second start finds the account and creates nothing.
 */
public final class FirstStart {
    /** The first administrator's user name. */
    public static final String ADMINISTRATOR = "admin";

    private final StaffAccounts accounts;
    private final PasswordHashes hashes;

    public FirstStart(StaffAccounts accounts, PasswordHashes hashes) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
    }

    /** The administrator and its one-time password when this start created it; empty otherwise. */
    public Optional<InitialAdministrator> createAdministratorIfNone() {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        String password = hashes.oneTimePassword();
        char[] chars = password.toCharArray();
        String hash = hashes.hash(chars);
        Arrays.fill(chars, '\0');
        return accounts.createFirst(ADMINISTRATOR, "Administrator", Role.ADMINISTRATOR, hash, true)
                .map(account -> new InitialAdministrator(account, password));
    }

    /**
     * The administrator account a first start created, and its one-time password (to be shown
     * once). {@link #toString()} leaves the password out.
     */
    public record InitialAdministrator(StaffAccount account, String oneTimePassword) {
        public InitialAdministrator {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(oneTimePassword, "oneTimePassword");
        }

        @Override
        public String toString() {
            return "InitialAdministrator[" + account.username() + ", one-time password ***]";
        }
    }
}
