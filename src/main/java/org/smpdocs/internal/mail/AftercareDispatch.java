package org.smpdocs.internal.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import org.smpdocs.InvalidInputException;
import org.smpdocs.model.PatientCase;

/**
 * Sends the aftercare e-mail of one session unless the sent-log shows the same sheet went out
 * before, and records it once the mail server has accepted it — never before, so a message the
 * server did not take is never marked sent.
 */
public final class AftercareDispatch {
    private final AftercareEmail email;
    private final SmtpSender sender;
    private final SentLog sentLog;
    private final Clock clock;

    public AftercareDispatch(AftercareEmail email, SmtpSender sender, SentLog sentLog, Clock clock) {
        this.email = email;
        this.sender = sender;
        this.sentLog = sentLog;
        this.clock = clock;
    }

    /** What became of one case's message. {@code reply} and {@code attempts} are empty and 0 when skipped. */
    public record Outcome(Status status, String caseId, int session, String reply, int attempts) {
        public enum Status {
            SENT,
            /** The sent-log shows this sheet was sent before. */
            ALREADY_SENT,
            REJECTED,
            DEFERRED
        }
    }

    /**
     * @throws InvalidInputException if the patient has no e-mail address
     * @throws MailServerException if the mail server cannot be used or reached
     */
    public Outcome dispatch(PatientCase c, int session, boolean withReport) {
        AftercareMessage m = email.compose(c, session, withReport);
        SentLog.Key key = new SentLog.Key(m.caseId(), m.session(), m.contentSha256());
        if (sentLog.contains(key)) {
            return new Outcome(Outcome.Status.ALREADY_SENT, m.caseId(), m.session(), "", 0);
        }
        Delivery d = sender.send(m.message());
        if (d.sent()) {
            sentLog.record(new SentLog.Entry(m.caseId(), m.session(), m.contentSha256(), messageId(m),
                    clock.instant().toString(), d.reply()));
            return new Outcome(Outcome.Status.SENT, m.caseId(), m.session(), d.reply(), d.attempts());
        }
        return new Outcome(d.status() == Delivery.Status.REJECTED ? Outcome.Status.REJECTED : Outcome.Status.DEFERRED,
                m.caseId(), m.session(), d.reply(), d.attempts());
    }

    private static String messageId(AftercareMessage m) {
        try {
            return m.message().getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("a composed message has no readable Message-ID", e);
        }
    }
}
