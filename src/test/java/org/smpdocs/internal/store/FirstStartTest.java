package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

class FirstStartTest {
    @OnBothDatabases
    void theFirstStartCreatesTheAdministratorWithAOneTimePasswordExactlyOnce(StoreUnderTest store) {
        PasswordHashes hashes = new PasswordHashes(64, 1, 1);
        FirstStart first = new FirstStart(store.accounts(), hashes);
        FirstStart.InitialAdministrator admin = first.createAdministratorIfNone().orElseThrow();
        StaffAccount stored = store.accounts().byUsername(FirstStart.ADMINISTRATOR).orElseThrow();
        assertEquals(admin.account(), stored);
        assertEquals(Role.ADMINISTRATOR, stored.role());
        assertTrue(stored.mustChangePassword(), "changed at the first login");
        assertTrue(hashes.verify(admin.oneTimePassword().toCharArray(), stored.passwordHash()));
        assertFalse(stored.passwordHash().contains(admin.oneTimePassword()));
        assertFalse(admin.toString().contains(admin.oneTimePassword()), admin.toString());

        assertEquals(Optional.empty(), first.createAdministratorIfNone());
        store.reopen();
        assertEquals(Optional.empty(), new FirstStart(store.accounts(), hashes).createAdministratorIfNone(),
                "a restart creates nothing");
        assertEquals(1, store.accounts().count());
        assertEquals(stored.passwordHash(), store.accounts().byUsername("ADMIN").orElseThrow().passwordHash());
    }

    @OnBothDatabases
    void anyAccountAtAllMeansTheFirstStartIsOver(StoreUnderTest store) {
        store.someone("desk", Role.FRONT_DESK);
        assertEquals(Optional.empty(), new FirstStart(store.accounts(), new PasswordHashes(64, 1, 1)).createAdministratorIfNone());
        assertTrue(store.accounts().byUsername(FirstStart.ADMINISTRATOR).isEmpty());
        assertEquals(Optional.empty(), store.accounts().createFirst("late", "Late", Role.ADMINISTRATOR, "$h", false));
    }
}
