package org.smpdocs.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Sends messages to the clinic's mail server over one connection, opened on first use and again
 * after a failure. A transient failure (no connection, a 4xx reply) is tried again after a growing
 * wait; a 5xx reply gives that message up; a server that cannot be used — or cannot be reached
 * after every attempt — ends with a {@link MailServerException}. Not thread-safe: one sender per
 * batch.
 */
public final class SmtpSender implements AutoCloseable {
    private final SmtpSettings settings;
    private final Session session;
    private SMTPTransport transport;

    public SmtpSender(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String millis = Long.toString(s.timeout().toMillis());
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", Boolean.toString(s.username() != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(s.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(s.startTls()));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        if (s.trust() != null) {
            p.put("mail.smtp.ssl.socketFactory", s.trust());
        }
        return p;
    }

    /**
     * Sends {@code message} to its recipients.
     *
     * @return sent, or given up after a 5xx or after every attempt met a 4xx
     * @throws MailServerException if the server cannot be used or reached
     */
    public Delivery send(MimeMessage message) {
        SmtpSettings.Retry retry = settings.retry();
        for (int attempt = 1;; attempt++) {
            try {
                SMTPTransport t = connected();
                t.sendMessage(message, message.getAllRecipients());
                return new Delivery(Delivery.Status.SENT, SmtpFailure.reply(t.getLastReturnCode(),
                        t.getLastServerResponse()), attempt);
            } catch (MessagingException e) {
                SmtpFailure failure = SmtpFailure.of(e, transport == null ? -1 : transport.getLastReturnCode());
                disconnect();
                switch (failure.kind()) {
                    case PERMANENT:
                        return new Delivery(Delivery.Status.REJECTED, failure.reply(), attempt);
                    case UNUSABLE:
                        throw new MailServerException(where() + ": " + failure.description(), e);
                    default:
                        if (attempt == retry.attempts()) {
                            if (failure.kind() == SmtpFailure.Kind.TEMPORARY) {
                                return new Delivery(Delivery.Status.DEFERRED, failure.reply(), attempt);
                            }
                            throw new MailServerException(where() + ": " + failure.description() + ", " + attempt
                                    + (attempt == 1 ? " attempt" : " attempts"), e);
                        }
                        pause(retry.delayAfter(attempt));
                }
            }
        }
    }

    private SMTPTransport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            disconnect();
            try {
                transport = (SMTPTransport) session.getTransport("smtp");
            } catch (NoSuchProviderException e) {
                throw new IllegalStateException("Angus Mail's SMTP provider is missing", e);
            }
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        }
        return transport;
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmpDocsException(ErrorCode.OUTPUT, "sending was interrupted", e);
        }
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    @Override
    public void close() {
        disconnect();
        transport = null;
    }
}
