package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.store.Role;

/**
 * Signing on a tablet end to end in headless Chromium, in a tablet's window (800 × 1280): the desk
 * opens the signing for the printed consent and hands the browser over; every initials and
 * signature pad is drawn on with pointer events, one choice is ticked; "Finish" forced with one
 * initials pad empty is refused naming that field; filled, it signs, and the signed record read
 * back has every field, the evidence and a seal our verifier and pdfsig accept. Screenshots of
 * the signing page upright and on its side go to {@code target/screenshots/}.
 */
class TabletSigningBrowserTest {
    private static final Dimension LANDSCAPE = new Dimension(1280, 800);

    @Test
    void aPatientSignsTheConsentOnTheTabletAndTheSealedRecordIsArchived() throws Exception {
        try (FrontDeskUnderTest desk = new FrontDeskUnderTest(FrontDeskUnderTest.sampleSeal());
                BrowserUnderTest browser = new BrowserUnderTest(desk.base(), BrowserUnderTest.TABLET)) {
            WebClient printer = desk.staff("printer", Role.FRONT_DESK);
            String caseId = desk.desk().cases().importCase(desk.desk().engine(), TabletSigningTest.CASE.getFileName()
                    .toString(), Files.readAllBytes(TabletSigningTest.CASE), desk.account("importer", Role.FRONT_DESK).id())
                    .caseId();
            printer.get(CasePaths.of(caseId, "documents"));
            assertEquals(200, printer.post(CasePaths.of(caseId, "documents/consent/print"), Map.of()).status());

            desk.account("sam", Role.FRONT_DESK);
            browser.logIn("sam", FrontDeskUnderTest.PASSWORD);
            browser.open(CasePaths.of(caseId, "documents"));
            browser.clickAndWait("form.sign-on-tablet button[type=submit]");
            assertTrue(browser.find(".one-time-code").getText().matches("[0-9]{6}"));
            browser.screenshot("tablet-signing-desk");
            browser.clickAndWait("form.this-device button[type=submit]");
            assertEquals("/tablet/sign", browser.path());
            assertTrue(browser.driver().findElements(By.cssSelector("nav")).isEmpty(), "no staff menu on the tablet");

            List<WebElement> pads = browser.driver().findElements(By.cssSelector(".pad"));
            assertEquals(16, pads.size());
            WebElement finish = browser.find(".finish-button");
            assertFalse(finish.isEnabled(), "Finish waits for every pad");
            String left = null;
            for (WebElement pad : pads) {
                String field = pad.getAttribute("data-field");
                if (left == null && field.startsWith("initials-")) {
                    left = field;
                    continue;
                }
                draw(browser, pad);
            }
            List<WebElement> ticks = browser.driver().findElements(By.cssSelector("input[data-choice]"));
            assertEquals(2, ticks.size());
            Set<String> fields = new HashSet<>();
            pads.forEach(p -> fields.add(p.getAttribute("data-field")));
            ticks.forEach(t -> fields.add(t.getAttribute("data-choice")));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", ticks.get(0));
            ticks.get(0).click();
            WebElement line = (WebElement) browser.script("return arguments[0].closest('.choice-line')", ticks.get(1));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", line);
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .moveToElement(line, -line.getSize().getWidth() / 2 + 5, 0).click().perform();
            assertTrue(ticks.get(1).isSelected(), "a tap on the choice's words ticks its box");
            line.click();
            assertFalse(ticks.get(1).isSelected(), "and a second tap unticks it");
            assertFalse(finish.isEnabled(), "one initials box is still empty");
            browser.screenshot("tablet-signing-choices");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", pads.get(pads.size() - 1));
            browser.screenshot("tablet-signing-signatures");

            browser.script("arguments[0].scrollIntoView({block: 'center'})", pads.get(0));
            browser.screenshot("tablet-signing-portrait");
            browser.window(LANDSCAPE);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", pads.get(0));
            browser.screenshot("tablet-signing-landscape");
            browser.window(BrowserUnderTest.TABLET);

            browser.script("arguments[0].disabled = false", finish);
            browser.clickAndWait(".finish-button");
            assertEquals("/tablet/sign/finish", browser.path());
            WebElement problem = browser.find(".problems .problem[data-field=\"fields." + left + "\"]");
            assertTrue(problem.getText().contains("fields." + left), problem.getText());
            assertEquals(1, browser.driver().findElements(By.cssSelector(".problems .problem")).size());

            browser.open("/tablet/sign");
            WebElement empty = browser.find(".pad[data-field=\"" + left + "\"]");
            assertEquals(15, browser.driver().findElements(By.cssSelector(".pad.filled")).size(),
                    "a reload keeps the marks accepted");
            WebElement larger = browser.find(".larger-text");
            String fontBefore = (String) browser.script("return getComputedStyle(document.querySelector('.tablet-document')).fontSize");
            larger.click();
            assertEquals("true", larger.getAttribute("aria-pressed"));
            String fontAfter = (String) browser.script("return getComputedStyle(document.querySelector('.tablet-document')).fontSize");
            assertTrue(Double.parseDouble(fontAfter.replace("px", "")) > Double.parseDouble(fontBefore.replace("px", "")) * 1.2,
                    fontBefore + " -> " + fontAfter);
            browser.screenshot("tablet-signing-larger-text");
            draw(browser, empty);
            // cleared again, then initials typed and adopted with the keyboard alone
            WebElement clear = empty.findElement(By.cssSelector(".pad-clear"));
            clear.click();
            BrowserUnderTest.waitUntil(() -> !empty.getAttribute("class").contains("filled"), "the pad to be cleared");
            new Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertEquals("summary", browser.driver().switchTo().activeElement().getTagName());
            new Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).sendKeys(org.openqa.selenium.Keys.TAB)
                    .sendKeys("CD").sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
            BrowserUnderTest.waitUntil(() -> empty.getAttribute("class").contains("filled"),
                    "the typed initials to be adopted: " + empty.findElement(By.cssSelector(".pad-status")).getText());
            WebElement tick = browser.find("input[data-choice]");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", tick);
            tick.click();
            WebElement ready = browser.find(".finish-button");
            BrowserUnderTest.waitUntil(ready::isEnabled, "Finish to be enabled");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", ready);
            long start = System.nanoTime();
            browser.clickAndWait(".finish-button");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("/tablet/done", browser.path(), browser.driver().getPageSource());
            System.out.println("tablet signing: finish pressed to the thank-you page in " + ms + " ms (cold)");

            List<AuditEntry> entries = desk.desk().archive().entries();
            AuditEntry signed = entries.get(entries.size() - 1);
            SignedRecordCheck.check(desk.desk(), signed, fields, "Test sam, front desk", "tablet (Chrome");
            String evidence = new String(desk.desk().archive().evidence(signed).orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(1, evidence.split("\"typed\"", -1).length - 1, "one pad's initials typed and adopted: " + evidence);
            assertEquals(15, evidence.split("\"drawn\"", -1).length - 1, "the other pads drawn");
            String page = printer.get(CasePaths.of(caseId, "documents")).page()
                    .selectFirst("tr[data-record=" + signed.sequence() + "]").text();
            assertTrue(page.contains("tablet (Chrome"), page);

            browser.window(BrowserUnderTest.DESK);
            browser.logIn("sam", FrontDeskUnderTest.PASSWORD);
            browser.open(CasePaths.of(caseId, "documents") + "#session-none");
            WebElement row = browser.find("tr[data-record=\"" + signed.sequence() + "\"]");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", row);
            assertTrue(row.getText().contains("witnessed by Test sam, front desk"), row.getText());
            assertNotNull(row.findElement(By.linkText("Open or print the signed PDF")));
            browser.screenshot("tablet-signing-documents-history");
        }
    }

    /** A zigzag stroke across the pad, long and dark enough to be a mark, then waits for the server to accept it. */
    private static void draw(BrowserUnderTest browser, WebElement pad) {
        WebElement canvas = pad.findElement(By.cssSelector("canvas"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        Actions a = new Actions(browser.driver()).moveToElement(canvas, -w * 2 / 5, -h / 6).clickAndHold();
        int step = Math.max(8, w * 4 / 5 / 8);
        for (int i = 0; i < 8; i++) {
            a = a.moveByOffset(step, (i % 2 == 0 ? 1 : -1) * Math.max(10, h / 3));
        }
        a.release().perform();
        BrowserUnderTest.waitUntil(() -> pad.getAttribute("class").contains("filled"),
                "the mark in " + pad.getAttribute("data-field") + " to be accepted: "
                        + pad.findElement(By.cssSelector(".pad-status")).getText());
    }
}
