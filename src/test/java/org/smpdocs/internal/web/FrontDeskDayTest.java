package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.archive.ExportVerifier;
import org.smpdocs.internal.archive.Verification;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.Setting;

/**
 * A day at the front desk in a real browser (headless Chromium): the front desk makes a case with
 * two mistakes, sees both by their fields, fixes them and saves; previews and prints the consent
 * (the PDF the browser saves names the patient and is the one archived); the practitioner records
 * the session and e-mails its aftercare to a GreenMail server; the front desk is refused the
 * auditor's page; the auditor exports a period, and the export verifies, uploaded on the page and
 * with the library. Screenshots of each page are kept in {@code target/screenshots/}.
 */
class FrontDeskDayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("samples/cases/norwood6-density.json");
    private static final String CASE_ID = "C-WEB-DAY-1";

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private FrontDeskUnderTest desk;
    private BrowserUnderTest browser;

    @BeforeEach
    void start() {
        desk = new FrontDeskUnderTest();
        browser = new BrowserUnderTest(desk.base());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            browser.close();
        } finally {
            desk.close();
        }
    }

    @Test
    void aDayAtTheFrontDesk() throws Exception {
        long admin = desk.account("office", Role.ADMINISTRATOR).id();
        desk.desk().settings().put(Setting.SMTP_HOST, "127.0.0.1", admin);
        desk.desk().settings().put(Setting.SMTP_PORT, Integer.toString(GREENMAIL.getSmtp().getPort()), admin);
        desk.desk().settings().put(Setting.SMTP_STARTTLS, "false", admin);
        desk.account("fiona", Role.FRONT_DESK);
        desk.account("pat", Role.PRACTITIONER);
        desk.account("audrey", Role.AUDITOR);
        ObjectNode sample = (ObjectNode) JSON.readTree(Files.readAllBytes(SAMPLE));
        JsonNode session = sample.get("sessions").get(0).deepCopy();
        ObjectNode c = sample.deepCopy();
        c.put("id", CASE_ID);
        c.putArray("sessions");
        String patient = c.at("/patient/givenName").asText() + " " + c.at("/patient/familyName").asText();

        // the front desk: a new case with two mistakes, then fixed
        browser.logIn("fiona", FrontDeskUnderTest.PASSWORD);
        assertEquals("Today", browser.heading().lines().findFirst().orElseThrow().strip());
        browser.screenshot("day-01-today");
        browser.open("/cases/new");
        fill(c, "");
        browser.type("patient.email", "not an e-mail address");
        clear("patient.dateOfBirth");
        browser.clickAndWait("form.case-form button[value=save]");
        browser.screenshot("day-02-case-form-problems");
        assertEquals("/cases/new", browser.path());
        assertTrue(problem("patient.email").startsWith("email"), problem("patient.email"));
        assertEquals("not-null (expected a value)", problem("patient.dateOfBirth"));
        assertEquals(2, browser.driver().findElements(By.cssSelector(".problems li")).size());
        assertTrue(desk.desk().cases().latest(CASE_ID).isEmpty(), "nothing saved while invalid");

        browser.type("patient.email", c.at("/patient/email").asText());
        setValue("patient.dateOfBirth", c.at("/patient/dateOfBirth").asText());
        browser.clickAndWait("form.case-form button[value=save]");
        assertEquals("/cases/" + CASE_ID, browser.path());
        assertEquals(patient, browser.find("main h1").getText().lines().findFirst().orElseThrow().strip());
        browser.screenshot("day-03-case");

        // its documents: the consent previewed, then printed
        browser.clickAndWait("a[href=\"/cases/" + CASE_ID + "/documents\"]");
        WebElement consent = browser.find("section.document[data-kind=consent]");
        assertTrue(consent.findElement(By.cssSelector("iframe.preview")).getAttribute("src")
                .endsWith("/cases/" + CASE_ID + "/documents/consent/preview"));
        browser.screenshot("day-04-documents");
        int before = desk.desk().archive().entries().size();
        List<Path> known = pdfs();
        consent.findElement(By.cssSelector("form.print button")).click();
        BrowserUnderTest.waitUntil(() -> desk.desk().archive().entries().size() > before, "the consent archived");
        AuditEntry printed = desk.desk().archive().entries().get(before);
        byte[] archived = desk.desk().archive().document(printed);
        Path saved = awaitPdf(known, archived);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(saved))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(c.at("/patient/familyName").asText()),
                    "the printed consent names the patient");
        }
        assertTrue(saved.getFileName().toString().startsWith(CASE_ID + "-consent"), saved.toString());
        browser.logOut();

        // the practitioner records the session and e-mails its aftercare
        browser.logIn("pat", FrontDeskUnderTest.PASSWORD);
        browser.open("/cases/" + CASE_ID + "/sessions/new");
        fill(session, "sessions[0]");
        browser.screenshot("day-05-session-form");
        browser.clickAndWait("form.session-form button[type=submit]");
        assertEquals("/cases/" + CASE_ID, browser.path(), () -> browser.find("main").getText());
        assertEquals(1, browser.driver().findElements(By.cssSelector("table.sessions tbody tr")).size());
        browser.open("/cases/" + CASE_ID + "/documents");
        browser.clickAndWait("form[action=\"/cases/" + CASE_ID + "/sessions/1/aftercare-email\"] button[type=submit]");
        browser.screenshot("day-06-aftercare-sent");
        assertTrue(browser.find(".mail-outcome").getAttribute("class").contains("saved"),
                browser.find(".mail-outcome").getText());
        MimeMessage[] mail = GREENMAIL.getReceivedMessages();
        assertEquals(1, mail.length);
        assertTrue(mail[0].getAllRecipients()[0].toString().endsWith("<" + c.at("/patient/email").asText() + ">"));
        assertTrue(attachmentNames(mail[0]).stream().anyMatch(n -> n.endsWith(".pdf")), attachmentNames(mail[0]).toString());
        browser.logOut();

        // the front desk may not export
        browser.logIn("fiona", FrontDeskUnderTest.PASSWORD);
        browser.open("/audit");
        assertEquals("Not allowed", browser.heading());
        browser.logOut();

        // the auditor exports the period and verifies the export
        browser.logIn("audrey", FrontDeskUnderTest.PASSWORD);
        browser.open("/audit");
        setValue("from", "2026-01-01");
        setValue("to", "2026-12-31");
        browser.screenshot("day-07-audit");
        browser.find("form[action=\"/audit/export\"] button[type=submit]").click();
        Path zip = browser.downloaded("smp-docs-export-2026-01-01-to-2026-12-31.zip");
        Verification v = ExportVerifier.check(zip);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(1, v.records(), "the printed consent");
        browser.open("/audit");
        browser.find("#f-export").sendKeys(zip.toAbsolutePath().toString());
        browser.clickAndWait("form[action=\"/audit/verify-upload\"] button[type=submit]");
        browser.screenshot("day-08-export-verified");
        String result = browser.find("section.verification").getText();
        assertTrue(result.contains("intact") && result.contains("no findings"), result);
    }

    /** Sets each control named by a path of {@code json} under {@code prefix}, as a person would choose it. */
    private void fill(JsonNode json, String prefix) {
        CaseFields.of(json, prefix).forEach((name, values) -> {
            List<WebElement> controls = browser.driver().findElements(By.cssSelector("form [name=\"" + name + "\"]"));
            if (controls.isEmpty()) {
                return;
            }
            WebElement first = controls.get(0);
            String type = first.getTagName().equals("input") ? first.getAttribute("type") : first.getTagName();
            switch (type) {
                case "radio", "checkbox" -> {
                    for (WebElement box : controls) {
                        if (values.contains(box.getAttribute("value")) != box.isSelected()) {
                            browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
                            box.click();
                        }
                    }
                }
                case "textarea" -> setValue(name, String.join("\n", values));
                case "hidden" -> {
                    // set by the page
                }
                default -> setValue(name, values.isEmpty() ? "" : values.get(0));
            }
        });
    }

    /** Sets a field's value as the browser's own picker would (date and time fields take no typing in every locale). */
    private void setValue(String name, String value) {
        WebElement field = browser.find("form [name=\"" + name + "\"]:not([type=hidden])");
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private void clear(String name) {
        setValue(name, "");
    }

    /** The problem the page shows at field {@code name}. */
    private String problem(String name) {
        return browser.find(".problem[data-field=\"" + name + "\"]").getText();
    }

    private List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
    }

    /** Waits for a PDF the browser saved that was not there before and has the bytes archived. */
    private Path awaitPdf(List<Path> known, byte[] archived) {
        Path[] found = new Path[1];
        BrowserUnderTest.waitUntil(() -> {
            try {
                for (Path p : pdfs()) {
                    if (!known.contains(p) && Arrays.equals(Files.readAllBytes(p), archived)) {
                        found[0] = p;
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        }, "the printed consent saved by the browser");
        return found[0];
    }

    private static List<String> attachmentNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        collect(message.getContent(), names);
        return names;
    }

    private static void collect(Object content, List<String> names) throws Exception {
        if (content instanceof Multipart m) {
            for (int i = 0; i < m.getCount(); i++) {
                BodyPart part = m.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(part.getFileName());
                }
                collect(part.getContent(), names);
            }
        }
    }
}
