package org.smpdocs.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.mail.AftercareDispatch;
import org.smpdocs.internal.mail.AftercareEmail;
import org.smpdocs.internal.mail.MailServerException;
import org.smpdocs.internal.mail.SentLog;
import org.smpdocs.internal.mail.SmtpSender;
import org.smpdocs.internal.mail.SmtpSettings;
import org.smpdocs.internal.store.Setting;
import org.smpdocs.internal.store.Settings;
import org.smpdocs.model.PatientCase;

/**
 * The aftercare e-mail from the front desk: the same composition, sender, retries and sent-log as
 * {@code smp-docs email --smtp} ({@link AftercareDispatch}), to the mail server the administrator
 * set ({@link Setting#SMTP_HOST} and the others; the password read from the file named, never kept
 * in the database), with the sent-log {@code mail/sent-log.jsonl} in the data directory. One message
 * at a time: the sent-log and the sender are not for parallel use. Fewer, shorter retries than the
 * command line's, since someone waits at the desk for the answer. Outcomes are said in plain words
 * without any patient value; the log names only what kind of outcome it was.
 */
final class AftercareMail {
    /** The sent-log, in the data directory. */
    static final String SENT_LOG = "mail/sent-log.jsonl";
    /** Two tries a second apart: the desk learns soon that the server is down. */
    static final SmtpSettings.Retry RETRY = new SmtpSettings.Retry(2, Duration.ofSeconds(1), Duration.ofSeconds(2));
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final int DEFAULT_PORT = 587;

    private static final Logger LOG = Logger.getLogger("org.smpdocs.web");

    private final FrontDesk desk;
    /** One message at a time, and no reading of the sent-log while one is appended. */
    private static final Object LOCK = new Object();

    AftercareMail(FrontDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** What became of one attempt to send, in words for the page. */
    record Outcome(int session, Result result, String message) {
        enum Result {
            /** The mail server accepted it now. */
            SENT,
            /** The sent-log shows this sheet went before: not sent again. */
            SENT_BEFORE,
            /** No mail server is set up, or its settings cannot be used. */
            NOT_SET_UP,
            /** Refused, or the server could not be used, or the case lacks what the message needs. */
            FAILED
        }

        /** Whether the patient has the message, now or from before. */
        boolean went() {
            return result == Result.SENT || result == Result.SENT_BEFORE;
        }
    }

    /** The sent-log's path. */
    Path sentLogFile() {
        return desk.dataDir().resolve(SENT_LOG);
    }

    /** What the sent-log shows was sent for this case, oldest first. */
    List<SentLog.Entry> sent(String caseId) {
        synchronized (LOCK) {
            return openSentLog().entries().stream().filter(e -> e.caseId().equals(caseId)).toList();
        }
    }

    /** Sends session {@code session}'s aftercare e-mail (with the treatment report when asked), unless sent before. */
    Outcome send(PatientCase c, int session, boolean withReport) {
        SmtpSettings settings;
        try {
            Optional<SmtpSettings> configured = settings(desk.settings());
            if (configured.isEmpty()) {
                return new Outcome(session, Outcome.Result.NOT_SET_UP, "Not sent: no mail server is set up. The administrator sets it "
                        + "under Administration.");
            }
            settings = configured.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Outcome(session, Outcome.Result.NOT_SET_UP, "Not sent: the mail server's settings cannot be used (" + e.getMessage()
                    + "). The administrator corrects them under Administration.");
        }
        synchronized (LOCK) {
            try (SmtpSender sender = new SmtpSender(settings)) {
                AftercareDispatch dispatch = new AftercareDispatch(new AftercareEmail(desk.engine()), sender,
                        openSentLog(), desk.clock());
                AftercareDispatch.Outcome o = dispatch.dispatch(c, session, withReport);
                LOG.info(() -> "aftercare e-mail: " + o.status());
                return switch (o.status()) {
                    case SENT -> new Outcome(o.session(), Outcome.Result.SENT, "Sent: the mail server accepted the aftercare e-mail of "
                            + "session " + o.session() + " (" + o.reply() + ").");
                    case ALREADY_SENT -> new Outcome(o.session(), Outcome.Result.SENT_BEFORE, "Not sent again: this aftercare sheet of session "
                            + o.session() + " was sent before, as the sent-log shows.");
                    case REJECTED -> new Outcome(o.session(), Outcome.Result.FAILED, "Not sent: the mail server refused the message ("
                            + o.reply() + "). Check the patient's e-mail address.");
                    case DEFERRED -> new Outcome(o.session(), Outcome.Result.FAILED, "Not sent: the mail server refused the message for "
                            + "now (" + o.reply() + "). Try again later.");
                };
            } catch (InvalidInputException e) {
                LOG.info("aftercare e-mail: not composed, the case has problems");
                return new Outcome(session, Outcome.Result.FAILED, "Not sent: " + String.join("; ", CaseDocuments.problems(e)) + ".");
            } catch (MailServerException e) {
                LOG.info("aftercare e-mail: the mail server could not be used");
                return new Outcome(session, Outcome.Result.FAILED, "Not sent: the mail server could not be used (" + e.getMessage()
                        + "). Nothing was recorded as sent; try again later, or ask the administrator to check the "
                        + "settings under Administration.");
            } catch (SmpDocsException e) {
                LOG.info("aftercare e-mail: failed, " + e.code());
                return new Outcome(session, Outcome.Result.FAILED, "Not sent: " + e.getMessage());
            }
        }
    }

    private SentLog openSentLog() {
        try {
            Files.createDirectories(sentLogFile().getParent());
        } catch (IOException e) {
            throw new SmpDocsException(org.smpdocs.ErrorCode.OUTPUT, "the folder of the sent-log cannot be created: "
                    + e.getClass().getSimpleName(), e);
        }
        return new SentLog(sentLogFile());
    }

    /**
     * The mail server the administrator set; empty when no host is set.
     *
     * @throws IllegalArgumentException when the settings do not go together (a password without STARTTLS)
     * @throws IllegalStateException when the password file cannot be read
     */
    static Optional<SmtpSettings> settings(Settings settings) {
        Optional<String> host = settings.get(Setting.SMTP_HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = settings.get(Setting.SMTP_PORT).map(Integer::parseInt).orElse(DEFAULT_PORT);
        SmtpSettings s = SmtpSettings.of(host.get(), port).withTimeout(TIMEOUT).withRetry(RETRY);
        if (!settings.get(Setting.SMTP_STARTTLS).map(Boolean::parseBoolean).orElse(true)) {
            s = s.withoutStartTls();
        }
        Optional<String> user = settings.get(Setting.SMTP_USER);
        if (user.isPresent()) {
            Path file = settings.get(Setting.SMTP_PASSWORD_FILE).map(Path::of)
                    .orElseThrow(() -> new IllegalStateException("a user name is set but no password file"));
            s = s.withLogin(user.get(), password(file));
        }
        return Optional.of(s);
    }

    /** The first line of the password file. */
    private static String password(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalStateException("the password file is empty");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new IllegalStateException("the password file cannot be read: " + e.getClass().getSimpleName(), e);
        }
    }
}
