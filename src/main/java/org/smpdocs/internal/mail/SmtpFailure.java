package org.smpdocs.internal.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Why sending a message failed, sorted by what to do about it. Descriptions hold reply codes and
 * exception types only: a server's reply text and Jakarta Mail's messages can quote addresses.
 */
record SmtpFailure(Kind kind, String reply, String description) {
    private static final Pattern REPLY = Pattern.compile("^\\s*(\\d{3})(?:[ -](\\d\\.\\d{1,3}\\.\\d{1,3}))?");

    enum Kind {
        /** No connection, a dropped one or a 4xx greeting: try again later, and stop the batch if it lasts. */
        CONNECTION,
        /** A 4xx reply to this message: try it again later. */
        TEMPORARY,
        /** A 5xx reply to this message: give it up, go on with the next. */
        PERMANENT,
        /** The server cannot be used (login refused, no STARTTLS, TLS failed): stop the batch. */
        UNUSABLE
    }

    /**
     * @param lastReturnCode the transport's last reply code, or -1 without a transport
     */
    static SmtpFailure of(MessagingException e, int lastReturnCode) {
        if (e instanceof AuthenticationFailedException) {
            return isTemporary(lastReturnCode) ? new SmtpFailure(Kind.CONNECTION, code(lastReturnCode),
                    "the server refused the login for now (" + lastReturnCode + ")")
                    : new SmtpFailure(Kind.UNUSABLE, code(lastReturnCode), "the server refused the login"
                            + (lastReturnCode > 0 ? " (" + lastReturnCode + ")" : ""));
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            return new SmtpFailure(Kind.UNUSABLE, "", "TLS with the server failed (" + tls.getClass().getSimpleName()
                    + ": " + tls.getMessage() + ")");
        }
        if (e.getMessage() != null && e.getMessage().startsWith("STARTTLS is required")) {
            return new SmtpFailure(Kind.UNUSABLE, "", "the server does not offer STARTTLS, which is required");
        }
        SmtpFailure replied = replied(e);
        if (replied != null) {
            return replied;
        }
        if (e instanceof MailConnectException) {
            return new SmtpFailure(Kind.CONNECTION, "", "no connection to the server");
        }
        IOException io = find(e, IOException.class);
        if (io != null) {
            return new SmtpFailure(Kind.CONNECTION, "", "the connection failed (" + io.getClass().getSimpleName() + ")");
        }
        if (isTemporary(lastReturnCode)) {
            return new SmtpFailure(Kind.CONNECTION, code(lastReturnCode), "the server is not available now ("
                    + lastReturnCode + ")");
        }
        return new SmtpFailure(Kind.UNUSABLE, code(lastReturnCode), "the server cannot be used ("
                + e.getClass().getSimpleName() + (lastReturnCode > 0 ? ", " + lastReturnCode : "") + ")");
    }

    /** A reply the server gave to this message (MAIL, RCPT or DATA), if that is what failed. */
    private static SmtpFailure replied(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            int rc;
            if (x instanceof SMTPAddressFailedException a) {
                rc = a.getReturnCode();
            } else if (x instanceof SMTPSendFailedException s) {
                rc = s.getReturnCode();
            } else {
                continue;
            }
            String reply = reply(rc, x.getMessage());
            if (rc == 530 || rc == 534 || rc == 535 || rc == 538) {
                return new SmtpFailure(Kind.UNUSABLE, reply, "the server wants a login or TLS first (" + reply + ")");
            }
            if (isTemporary(rc)) {
                return new SmtpFailure(Kind.TEMPORARY, reply, "refused for now (" + reply + ")");
            }
            if (rc >= 500) {
                return new SmtpFailure(Kind.PERMANENT, reply, "refused (" + reply + ")");
            }
        }
        return null;
    }

    /** "550 5.1.1" from a reply such as "550 5.1.1 &lt;someone@example.org&gt;: no such user". */
    static String reply(int code, String text) {
        Matcher m = REPLY.matcher(text == null ? "" : text);
        if (m.find() && Integer.parseInt(m.group(1)) == code && m.group(2) != null) {
            return code + " " + m.group(2);
        }
        return code(code);
    }

    private static String code(int code) {
        return code > 0 ? Integer.toString(code) : "";
    }

    private static boolean isTemporary(int code) {
        return code >= 400 && code < 500;
    }

    /** The first of {@code e} and its causes (for Jakarta Mail, its next exceptions) of the type. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
