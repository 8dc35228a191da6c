package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

class SettingsAndDraftsTest {
    @OnBothDatabases
    void settingsAreKeptReplacedAndRemoved(StoreUnderTest store) {
        Settings settings = new Settings(store.database(), store.clock);
        long admin = store.someone("admin", Role.ADMINISTRATOR).id();
        assertEquals(Optional.empty(), settings.get(Setting.SMTP_HOST));
        settings.put(Setting.SMTP_HOST, "mail.clinic.example", admin);
        settings.put(Setting.SMTP_PORT, "587", admin);
        settings.put(Setting.SMTP_PASSWORD_FILE, "/etc/smp-docs/smtp-password", admin);
        settings.put(Setting.SMTP_HOST, "smtp.clinic.example", admin);
        assertEquals(Optional.of("smtp.clinic.example"), settings.get(Setting.SMTP_HOST));
        assertEquals(Map.of(Setting.SMTP_HOST, "smtp.clinic.example", Setting.SMTP_PORT, "587", Setting.SMTP_PASSWORD_FILE,
                "/etc/smp-docs/smtp-password"), settings.all());
        assertTrue(settings.remove(Setting.SMTP_PORT));
        assertFalse(settings.remove(Setting.SMTP_PORT));
        assertEquals(Optional.empty(), settings.get(Setting.SMTP_PORT));
        store.database().jdbi().useHandle(h -> h.execute("INSERT INTO setting (name, value, updated_at) VALUES "
                + "('from.a.newer.version', 'x', CURRENT_TIMESTAMP)"));
        assertEquals(2, settings.all().size(), "keys this version does not know are left out");
    }

    @OnBothDatabases
    void aValueThatDoesNotSuitItsSettingIsRefused(StoreUnderTest store) {
        Settings settings = new Settings(store.database(), store.clock);
        long admin = store.someone("admin", Role.ADMINISTRATOR).id();
        for (String port : List.of("0", "65536", "smtp", "", "5 87")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> settings.put(Setting.SMTP_PORT, port, admin));
            assertEquals("smtp.port", e.problems().get(0).path(), port);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> settings.put(Setting.SMTP_STARTTLS, "yes", admin));
        assertEquals(List.of(new Problem("smtp.starttls", "setting-value", "true or false")), e.problems());
        assertThrows(InvalidInputException.class, () -> settings.put(Setting.TEMPLATE_DIRECTORY, "a\nb", admin));
        settings.put(Setting.SMTP_STARTTLS, "false", admin);
        assertEquals(Map.of(Setting.SMTP_STARTTLS, "false"), settings.all());
    }

    @OnBothDatabases
    void draftsAreAnyTextKeptPerStaffMemberAndReplacedBySavingAgain(StoreUnderTest store) {
        CaseDrafts drafts = new CaseDrafts(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        long other = store.someone("other", Role.FRONT_DESK).id();
        String invalid = "{ \"id\": \"C-2026-0155\", \"patient\": { \"givenName\": \"Se";
        CaseDraft first = drafts.save(desk, "C-2026-0155", invalid);
        assertEquals(new CaseDraft(desk, "C-2026-0155", invalid, store.clock.instant()), first);
        assertEquals(Optional.of(first), drafts.find(desk, "C-2026-0155"));
        assertEquals(Optional.empty(), drafts.find(other, "C-2026-0155"), "another's draft is not yours");
        store.clock.advance(Duration.ofMinutes(1));
        CaseDraft newCase = drafts.save(desk, "new-1", "{}");
        store.clock.advance(Duration.ofMinutes(1));
        CaseDraft replaced = drafts.save(desk, "C-2026-0155", invalid + "á");
        assertEquals(Optional.of(replaced), drafts.find(desk, "C-2026-0155"));
        assertEquals(List.of(replaced, newCase), drafts.of(desk), "the latest first");
        assertEquals(List.of(), drafts.of(other));
        assertTrue(drafts.discard(desk, "C-2026-0155"));
        assertFalse(drafts.discard(desk, "C-2026-0155"));
        assertEquals(List.of(newCase), drafts.of(desk));
        assertFalse(replaced.toString().contains("Se"), replaced.toString());
    }
}
