package org.smpdocs.internal.mail;

import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * The mail server cannot be used at all — unreachable after every retry, the login refused, no
 * STARTTLS, a certificate not trusted — so no further message of the batch can go either.
 */
public final class MailServerException extends SmpDocsException {
    private static final long serialVersionUID = 1L;

    public MailServerException(String message, Throwable cause) {
        super(ErrorCode.OUTPUT, message, cause);
    }
}
