package org.smpdocs.internal.mail;

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
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.mail.AftercareDispatch.Outcome;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sending the aftercare e-mail to real SMTP servers in this JVM: GreenMail for delivery and its
 * plain SMTP, SubEthaSMTP for STARTTLS, logins and scripted 4xx/5xx replies. Whatever happens,
 * the sent-log holds exactly the messages a server accepted.
 */
class SmtpSendingTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final SmtpSettings.Retry QUICK = new SmtpSettings.Retry(3, Duration.ofMillis(20), Duration.ofMillis(40));

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private final SmpDocs engine = Samples.engine();
    private final AftercareEmail email = new AftercareEmail(engine);
    private TlsSmtpServer tls;

    @AfterEach
    void stop() {
        if (tls != null) {
            tls.close();
        }
    }

    private PatientCase read(String name) {
        return engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
    }

    private Path sentLog() {
        return dir.resolve("sent.jsonl");
    }

    private List<String> sentLines() throws IOException {
        return Files.exists(sentLog()) ? Files.readAllLines(sentLog(), StandardCharsets.UTF_8) : List.of();
    }

    private Outcome dispatch(SmtpSettings settings, PatientCase c) {
        try (SmtpSender sender = new SmtpSender(settings)) {
            return new AftercareDispatch(email, sender, new SentLog(sentLog()), Samples.CLOCK).dispatch(c, 0, false);
        }
    }

    private SmtpSettings greenMailPlain() {
        return SmtpSettings.of("localhost", GREENMAIL.getSmtp().getPort()).withoutStartTls().withRetry(QUICK);
    }

    /** STARTTLS to the test server, trusting its certificate; a login unless {@code password} is null. */
    private SmtpSettings tlsLogin(String password) {
        SmtpSettings s = SmtpSettings.of("localhost", tls.port())
                .withTrust(TrustedCertificates.socketFactory(TlsSmtpServer.certificate())).withRetry(QUICK);
        return password == null ? s : s.withLogin(TlsSmtpServer.USER, password);
    }

    @Test
    void greenMailReceivesTheAftercareMessageWhole() throws Exception {
        PatientCase c = read("greek-name.json");
        AftercareMessage composed = email.compose(c, 0, false);
        Outcome outcome = dispatch(greenMailPlain(), c);

        assertEquals(Outcome.Status.SENT, outcome.status());
        assertEquals(1, outcome.attempts());
        assertTrue(outcome.reply().startsWith("250"), outcome.reply());
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals(composed.message().getMessageID(), m.getMessageID());
        assertEquals("Οδηγίες φροντίδας μετά τη συνεδρία SMP της 12 Νοεμβρίου 2026", m.getSubject());
        InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertEquals("Αλέξανδρος Παπαδόπουλος", to.getPersonal(), "the Greek name survives the trip through the server");
        assertEquals(c.patient().email(), to.getAddress());
        assertEquals(engine.clinic().name(), ((InternetAddress) m.getFrom()[0]).getPersonal());

        Multipart mixed = (Multipart) m.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        String washDay = DAY.format(c.latestSession().orElseThrow().date().plusDays(3));
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains(washDay));
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        assertTrue(related.getBodyPart(0).isMimeType("text/html"));
        assertTrue(((String) related.getBodyPart(0).getContent()).contains(washDay));
        Part pdf = mixed.getBodyPart(1);
        assertEquals("C-2026-0153-aftercare-s1.pdf", pdf.getFileName());
        String pdfText = Samples.text(pdf.getInputStream().readAllBytes());
        assertTrue(pdfText.contains("Αλέξανδρος Παπαδόπουλος") && pdfText.contains(washDay), "a valid PDF with name and dates");

        List<String> lines = sentLines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"caseId\":\"C-2026-0153\"") && lines.get(0).contains("\"session\":1")
                && lines.get(0).contains("\"contentSha256\":\"" + composed.contentSha256() + "\""), lines.get(0));
        assertFalse(lines.get(0).contains(c.patient().email()) || lines.get(0).contains(c.patient().familyName()),
                "no patient values in the sent-log");
    }

    @Test
    void aServerWithoutStartTlsGetsNothingWhenStartTlsIsRequired() throws Exception {
        SmtpSettings required = SmtpSettings.of("localhost", GREENMAIL.getSmtp().getPort()).withRetry(QUICK);
        MailServerException e = assertThrows(MailServerException.class, () -> dispatch(required, read("greek-name.json")));
        assertTrue(e.getMessage().contains("does not offer STARTTLS, which is required"), e.getMessage());
        assertEquals(0, GREENMAIL.getReceivedMessages().length);
        assertEquals(List.of(), sentLines());
    }

    @Test
    void startTlsAndLogin() throws Exception {
        tls = new TlsSmtpServer(true);
        PatientCase c = read("cyrillic-name.json");
        Outcome outcome = dispatch(tlsLogin(TlsSmtpServer.PASSWORD), c);
        assertEquals(Outcome.Status.SENT, outcome.status());
        TlsSmtpServer.Received r = tls.received().get(0);
        assertEquals(TlsSmtpServer.USER, r.login(), "logged in over the TLS the server requires");
        assertEquals(List.of(c.patient().email()), r.recipients());
        MimeMessage m = r.message();
        assertEquals(c.patient().givenName() + " " + c.patient().familyName(),
                ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal());
        assertEquals(1, sentLines().size());
    }

    @Test
    void aRefusedLoginStopsAndMarksNothingSent() throws Exception {
        tls = new TlsSmtpServer(true);
        MailServerException e = assertThrows(MailServerException.class,
                () -> dispatch(tlsLogin("not the password"), read("cyrillic-name.json")));
        assertTrue(e.getMessage().contains("the server refused the login (535)"), e.getMessage());
        assertEquals(List.of(), tls.received());
        assertEquals(List.of(), sentLines());
    }

    @Test
    void anUntrustedCertificateStopsBeforeAnythingIsSent() throws Exception {
        tls = new TlsSmtpServer(false);
        SmtpSettings jvmTrust = SmtpSettings.of("localhost", tls.port()).withRetry(QUICK);
        MailServerException e = assertThrows(MailServerException.class, () -> dispatch(jvmTrust, read("greek-name.json")));
        assertTrue(e.getMessage().contains("TLS with the server failed"), e.getMessage());
        assertEquals(List.of(), tls.received());
        assertEquals(List.of(), sentLines());
    }

    @Test
    void aServerThatIsDownIsTriedAgainThenGivenUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SmtpSettings down = SmtpSettings.of("localhost", port).withoutStartTls().withRetry(QUICK);
        MailServerException e = assertThrows(MailServerException.class, () -> dispatch(down, read("greek-name.json")));
        assertTrue(e.getMessage().contains("localhost:" + port + ": no connection to the server, 3 attempts"), e.getMessage());
        assertEquals(List.of(), sentLines());
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAndThenSent() throws Exception {
        tls = new TlsSmtpServer(false);
        PatientCase c = read("norwood6-density.json");
        tls.refusals.add(new TlsSmtpServer.Refusal(450, "4.2.1 <" + c.patient().email() + ">: busy", c.patient().email()));
        tls.refusals.add(new TlsSmtpServer.Refusal(451, "4.3.0 Try again later", null));
        Outcome outcome = dispatch(tlsLogin(null), c);
        assertEquals(Outcome.Status.SENT, outcome.status());
        assertEquals(3, outcome.attempts(), "a 450 to the recipient, a 451 to the data, then accepted");
        assertEquals(1, tls.received().size(), "delivered once");
        assertEquals(1, sentLines().size());
    }

    @Test
    void aRefusalForNowOnEveryAttemptIsNotMarkedSent() throws Exception {
        tls = new TlsSmtpServer(false);
        for (int i = 0; i < 3; i++) {
            tls.refusals.add(new TlsSmtpServer.Refusal(452, "4.2.2 Mailbox full", null));
        }
        Outcome outcome = dispatch(tlsLogin(null), read("norwood6-density.json"));
        assertEquals(new Outcome(Outcome.Status.DEFERRED, "C-2026-0142", 2, "452 4.2.2", 3), outcome);
        assertEquals(List.of(), tls.received());
        assertEquals(List.of(), sentLines());
    }

    @Test
    void aPermanentRefusalGivesUpThatMessageAndTheNextOneGoes() throws Exception {
        tls = new TlsSmtpServer(false);
        PatientCase refused = read("norwood6-density.json");
        tls.refusals.add(new TlsSmtpServer.Refusal(550, "5.1.1 <" + refused.patient().email() + ">: no such mailbox",
                refused.patient().email()));
        try (SmtpSender sender = new SmtpSender(tlsLogin(null))) {
            AftercareDispatch dispatch = new AftercareDispatch(email, sender, new SentLog(sentLog()), Samples.CLOCK);
            Outcome first = dispatch.dispatch(refused, 0, false);
            assertEquals(new Outcome(Outcome.Status.REJECTED, "C-2026-0142", 2, "550 5.1.1", 1), first,
                    "the reply code only: the server's text quotes the address");
            assertEquals(Outcome.Status.SENT, dispatch.dispatch(read("greek-name.json"), 0, false).status());
        }
        assertEquals(1, tls.received().size());
        List<String> lines = sentLines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("C-2026-0153"), lines.get(0));
    }

    @Test
    void theSameSheetIsNeverSentTwiceAcrossRuns() throws Exception {
        tls = new TlsSmtpServer(false);
        PatientCase c = read("norwood6-density.json");
        assertEquals(Outcome.Status.SENT, dispatch(tlsLogin(null), c).status());
        assertEquals(new Outcome(Outcome.Status.ALREADY_SENT, "C-2026-0142", 2, "", 0), dispatch(tlsLogin(null), c),
                "a second run reads the sent-log again");
        SmpDocs later = SmpDocs.builder().clinicProfile(Samples.CLINIC)
                .clock(Clock.offset(Samples.CLOCK, Duration.ofDays(2))).build();
        try (SmtpSender sender = new SmtpSender(tlsLogin(null))) {
            Outcome rerendered = new AftercareDispatch(new AftercareEmail(later), sender, new SentLog(sentLog()),
                    Samples.CLOCK).dispatch(later.readCase(Samples.ROOT.resolve("cases/norwood6-density.json")), 0, false);
            assertEquals(Outcome.Status.ALREADY_SENT, rerendered.status(), "the same sheet issued two days later");
            Outcome otherSession = new AftercareDispatch(email, sender, new SentLog(sentLog()), Samples.CLOCK)
                    .dispatch(c, 1, false);
            assertEquals(Outcome.Status.SENT, otherSession.status(), "another session's sheet is another message");
        }
        assertEquals(2, tls.received().size());
        assertEquals(2, sentLines().size());
    }

    @Test
    void aSentLogWithAnIncompleteLastLineIsNotUsed() throws Exception {
        Files.writeString(sentLog(), "{\"caseId\":\"C-2026-0142\",\"session\":2,\"conte");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> new SentLog(sentLog()));
        assertTrue(e.getMessage().contains("sent.jsonl ends with an incomplete line"), e.getMessage());
        assertArrayEquals("{\"caseId\":\"C-2026-0142\",\"session\":2,\"conte".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(sentLog()), "left as it is");
    }

    @Test
    void aPasswordIsNeverSentWithoutTls() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("localhost", 25).withLogin("user", "secret").withoutStartTls());
        assertTrue(e.getMessage().contains("only sent over TLS"));
        assertFalse(SmtpSettings.of("localhost", 25).withLogin("user", "secret").toString().contains("secret"));
        assertNull(SmtpSettings.of("localhost", 25).username());
    }
}
