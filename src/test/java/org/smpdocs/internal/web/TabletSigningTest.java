package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * Signing on a tablet through plain HTTP: the desk opens a signing session for an issued consent,
 * a second device joins with the one-time code (once only; wrong, expired and cancelled are
 * refused), marks are sent pad by pad (a drawing too small is refused), "Finish" with one initials
 * box empty is refused naming that field, and with every field filled the signed, sealed record is
 * in the archive and on the documents page with its evidence.
 */
class TabletSigningTest {
    static final Path CASE = Path.of("samples/cases/diffuse-thinning-woman.json");
    static final Path SIGNATURE = Path.of("samples/signing/patient-signature.png");

    private FrontDeskUnderTest desk;
    private WebClient staff;
    private String caseId;

    @BeforeEach
    void start() throws Exception {
        desk = new FrontDeskUnderTest(FrontDeskUnderTest.sampleSeal());
        staff = desk.staff("sam", Role.FRONT_DESK);
        StaffAccount importer = desk.account("importer", Role.FRONT_DESK);
        caseId = desk.desk().cases().importCase(desk.desk().engine(), CASE.getFileName().toString(),
                Files.readAllBytes(CASE), importer.id()).caseId();
    }

    @AfterEach
    void stop() throws Exception {
        desk.close();
    }

    /** Prints the consent (an issued record) and opens a signing session for it: the desk page's location. */
    private String openSigning() {
        staff.get(CasePaths.of(caseId, "documents"));
        WebClient.Response printed = staff.post(CasePaths.of(caseId, "documents/consent/print"), Map.of());
        assertEquals(200, printed.status());
        Document page = staff.get(CasePaths.of(caseId, "documents")).page();
        Element form = page.selectFirst("form.sign-on-tablet");
        assertNotNull(form, "the issued consent offers signing on a tablet");
        WebClient.Response opened = staff.post(form.attr("action"), Map.of());
        assertEquals(303, opened.status());
        return opened.location();
    }

    private String codeOf(String deskPage) {
        return staff.get(deskPage).page().selectFirst(".one-time-code").text();
    }

