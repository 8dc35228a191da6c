package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.Setting;

/**
 * The aftercare e-mail sent from the documents page to a GreenMail server through the
 * administrator's SMTP settings: it arrives with the sheet attached, the page says whether it went,
 * and the sent-log holds exactly what the server accepted.
 */
class AftercarePagesTest {
    private static final Path SAMPLE = Path.of("samples/cases/norwood6-density.json");

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private FrontDeskUnderTest desk;
    private String caseId;
    private String familyName;
    private String email;
    private long adminId;

    @BeforeEach
    void start() throws IOException {
        desk = new FrontDeskUnderTest();
        byte[] json = Files.readAllBytes(SAMPLE);
        JsonNode sample = new ObjectMapper().readTree(json);
        caseId = sample.get("id").asText();
        familyName = sample.get("patient").get("familyName").asText();
        email = sample.get("patient").get("email").asText();
        adminId = desk.account("settings-admin", Role.ADMINISTRATOR).id();
        desk.desk().cases().importCase(desk.desk().engine(), "sample.json", json, adminId);
    }

    @AfterEach
    void stop() throws Exception {
        desk.close();
    }

    private void smtp(int port) {
        desk.desk().settings().put(Setting.SMTP_HOST, "127.0.0.1", adminId);
        desk.desk().settings().put(Setting.SMTP_PORT, Integer.toString(port), adminId);
        desk.desk().settings().put(Setting.SMTP_STARTTLS, "false", adminId);
    }

    private WebClient.Response send(WebClient c, int session) {
        c.get("/cases/" + caseId + "/documents");
        return c.post("/cases/" + caseId + "/sessions/" + session + "/aftercare-email", Map.of());
    }

    private Path sentLog() {
        return desk.dataDir.resolve("mail").resolve("sent-log.jsonl");
    }

    private List<String> sentLines() throws IOException {
        return Files.exists(sentLog()) ? Files.readAllLines(sentLog(), StandardCharsets.UTF_8) : List.of();
    }

    private static String outcome(WebClient.Response r) {
        Element e = r.page().selectFirst(".mail-outcome");
        assertNotNull(e, "the page shows what became of the e-mail");
        return e.text();
    }

