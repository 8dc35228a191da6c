package org.smpdocs.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;
import org.smpdocs.internal.mail.TlsSmtpServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code smp-docs email --smtp}: a batch against a real SMTP server with STARTTLS and a login. */
class EmailSendingCliTest {
    private static final String PASSWORD_VAR = "SMP_DOCS_SMTP_PASSWORD";

    @TempDir
    Path dir;

    private TlsSmtpServer server;
    private String stdout;
    private String stderr;

    @BeforeEach
    void start() {
        server = new TlsSmtpServer(true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(Map<String, String> environment, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), environment, args);
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    /** The e-mail command sending to the test server with a login from the environment. */
    private int send(List<String> extra, List<Path> cases) {
        List<String> args = new ArrayList<>(List.of("email", "--clinic", Samples.CLINIC.toString(),
                "--smtp", "localhost:" + server.port(), "--smtp-user", TlsSmtpServer.USER,
                "--smtp-password-env", PASSWORD_VAR, "--smtp-trust", TlsSmtpServer.certificate().toString(),
                "--smtp-retry-wait", "0", "--sent-log", dir.resolve("sent.jsonl").toString()));
        args.addAll(extra);
        cases.forEach(c -> args.add(c.toString()));
        return run(Map.of(PASSWORD_VAR, TlsSmtpServer.PASSWORD), args.toArray(String[]::new));
    }

    private List<String> sentLog() throws IOException {
        Path log = dir.resolve("sent.jsonl");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void aBatchIsSentOnceAndARerunSkipsEveryMessage() throws Exception {
        List<Path> cases = Samples.cases();
        assertEquals(0, send(List.of(), cases), stderr);
        assertEquals(cases.size(), server.received().size());
        assertTrue(stdout.endsWith(cases.size() + " sent, 0 skipped (sent before), 0 failed, of " + cases.size() + " cases\n"),
                stdout);
        assertTrue(stdout.contains("sent C-2026-0153 session 1 (250"), stdout);
        assertEquals(cases.size(), sentLog().size());
        assertEquals("", stderr, "no progress bar when standard error is not a terminal");

        assertEquals(0, send(List.of(), cases), stderr);
        assertEquals(cases.size(), server.received().size(), "nothing sent twice");
        assertTrue(stdout.contains("skipped C-2026-0142 session 2: sent before"), stdout);
        assertTrue(stdout.endsWith("0 sent, " + cases.size() + " skipped (sent before), 0 failed, of " + cases.size()
                + " cases\n"), stdout);
        assertEquals(cases.size(), sentLog().size());
    }

    @Test
    void aRefusedPatientAndAPatientWithoutAddressAreReportedAndTheRestGoOut() throws Exception {
        String refusedAddress = "mark.hollins@example.com";
        server.refusals.add(new TlsSmtpServer.Refusal(550, "5.1.1 <" + refusedAddress + ">: Recipient address rejected",
                refusedAddress));
        Path noAddress = dir.resolve("no-address.json");
        Files.writeString(noAddress, Files.readString(Samples.ROOT.resolve("cases/cyrillic-name.json"))
                .replaceFirst("\"email\": \"[^\"]*\",", ""), StandardCharsets.UTF_8);
        List<Path> cases = List.of(Samples.ROOT.resolve("cases/norwood6-density.json"), noAddress,
                Samples.ROOT.resolve("cases/greek-name.json"));

        assertEquals(ExitCodes.RENDER_OR_OUTPUT, send(List.of(), cases));
        assertTrue(stderr.contains("failed: norwood6-density.json (C-2026-0142 session 2): refused by the mail server "
                + "(550 5.1.1)"), stderr);
        assertTrue(stderr.contains("invalid: no-address.json: 1 problem") && stderr.contains("patient.email: required-for-email"),
                stderr);
        assertTrue(stdout.endsWith("1 sent, 0 skipped (sent before), 2 failed, of 3 cases\n"), stdout);
        assertFalse((stdout + stderr).contains(refusedAddress) || (stdout + stderr).contains("Hollins"),
                "no patient values in the output, though the server's reply quoted the address");
        assertEquals(1, server.received().size());
        assertEquals(1, sentLog().size());
        assertTrue(sentLog().get(0).contains("C-2026-0153"));
    }

    @Test
    void aServerThatIsDownStopsTheBatchWithNothingMarkedSent() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<Path> cases = Samples.cases();
        int code = run(Map.of(), "email", "--clinic", Samples.CLINIC.toString(), "--smtp", "127.0.0.1:" + port,
                "--smtp-no-starttls", "--smtp-attempts", "2", "--smtp-retry-wait", "0",
                "--sent-log", dir.resolve("sent.jsonl").toString(), cases.get(0).toString(), cases.get(1).toString());
        assertEquals(ExitCodes.RENDER_OR_OUTPUT, code);
        assertTrue(stderr.contains("error: SMP-OUTPUT: 127.0.0.1:" + port + ": no connection to the server, 2 attempts"),
                stderr);
        assertTrue(stderr.contains("stopped: 2 cases not sent"), stderr);
        assertTrue(stdout.endsWith("0 sent, 0 skipped (sent before), 2 failed, of 2 cases\n"), stdout);
        assertEquals(List.of(), sentLog());
    }

    @Test
    void thePasswordComesFromAFileAndAReadableFileIsWarnedAbout() throws Exception {
        Path file = dir.resolve("smtp-password");
        Files.writeString(file, TlsSmtpServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        int code = run(Map.of(), "email", "--clinic", Samples.CLINIC.toString(), "--smtp", "localhost:" + server.port(),
                "--smtp-user", TlsSmtpServer.USER, "--smtp-password-file", file.toString(),
                "--smtp-trust", TlsSmtpServer.certificate().toString(), "--sent-log", dir.resolve("sent.jsonl").toString(),
                Samples.ROOT.resolve("cases/greek-name.json").toString());
        assertEquals(0, code, stderr);
        assertTrue(stderr.contains("warning: other users can read the password file"), stderr);
        assertEquals(TlsSmtpServer.USER, server.received().get(0).login());
    }

    @Test
    void aWrongPasswordStopsTheBatch() throws Exception {
        int code = run(Map.of(PASSWORD_VAR, "wrong"), "email", "--clinic", Samples.CLINIC.toString(),
                "--smtp", "localhost:" + server.port(), "--smtp-user", TlsSmtpServer.USER, "--smtp-password-env",
                PASSWORD_VAR, "--smtp-trust", TlsSmtpServer.certificate().toString(),
                "--sent-log", dir.resolve("sent.jsonl").toString(), Samples.ROOT.resolve("cases/greek-name.json").toString());
        assertEquals(ExitCodes.RENDER_OR_OUTPUT, code);
        assertTrue(stderr.contains("the server refused the login (535)"), stderr);
        assertFalse(stderr.contains("wrong"), "the password is never printed");
        assertEquals(List.of(), server.received());
        assertEquals(List.of(), sentLog());
    }

    @Test
    void unsafeOrIncompleteSettingsAreUsageErrors() {
        String sentLog = dir.resolve("sent.jsonl").toString();
        String smtp = "localhost:" + server.port();
        String c = Samples.ROOT.resolve("cases/greek-name.json").toString();
        String clinic = Samples.CLINIC.toString();
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--smtp", smtp,
                "--smtp-user", "u", "--smtp-password", "secret", "--sent-log", sentLog, c), "no password option exists");
        assertEquals(ExitCodes.USAGE, run(Map.of(PASSWORD_VAR, "x"), "email", "--clinic", clinic, "--smtp", smtp,
                "--smtp-user", "u", "--smtp-password-env", PASSWORD_VAR, "--smtp-no-starttls", "--sent-log", sentLog, c));
        assertTrue(stderr.contains("a password is only sent over TLS"), stderr);
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--smtp", smtp, c));
        assertTrue(stderr.contains("--sent-log FILE is required with --smtp"), stderr);
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--smtp", smtp, "--smtp-user", "u",
                "--smtp-password-env", PASSWORD_VAR, "--sent-log", sentLog, c));
        assertTrue(stderr.contains("environment variable " + PASSWORD_VAR + " is not set"), stderr);
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--smtp", "localhost:0", "--sent-log",
                sentLog, c));
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--smtp", smtp, "--eml",
                dir.toString(), "--sent-log", sentLog, c), "files or a server, not both");
        assertEquals(ExitCodes.USAGE, run(Map.of(), "email", "--clinic", clinic, "--eml", dir.toString(),
                "--sent-log", sentLog, "--smtp-no-starttls", c));
        assertTrue(stderr.contains("--smtp-no-starttls, --sent-log only go with --smtp")
                || stderr.contains("--sent-log, --smtp-no-starttls only go with --smtp"), stderr);
        assertEquals(List.of(), server.received());
    }
}
