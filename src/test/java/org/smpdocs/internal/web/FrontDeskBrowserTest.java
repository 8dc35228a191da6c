package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * The front desk in a real browser (headless Chromium): the first administrator's login and
 * password change, the front desk's search, logging out for good, and a form without its CSRF
 * token refused. It keeps screenshots of the pages in {@code target/screenshots/}.
 */
class FrontDeskBrowserTest {
    private static final Path SAMPLE_CASE = Path.of("samples/cases/norwood6-density.json");

    private static FrontDeskUnderTest desk;
    private static BrowserUnderTest browser;

    @BeforeAll
    static void start() {
        desk = new FrontDeskUnderTest();
        browser = new BrowserUnderTest(desk.base());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            desk.close();
        }
    }

    /** Each test starts as a visitor with no cookie, in the desk's window. */
    @BeforeEach
    void forgetTheLastTest() {
        browser.open("/static/style.css");
        browser.driver().manage().deleteAllCookies();
        browser.window(BrowserUnderTest.DESK);
    }

    @Test
    void firstAdministratorChangesTheOneTimePasswordAndLandsOnToday() {
        browser.open("/");
        assertEquals("/login", browser.path(), "a visitor is sent to the login page");
        browser.type("username", FrontDeskServer.administrator());
        browser.type("password", desk.initialPassword());
        browser.screenshot("login");
        browser.clickAndWait("form[action=\"/login\"] button[type=submit]");

        assertEquals("/password", browser.path(), "the one-time password must be changed first");
        assertEquals("Change your password", browser.heading());
        browser.open("/search");
        assertEquals("/password", browser.path(), "no other page before the password is changed");
        browser.type("current", desk.initialPassword());
        browser.type("password", "a quiet morning at the clinic");
        browser.type("repeat", "a quiet morning at the clinic");
        browser.screenshot("password-change");
        browser.clickAndWait("form[action=\"/password\"] button[type=submit]");

        assertEquals("/", browser.path());
        assertTrue(browser.heading().startsWith("Today"), browser.heading());
        assertTrue(browser.find(".who").getText().contains("ADMINISTRATOR") || browser.find(".who").getText()
                .toLowerCase(java.util.Locale.ROOT).contains("administrator"), browser.find(".who").getText());
        browser.screenshot("today");
    }

    @Test
    void frontDeskFindsACaseByTheSurnameItsFileGives() throws Exception {
        String json = Files.readString(SAMPLE_CASE);
        String caseId = field(json, "\"id\": \"C-");
        String surname = field(json, "\"familyName\": \"");
        StaffAccount importer = desk.account("importer", Role.FRONT_DESK);
        desk.desk().cases().importCase(desk.desk().engine(), SAMPLE_CASE.getFileName().toString(),
                Files.readAllBytes(SAMPLE_CASE), importer.id());
        desk.account("nadia", Role.FRONT_DESK);

        browser.logIn("nadia", FrontDeskUnderTest.PASSWORD);
        assertEquals("/", browser.path(), "a Secure session cookie over http://127.0.0.1 is kept and sent back");
        browser.clickAndWait("nav a[href=\"/search\"]");
        browser.type("q", surname.toLowerCase(java.util.Locale.ROOT));
        browser.clickAndWait("form.search button[type=submit]");

        assertEquals("/search", browser.path(), "the search is posted: the name is not in the address");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.cases tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(caseId), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(surname), rows.get(0).getText());
        assertFalse(browser.driver().getCurrentUrl().contains(surname));
        browser.screenshot("search");

        browser.window(BrowserUnderTest.TABLET);
        WebElement link = browser.find("table.cases tbody tr a");
        assertTrue(link.getRect().getX() + link.getRect().getWidth() <= BrowserUnderTest.TABLET.getWidth(),
                "the case's link fits an upright tablet");
        browser.screenshot("search-tablet");
    }

    @Test
    void afterLogoutNeitherTheBackButtonNorTheOldCookieOpensAPage() {
        desk.account("omar", Role.FRONT_DESK);
        browser.logIn("omar", FrontDeskUnderTest.PASSWORD);
        browser.open("/search");
        assertEquals("Find a case", browser.heading());
        Cookie session = browser.driver().manage().getCookieNamed(Cookies.SESSION);
        assertNotNull(session, "the session cookie");
        assertTrue(session.isHttpOnly() && session.isSecure(), "HttpOnly and Secure");

        browser.logOut();
        assertEquals("/login", browser.path());
        assertEquals(null, browser.driver().manage().getCookieNamed(Cookies.SESSION), "the cookie is gone");

        browser.driver().navigate().back();
        BrowserUnderTest.waitUntil(() -> "complete".equals(browser.script("return document.readyState")), "back");
        assertEquals("/login", browser.path(), "back shows no page of the ended session (it is not cached)");
        assertEquals("Log in", browser.heading());

        browser.driver().manage().addCookie(new Cookie.Builder(session.getName(), session.getValue()).path("/")
                .isHttpOnly(true).isSecure(true).sameSite("Strict").build());
        browser.open("/search");
        assertEquals("/login", browser.path(), "the old cookie, put back, is refused");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        desk.account("ines", Role.FRONT_DESK);
        browser.logIn("ines", FrontDeskUnderTest.PASSWORD);
        browser.open("/search");
        browser.type("q", "anything");
        Object removed = browser.script("var f = document.querySelector('form.search input[name=\"" + Guard.CSRF_FIELD
                + "\"]'); f.remove(); return document.querySelectorAll('form.search input[name=\"" + Guard.CSRF_FIELD
                + "\"]').length;");
        assertEquals(0L, removed);
        browser.clickAndWait("form.search button[type=submit]");

        assertTrue(browser.driver().getTitle().startsWith("403"), browser.driver().getTitle());
        assertEquals("Not allowed", browser.heading());
        assertTrue(browser.find("[role=alert]").getText().contains("did not come from this front desk"));
        assertTrue(browser.driver().findElements(By.cssSelector("table.cases")).isEmpty(), "no search was made");
        browser.screenshot("csrf-refused");
    }

    @Test
    void filesTheBrowserDownloadsLandWhereTheTestsReadThem() throws Exception {
        browser.open("/login");
        browser.script("var a = document.createElement('a'); a.href = '/static/style.css'; a.download = 'style.css';"
                + " document.body.appendChild(a); a.click();");
        Path saved = browser.downloaded("style.css");
        byte[] served;
        try (var in = FrontDeskBrowserTest.class.getResourceAsStream("static/style.css")) {
            served = in.readAllBytes();
        }
        assertEquals(new String(served, java.nio.charset.StandardCharsets.UTF_8), Files.readString(saved));
    }

    /** The value in {@code json} after {@code opening} up to the next quote (opening may include its start). */
    private static String field(String json, String opening) {
        int at = json.indexOf(opening);
        assertTrue(at >= 0, opening);
        int start = opening.endsWith("\"") ? at + opening.length() : at + opening.lastIndexOf('"') + 1;
        return json.substring(start, json.indexOf('"', start));
    }
}
