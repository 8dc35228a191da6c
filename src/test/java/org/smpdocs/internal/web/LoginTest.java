package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.AccessEvent;
import org.smpdocs.internal.store.Role;

class LoginTest {
    private static FrontDeskUnderTest desk;

    @BeforeAll
    static void start() {
        desk = new FrontDeskUnderTest();
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    @Test
    void firstAdministratorMustChangeTheOneTimePasswordBeforeAnythingElse() {
        WebClient admin = desk.anonymous();
        admin.get("/login");
        WebClient.Response in = admin.post("/login", Map.of("username", "admin", "password", desk.initialPassword()));
        assertEquals(303, in.status());
        assertEquals("/password", in.location());
        assertEquals("/password", admin.get("/").location(), "every page sends to the password form first");
        assertEquals(403, admin.post("/search", Map.of("q", "a")).status());

        admin.get("/password");
        WebClient.Response tooShort = admin.post("/password", Map.of("current", desk.initialPassword(),
                "password", "short", "repeat", "other"));
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.problemFor("password").orElseThrow().contains("at least 12"));
        assertTrue(tooShort.problemFor("repeat").isPresent());

        WebClient.Response changed = admin.post("/password", Map.of("current", desk.initialPassword(),
                "password", "a much longer passphrase", "repeat", "a much longer passphrase"));
        assertEquals(303, changed.status());
        assertEquals(200, admin.get("/").status());

        WebClient again = desk.anonymous();
        again.get("/login");
        assertEquals(401, again.post("/login", Map.of("username", "admin", "password", desk.initialPassword())).status(),
                "the one-time password works once");
    }

    @Test
    void wrongNameAndWrongPasswordGetTheSameAnswerAndAreLogged() {
        desk.account("ruth", Role.FRONT_DESK);
        WebClient c = desk.anonymous();
        c.get("/login");
        WebClient.Response unknown = c.post("/login", Map.of("username", "nobody", "password", "x"));
        c.get("/login");
        WebClient.Response wrong = c.post("/login", Map.of("username", "ruth", "password", "x"));
        assertEquals(401, unknown.status());
        assertEquals(401, wrong.status());
        assertEquals(unknown.page().select("[role=alert]").text(), wrong.page().select("[role=alert]").text());
        assertTrue(desk.desk().accessLog().between(desk.clock.instant().minusSeconds(1), desk.clock.instant().plusSeconds(1))
                .stream().map(AccessEvent::action).filter(a -> a == AccessAction.LOGIN_REFUSED).count() >= 2);
    }

    @Test
    void loginWithoutItsFormTokenIsRefused() {
        desk.account("sam", Role.FRONT_DESK);
        WebClient c = desk.anonymous();
        c.get("/login");
        assertEquals(403, c.postRaw("/login", Map.of("username", "sam", "password", FrontDeskUnderTest.PASSWORD)).status());
    }

    @Test
    void sessionCookieIsHttpOnlySecureStrictAndEndsAtLogout() {
        WebClient c = desk.staff("lee", Role.FRONT_DESK);
        String cookie = c.sessionCookie();
        assertEquals(200, c.get("/").status());
        c.get("/");
        assertEquals(303, c.post("/logout", Map.of()).status());

        WebClient replay = desk.anonymous();
        replay.setCookie(Cookies.SESSION, cookie);
        assertEquals(303, replay.get("/").status(), "a cookie reused after logout is refused");
        assertEquals(401, replay.post("/search", Map.of("q", "x")).status());
    }

    @Test
    void loginSetsAHardenedCookie() {
        desk.account("kim", Role.AUDITOR);
        WebClient c = desk.anonymous();
        c.get("/login");
        WebClient.Response r = c.post("/login", Map.of("username", "kim", "password", FrontDeskUnderTest.PASSWORD));
        String set = r.headers("Set-Cookie").stream().filter(s -> s.startsWith(Cookies.SESSION + "=")).findFirst().orElseThrow();
        assertTrue(set.contains("HttpOnly"));
        assertTrue(set.contains("Secure"));
        assertTrue(set.contains("SameSite=Strict"));
    }

