package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

class StaffAccountsTest {
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
            + "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    @OnBothDatabases
    void anAccountIsStoredAsCreatedAndFoundByItsNameInAnyCase(StoreUnderTest store) {
        StaffAccounts accounts = store.accounts();
        StaffAccount created = accounts.create("  Aoife.Byrne ", "Aoife Byrne", Role.FRONT_DESK, HASH, true);
        assertEquals("Aoife.Byrne", created.username(), "stripped, case kept");
        Instant now = store.clock.instant();
        assertEquals(new StaffAccount(created.id(), "Aoife.Byrne", "Aoife Byrne", Role.FRONT_DESK, HASH, true, false, 0,
                null, null, now, now), created);
        assertEquals(created, accounts.byUsername("aoife.byrne").orElseThrow());
        assertEquals(created, accounts.byUsername("AOIFE.BYRNE").orElseThrow());
        assertEquals(created, accounts.byId(created.id()).orElseThrow());
        assertTrue(accounts.byUsername("aoife").isEmpty());
        assertTrue(accounts.byUsername("").isEmpty());
    }

    @OnBothDatabases
    void aUserNameIsUniqueIgnoringCaseAndWidth(StoreUnderTest store) {
        StaffAccounts accounts = store.accounts();
        accounts.create("Dr.Okafor", "Dr Okafor", Role.PRACTITIONER, HASH, false);
        for (String same : List.of("dr.okafor", "DR.OKAFOR", "\uff24r.Okafor")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> accounts.create(same, "Someone else", Role.AUDITOR, HASH, false), same);
            assertEquals(List.of(new Problem("username", "username-taken",
                    "a user name no other account has (compared ignoring case)")), e.problems());
        }
        assertEquals(1, accounts.count());
    }

    @OnBothDatabases
    void everyProblemOfANewAccountIsNamedAtOnce(StoreUnderTest store) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> store.accounts().create("two words", " ", Role.AUDITOR, HASH, false));
        assertEquals(List.of("username", "displayName"), e.problems().stream().map(Problem::path).toList());
        assertEquals(List.of("username-shape", "display-name-shape"), e.problems().stream().map(Problem::rule).toList());
        assertThrows(InvalidInputException.class, () -> store.accounts().create("x".repeat(65), "X", Role.AUDITOR, HASH, false));
        assertEquals(0, store.accounts().count());
    }

    @OnBothDatabases
    void rolesAreStoredAndChanged(StoreUnderTest store) {
        StaffAccounts accounts = store.accounts();
        for (Role role : Role.values()) {
            accounts.create("user-" + role.name().toLowerCase(), "User", role, HASH, false);
        }
        assertEquals(List.of(Role.ADMINISTRATOR, Role.AUDITOR, Role.FRONT_DESK, Role.PRACTITIONER),
                accounts.all().stream().map(StaffAccount::role).toList(), "by user name");
        StaffAccount desk = accounts.byUsername("user-front_desk").orElseThrow();
        store.clock.advance(Duration.ofMinutes(3));
        StaffAccount changed = accounts.changeRole(desk.id(), Role.PRACTITIONER);
        assertEquals(Role.PRACTITIONER, changed.role());
        assertEquals(desk.createdAt(), changed.createdAt());
        assertEquals(desk.createdAt().plus(Duration.ofMinutes(3)), changed.updatedAt());
        assertEquals(changed, accounts.byId(desk.id()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> accounts.changeRole(999_999, Role.AUDITOR));
    }

    @OnBothDatabases
    void failedLoginsLockTheAccountFromTheFifthOnAndASuccessClearsThem(StoreUnderTest store) {
        StaffAccounts accounts = store.accounts();
        long id = accounts.create("locked", "Locked", Role.FRONT_DESK, HASH, false).id();
        Instant start = store.clock.instant();
        StaffAccount a = null;
        for (int i = 1; i <= 4; i++) {
            a = accounts.recordFailedLogin(id);
            assertEquals(i, a.failedLogins());
            assertNull(a.lockedUntil());
            assertTrue(a.mayLogInAt(start));
        }
        store.clock.advance(Duration.ofSeconds(30));
        a = accounts.recordFailedLogin(id);
        assertEquals(5, a.failedLogins());
        Instant until = start.plusSeconds(30).plus(StaffAccounts.Lockout.DEFAULT.duration());
        assertEquals(until, a.lockedUntil());
        assertTrue(a.lockedAt(until.minusMillis(1)));
        assertFalse(a.lockedAt(until));
        assertFalse(a.mayLogInAt(start.plusSeconds(31)));
        assertEquals(a, accounts.byId(id).orElseThrow(), "as stored");
        // the lock runs out; the next failure locks again at once
        store.clock.advance(Duration.ofMinutes(20));
        a = accounts.recordFailedLogin(id);
        assertEquals(6, a.failedLogins());
        assertTrue(a.lockedAt(store.clock.instant()));
        a = accounts.recordSuccessfulLogin(id);
        assertEquals(0, a.failedLogins());
        assertNull(a.lockedUntil());
        assertEquals(store.clock.instant(), a.lastLoginAt());
    }

    @OnBothDatabases
    void aNewPasswordReplacesTheHashAndLiftsALock(StoreUnderTest store) {
        StaffAccounts accounts = new StaffAccounts(store.database(), store.clock, new StaffAccounts.Lockout(1, Duration.ofHours(1)));
        long id = accounts.create("reset", "Reset", Role.AUDITOR, HASH, false).id();
        assertTrue(accounts.recordFailedLogin(id).lockedAt(store.clock.instant()), "one failure locks with this policy");
        StaffAccount after = accounts.setPassword(id, "$argon2id$new", true);
        assertEquals("$argon2id$new", after.passwordHash());
        assertTrue(after.mustChangePassword());
        assertEquals(0, after.failedLogins());
        assertNull(after.lockedUntil());
        assertFalse(accounts.setPassword(id, "$argon2id$newer", false).mustChangePassword());
    }

    @OnBothDatabases
    void aDisabledAccountMayNotLogIn(StoreUnderTest store) {
        StaffAccounts accounts = store.accounts();
        long id = accounts.create("gone", "Gone", Role.PRACTITIONER, HASH, false).id();
        StaffAccount disabled = accounts.setDisabled(id, true);
        assertTrue(disabled.disabled());
        assertFalse(disabled.mayLogInAt(store.clock.instant()));
        assertTrue(accounts.setDisabled(id, false).mayLogInAt(store.clock.instant()));
        assertEquals("Gone Away", accounts.changeDisplayName(id, " Gone Away ").displayName());
    }

    @OnBothDatabases
    void theHashStaysOutOfTheAccountsText(StoreUnderTest store) {
        StaffAccount a = store.accounts().create("quiet", "Quiet", Role.AUDITOR, HASH, false);
        assertFalse(a.toString().contains("argon2"), a.toString());
    }
}