    private WebClient tabletWithCode(String code) {
        WebClient tablet = desk.anonymous();
        tablet.get("/tablet");
        WebClient.Response joined = tablet.postRaw("/tablet", Map.of("code", code));
        assertEquals(303, joined.status(), joined.body());
        assertEquals("/tablet/sign", joined.location());
        return tablet;
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Test
    void aSecondDeviceJoinsOnceSignsEveryFieldAndTheSealedRecordIsArchived() throws Exception {
        String deskPage = openSigning();
        String code = codeOf(deskPage);
        assertTrue(code.matches("[0-9]{6}"), code);

        WebClient wrong = desk.anonymous();
        WebClient.Response refused = wrong.postRaw("/tablet", Map.of("code", code.equals("000000") ? "111111" : "000000"));
        assertEquals(403, refused.status());
        assertTrue(refused.problemFor("code").isPresent());
        assertNull(wrong.cookie(TabletPages.TABLET_COOKIE));

        WebClient tablet = tabletWithCode(code);
        String cookie = tablet.cookie(TabletPages.TABLET_COOKIE);
        assertNotNull(cookie);
        WebClient.Response again = desk.anonymous().postRaw("/tablet", Map.of("code", code));
        assertEquals(403, again.status(), "a one-time code works once");

        Document sign = tablet.get("/tablet/sign").page();
        assertNull(sign.selectFirst("nav"), "no staff menu on the tablet");
        String csrf = sign.selectFirst(".signing").attr("data-csrf");
        List<String> pads = sign.select(".pad").eachAttr("data-field");
        List<String> choices = sign.select("input[data-choice]").eachAttr("data-choice");
        assertEquals(16, pads.size(), "14 initials and 2 signatures: " + pads);
        assertEquals(2, choices.size(), choices.toString());
        for (Element tick : sign.select("input[data-choice]")) {
            assertFalse(tick.hasAttr("checked"), "choices start unticked");
            assertFalse(tick.attr("aria-label").isBlank(), "each choice is labelled");
        }
        for (Element e : sign.select("[href], [action], [src]")) {
            assertFalse((e.attr("href") + e.attr("action") + e.attr("src")).contains(caseId), "ids stay out of the tablet's addresses");
        }

        byte[] png = Files.readAllBytes(SIGNATURE);
        WebClient.Response noToken = tablet.postWithToken("/tablet/sign/marks/" + pads.get(0),
                Map.of("png", dataUrl(png)), null);
        assertEquals(403, noToken.status(), "a mark without the page's token is refused");
        String left = null;
        for (String pad : pads) {
            if (left == null && pad.startsWith("initials-")) {
                left = pad;
                continue;
            }
            WebClient.Response r = tablet.postWithToken("/tablet/sign/marks/" + pad, Map.of("png", dataUrl(png),
                    "strokes", "[]"), csrf);
            assertEquals(200, r.status(), r.body());
        }
        assertNotNull(left);
        Document reloaded = tablet.get("/tablet/sign").page();
        assertEquals(pads.size() - 1, reloaded.select(".pad.filled[data-png]").size(), "a reload shows the marks accepted");
        assertTrue(reloaded.selectFirst(".pad[data-field=" + left + "]").hasClass("filled") == false);

        desk.clock.advance(Duration.ofMinutes(2));
        WebClient.Response incomplete = tablet.postRaw("/tablet/sign/finish", Map.of("_csrf", csrf, choices.get(0), "yes"));
        assertEquals(422, incomplete.status());
        assertTrue(incomplete.problemFor("fields." + left).isPresent(), incomplete.body());
        assertEquals(1, incomplete.page().select(".problems .problem").size(), incomplete.page().select(".problems").text());

        WebClient.Response typedNotAdopted = tablet.postWithToken("/tablet/sign/marks/" + left, Map.of("typed", "AB"), csrf);
        assertEquals(422, typedNotAdopted.status(), "typed initials need “I adopt these as my initials”");
        WebClient.Response typed = tablet.postWithToken("/tablet/sign/marks/" + left, Map.of("typed", "AB", "adopt", "yes"),
                csrf);
        assertEquals(200, typed.status(), typed.body());

        int before = desk.desk().archive().entries().size();
        WebClient.Response finished = tablet.postRaw("/tablet/sign/finish", Map.of("_csrf", csrf, choices.get(0), "yes"));
        assertEquals(303, finished.status(), finished.body());
        assertEquals("/tablet/done", finished.location());
        List<AuditEntry> entries = desk.desk().archive().entries();
        assertEquals(before + 1, entries.size());
        AuditEntry signed = entries.get(entries.size() - 1);
        assertEquals(before, signed.document().completion().completes());

        Set<String> fields = Set.copyOf(pads);
        java.util.Set<String> all = new java.util.HashSet<>(fields);
        all.addAll(choices);
        SignedRecordCheck.check(desk.desk(), signed, all, "Test sam, front desk", "tablet (");

        assertEquals(403, tablet.get("/tablet/sign").status(), "the signing has ended");
        assertTrue(desk.desk().accessLog().ofCase(caseId, 50).stream().anyMatch(e -> e.action() == AccessAction.SIGNED
                && e.username().equals("sam")));
        Document documents = staff.get(CasePaths.of(caseId, "documents")).page();
        Element row = documents.selectFirst("tr[data-record=" + signed.sequence() + "]");
        assertNotNull(row, documents.select(".history").outerHtml());
        assertTrue(row.text().contains("witnessed by Test sam, front desk"), row.text());
        assertTrue(row.text().contains("09:02"), row.text());
        assertEquals(CasePaths.of(caseId, "records/" + signed.sequence()), row.selectFirst("a").attr("href"));
        assertNull(documents.selectFirst("form.sign-on-tablet"), "a signed record is not offered for signing again");
        WebClient.Response pdf = staff.get(CasePaths.of(caseId, "records/" + signed.sequence()));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    void anExpiredSigningSessionIsRefusedAndSoIsItsCode() {
        String deskPage = openSigning();
        String code = codeOf(deskPage);
        WebClient tablet = tabletWithCode(code);
        desk.clock.advance(TabletSignings.IDLE.plusSeconds(1));
        WebClient.Response expired = tablet.get("/tablet/sign");
        assertEquals(403, expired.status());
        assertTrue(expired.body().contains("There is no signing on this device now"), expired.body());

        String second = codeOf(openSigning());
        desk.clock.advance(TabletSignings.IDLE);
        assertEquals(403, desk.anonymous().postRaw("/tablet", Map.of("code", second)).status());
        assertTrue(staff.get(deskPage).page().text().contains("This signing session has ended"));
    }

    @Test
    void aCancelledSigningIsRefusedOnTheTablet() {
        String deskPage = openSigning();
        WebClient tablet = tabletWithCode(codeOf(deskPage));
        Element cancel = staff.get(deskPage).page().selectFirst("form.cancel");
        assertEquals(303, staff.post(cancel.attr("action"), Map.of()).status());
        assertEquals(403, tablet.get("/tablet/sign").status());
    }

    @Test
    void signOnThisDeviceLogsTheStaffOutHereAndShowsOnlyTheDocument() {
        String deskPage = openSigning();
        String code = codeOf(deskPage);
        Element handOver = staff.get(deskPage).page().selectFirst("form.this-device");
        WebClient.Response r = staff.post(handOver.attr("action"), Map.of());
        assertEquals(303, r.status());
        assertEquals("/tablet/sign", r.location());
        assertNotNull(staff.cookie(TabletPages.TABLET_COOKIE));
        assertEquals(200, staff.get("/tablet/sign").status());
        WebClient.Response caseList = staff.get("/search");
        assertEquals(303, caseList.status(), "the staff's pages are not reachable from the handed-over browser");
        assertEquals("/login", caseList.location());
        assertEquals(403, desk.anonymous().postRaw("/tablet", Map.of("code", code)).status(),
                "once handed over, the code lets no other device join");
    }

    @Test
    void withoutTheSealTheDocumentsPageSaysWhatTabletSigningNeeds() throws Exception {
        try (FrontDeskUnderTest plain = new FrontDeskUnderTest()) {
            WebClient front = plain.staff("kim", Role.FRONT_DESK);
            StaffAccount importer = plain.account("importer", Role.FRONT_DESK);
            String id = plain.desk().cases().importCase(plain.desk().engine(), CASE.getFileName().toString(),
                    Files.readAllBytes(CASE), importer.id()).caseId();
            front.get(CasePaths.of(id, "documents"));
            assertEquals(200, front.post(CasePaths.of(id, "documents/consent/print"), Map.of()).status());
            Document page = front.get(CasePaths.of(id, "documents")).page();
            assertNull(page.selectFirst("form.sign-on-tablet"));
            assertTrue(page.selectFirst(".tablet-needs-seal").text().contains("--seal-keystore"));
            assertEquals(409, front.post(CasePaths.of(id, "records/1/tablet"), Map.of()).status());
        }
    }

    @Test
    void aDrawingTooSmallToBeAMarkIsNotAccepted() throws Exception {
        WebClient tablet = tabletWithCode(codeOf(openSigning()));
        Document sign = tablet.get("/tablet/sign").page();
        String csrf = sign.selectFirst(".signing").attr("data-csrf");
        String pad = sign.selectFirst(".pad").attr("data-field");
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(50, 50, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        dot.setRGB(10, 10, 0xff000000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(dot, "png", out);
        WebClient.Response r = tablet.postWithToken("/tablet/sign/marks/" + pad, Map.of("png", dataUrl(out.toByteArray())), csrf);
        assertEquals(422, r.status());
        assertTrue(r.body().contains("Not saved"), r.body());
        assertEquals(404, tablet.postWithToken("/tablet/sign/marks/no-such-field", Map.of("png", dataUrl(out.toByteArray())),
                csrf).status());
    }

    @Test
    void wrongCodesAreThrottledForEveryone() {
        String code = codeOf(openSigning());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < TabletSignings.CODE_ATTEMPTS; i++) {
            assertEquals(403, desk.anonymous().postRaw("/tablet", Map.of("code", wrong)).status());
        }
        WebClient.Response paused = desk.anonymous().postRaw("/tablet", Map.of("code", code));
        assertEquals(429, paused.status(), "even the right code waits once too many wrong ones were tried");
        desk.clock.advance(TabletSignings.CODE_WINDOW.plusSeconds(1));
        assertEquals(303, desk.anonymous().postRaw("/tablet", Map.of("code", code)).status(),
                "after the pause the right code works (once)");
    }
}