    @Test
    void anIdleSessionEnds() throws Exception {
        try (FrontDeskUnderTest shortLived = new FrontDeskUnderTest(Duration.ofMinutes(5))) {
            WebClient c = shortLived.staff("pat", Role.PRACTITIONER);
            assertEquals(200, c.get("/").status());
            shortLived.clock.advance(Duration.ofMinutes(4));
            assertEquals(200, c.get("/").status(), "a request keeps the session alive");
            shortLived.clock.advance(Duration.ofMinutes(5));
            assertNotEquals(200, c.get("/").status());
            assertFalse(c.sessionCookie() != null, "the dead cookie is cleared");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebClient.Response r = desk.anonymous().get("/login");
        String csp = r.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'"));
        assertFalse(csp.contains("unsafe-inline"));
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", r.header("Cache-Control").orElseThrow());
        assertTrue(r.page().select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(r.page().select("[style]").isEmpty(), "no inline style");
    }

    @Test
    void aLockedAccountTriesNoPasswordSaysSoAndIsForgottenWhenTheLockRunsOut() throws Exception {
        try (FrontDeskUnderTest own = new FrontDeskUnderTest()) {
            own.account("locky", Role.FRONT_DESK);
            WebClient c = own.anonymous();
            for (int i = 0; i < 5; i++) {
                c.get("/login");
                assertEquals(401, c.post("/login", Map.of("username", "locky", "password", "wrong " + i)).status());
            }
            c.get("/login");
            WebClient.Response locked = c.post("/login", Map.of("username", "locky", "password", FrontDeskUnderTest.PASSWORD));
            assertEquals(401, locked.status(), "the right password does not open a locked account");
            assertTrue(locked.page().select("[role=alert]").text().contains("locked"));
            c.get("/login");
            WebClient.Response wrongWhileLocked = c.post("/login", Map.of("username", "locky", "password", "guess"));
            assertEquals(locked.page().select("[role=alert]").text(), wrongWhileLocked.page().select("[role=alert]").text(),
                    "while locked, a right and a wrong password get the same answer");

            own.clock.advance(Duration.ofMinutes(16));
            c.get("/login");
            assertEquals(401, c.post("/login", Map.of("username", "locky", "password", "one more typo")).status());
            c.get("/login");
            assertEquals(303, c.post("/login", Map.of("username", "locky", "password", FrontDeskUnderTest.PASSWORD)).status(),
                    "a lock that ran out is forgotten: one typo does not lock the account again");
        }
    }

    @Test
    void oneNamesFailuresDoNotShutTheDeskOut() throws Exception {
        try (FrontDeskUnderTest own = new FrontDeskUnderTest()) {
            own.account("colleague", Role.FRONT_DESK);
            WebClient c = own.anonymous();
            for (int i = 0; i < LoginThrottle.MAX_PER_NAME; i++) {
                c.get("/login");
                c.post("/login", Map.of("username", "nobody-here", "password", "x"));
            }
            c.get("/login");
            assertEquals(429, c.post("/login", Map.of("username", "nobody-here", "password", "x")).status());
            c.get("/login");
            assertEquals(303, c.post("/login", Map.of("username", "colleague", "password", FrontDeskUnderTest.PASSWORD)).status());
        }
    }

    @Test
    void beforeLoginNothingButASmallFormIsRead() {
        WebClient c = desk.anonymous();
        c.get("/login");
        assertEquals(415, c.postFile("/login", Map.of("username", "x"), "file", "a.bin", new byte[1024]).status());
        StringBuilder big = new StringBuilder("username=");
        big.append("a".repeat((int) WebServer.MAX_FORM_BYTES + 10));
        assertEquals(413, c.postBody("/login", big.toString()).status());
    }
}
