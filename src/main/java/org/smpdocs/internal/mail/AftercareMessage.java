package org.smpdocs.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * A composed aftercare e-mail and what identifies it: the case, the session and the SHA-256 of the
 * sheet's content as the patient reads it (its text and HTML bodies, which leave out the issue
 * time). The same sheet composed again has the same content hash.
 */
public record AftercareMessage(MimeMessage message, String caseId, int session, String contentSha256) {

    /** The message as an RFC 5322 file ({@code .eml}). */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the aftercare e-mail of case " + caseId + " could not be written",
                    e);
        }
    }
}