    private static List<String> sentShown(Document page, int session) {
        return page.select(".aftercare-mail[data-session=" + session + "] ul.sent li").eachText();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void withoutAMailServerThePageSaysTheAdministratorSetsItUp() throws IOException {
        WebClient c = desk.staff("fd-nosmtp", Role.FRONT_DESK);
        WebClient.Response r = send(c, 1);
        assertEquals(409, r.status());
        assertTrue(outcome(r).contains("no mail server is set up"), outcome(r));
        assertTrue(outcome(r).contains("Administration"));
        assertEquals(List.of(), sentLines());
        assertEquals(0, GREENMAIL.getReceivedMessages().length);
    }

    @Test
    void theAftercareEmailArrivesWithTheSheetAttachedAndThePageSaysSent() throws Exception {
        smtp(GREENMAIL.getSmtp().getPort());
        WebClient c = desk.staff("fd-send", Role.FRONT_DESK);
        WebClient.Response r = send(c, 2);
        assertEquals(200, r.status());
        assertTrue(outcome(r).startsWith("Sent"), outcome(r));
        assertTrue(r.page().selectFirst(".mail-outcome").hasClass("saved"));

        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(email, ((InternetAddress) received[0].getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
        Part pdf = ((Multipart) received[0].getContent()).getBodyPart(1);
        assertEquals(caseId + "-aftercare-s2.pdf", pdf.getFileName());
        try (PDDocument d = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertTrue(new PDFTextStripper().getText(d).contains(familyName));
        }

        List<String> lines = sentLines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"caseId\":\"" + caseId + "\"") && lines.get(0).contains("\"session\":2"));
        assertFalse(lines.get(0).contains(familyName) || lines.get(0).contains(email), "no patient values in the sent-log");
        assertEquals(1, sentShown(r.page(), 2).size(), "the session's sent history");
        assertTrue(sentShown(r.page(), 1).isEmpty());
        assertEquals(1, desk.desk().accessLog().ofCase(caseId, 100).stream()
                .filter(e -> e.action() == AccessAction.SENT && e.username().equals("fd-send")).count());

        WebClient.Response again = send(c, 2);
        assertEquals(200, again.status());
        assertTrue(outcome(again).contains("sent before"), outcome(again));
        assertEquals(1, GREENMAIL.getReceivedMessages().length, "the same sheet is not sent twice");
        assertEquals(1, sentLines().size());
    }

    @Test
    void withTheMailServerDownThePageSaysItFailedAndNothingIsLost() throws Exception {
        smtp(GREENMAIL.getSmtp().getPort());
        WebClient c = desk.staff("pr-down", Role.PRACTITIONER);
        assertEquals(200, send(c, 1).status());
        List<String> before = sentLines();
        assertEquals(1, before.size());

        smtp(closedPort());
        WebClient.Response failed = send(c, 2);
        assertEquals(502, failed.status());
        assertTrue(outcome(failed).startsWith("Not sent"), outcome(failed));
        assertTrue(outcome(failed).contains("could not be used"), outcome(failed));
        assertFalse(outcome(failed).contains(familyName) || outcome(failed).contains(email));
        assertEquals(before, sentLines(), "nothing recorded as sent, nothing lost");
        assertEquals(1, sentShown(failed.page(), 1).size(), "the earlier message is still shown");
        assertTrue(sentShown(failed.page(), 2).isEmpty());
        assertEquals(1, GREENMAIL.getReceivedMessages().length);

        smtp(GREENMAIL.getSmtp().getPort());
        WebClient.Response retried = send(c, 2);
        assertEquals(200, retried.status());
        assertEquals(2, GREENMAIL.getReceivedMessages().length);
        assertEquals(2, sentLines().size());
        assertEquals(1, sentShown(retried.page(), 2).size());
    }

    @Test
    void aSessionTheCaseDoesNotHaveIsNotFound() {
        smtp(GREENMAIL.getSmtp().getPort());
        WebClient c = desk.staff("fd-nosession", Role.FRONT_DESK);
        assertEquals(404, send(c, 9).status());
        assertEquals(0, GREENMAIL.getReceivedMessages().length);
    }

    @Test
    void theTreatmentReportGoesAlongWhenAsked() throws Exception {
        smtp(GREENMAIL.getSmtp().getPort());
        WebClient c = desk.staff("pr-report", Role.PRACTITIONER);
        c.get("/cases/" + caseId + "/documents");
        WebClient.Response r = c.post("/cases/" + caseId + "/sessions/1/aftercare-email", Map.of("withReport", "on"));
        assertEquals(200, r.status());
        Multipart mixed = (Multipart) GREENMAIL.getReceivedMessages()[0].getContent();
        assertEquals(3, mixed.getCount(), "bodies, the sheet and the report");
        assertEquals(caseId + "-aftercare-s1.pdf", mixed.getBodyPart(1).getFileName());
        assertEquals(caseId + "-report-s1.pdf", mixed.getBodyPart(2).getFileName());
        try (PDDocument d = Loader.loadPDF(mixed.getBodyPart(2).getInputStream().readAllBytes())) {
            assertTrue(new PDFTextStripper().getText(d).contains(familyName));
        }
    }

    @Test
    void thePasswordComesFromItsFileAndALoginWithoutOneIsRefusedInWords() throws Exception {
        desk.desk().settings().put(Setting.SMTP_HOST, "mail.example.org", adminId);
        desk.desk().settings().put(Setting.SMTP_USER, "desk@example.org", adminId);
        WebClient c = desk.staff("fd-settings", Role.FRONT_DESK);
        WebClient.Response noFile = send(c, 1);
        assertEquals(409, noFile.status());
        assertTrue(outcome(noFile).contains("cannot be used") && outcome(noFile).contains("no password file"), outcome(noFile));

        Path file = desk.dataDir.resolveSibling("smtp-password");
        Files.writeString(file, "s3cret pass\nsecond line\n", StandardCharsets.UTF_8);
        desk.desk().settings().put(Setting.SMTP_PASSWORD_FILE, file.toString(), adminId);
        var settings = AftercareMail.settings(desk.desk().settings()).orElseThrow();
        assertEquals("mail.example.org", settings.host());
        assertEquals(AftercareMail.DEFAULT_PORT, settings.port());
        assertTrue(settings.startTls(), "STARTTLS unless switched off");
        assertEquals("desk@example.org", settings.username());
        assertEquals("s3cret pass", settings.password());
        assertFalse(desk.desk().settings().all().containsValue("s3cret pass"), "the password is not in the database");
    }
}
