package org.smpdocs.internal.signing;

import static org.smpdocs.internal.xhtml.XmlText.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.smpdocs.SignatureEvidence;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XhtmlParser;

/**
 * The page appended to a signed document, as e-signature services add a completion certificate:
 * what was signed (title, case and patient ids, the SHA-256 of the issued PDF the signers saw),
 * when and in whose presence, a row for every signature, initials and choice with the signer's
 * role and name, the method and the device, and the box the clinic's seal goes over (an empty
 * signature field named {@value #SEAL_FIELD}). Ids and hashes only: no clinical content.
 */
public final class EvidencePage {
    /** The signature field the clinic's seal signs. */
    public static final String SEAL_FIELD = "clinic-seal";
    /** Times on the page: to the second, in UTC, so that they compare with the archive's. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final XhtmlParser PARSER = new XhtmlParser();

    private EvidencePage() {
    }

    /**
     * @param title the signed document's title
     * @param clinic the clinic's name, for the seal's box
     */
    public static XhtmlDocument of(String title, String clinic, String caseId, String patientId, String issuedSha256,
            Instant signedAt, String witness, List<SignatureEvidence> evidence) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Signing evidence</title></head><body>\n");
        b.append("<h2>Signing evidence</h2>\n");
        b.append("<p>This page records how the document before it was signed. Each signature, set of initials and ")
                .append("choice below was made on the document whose SHA-256 fingerprint is shown, in the presence of ")
                .append("the staff member named, and recorded at the time shown. The clinic's seal then covers the whole ")
                .append("file: any later change to it shows when the seal is checked.</p>\n");
        b.append("<table class=\"facts evidence-facts\"><tbody>\n");
        row(b, "Document", title);
        row(b, "Case", caseId);
        row(b, "Patient id", patientId);
        row(b, "Issued document (SHA-256)", issuedSha256);
        row(b, "Signing recorded", TIME.format(signedAt));
        row(b, "Staff witness", witness);
        b.append("</tbody></table>\n");
        b.append("<table class=\"record evidence\"><thead><tr><th>Field</th><th>Signer</th><th>Entry</th><th>Method</th>")
                .append("<th>Device</th><th>Recorded</th></tr></thead><tbody>\n");
        for (SignatureEvidence e : evidence) {
            b.append("<tr><td>").append(escape(e.field())).append("</td><td>")
                    .append(escape(role(e.role()))).append(e.name().isEmpty() ? "" : ": " + escape(e.name()))
                    .append("</td><td>").append(escape(entry(e))).append("</td><td>")
                    .append(escape(e.method().map(m -> m.description()).orElse("")))
                    .append("</td><td>").append(escape(e.device().orElse(""))).append("</td><td>")
                    .append(escape(TIME.format(e.signedAt()))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        b.append("<section class=\"seal\"><p class=\"seal-text\"><strong>Sealed by ").append(escape(clinic))
                .append(" at signing, ").append(escape(TIME.format(signedAt)))
                .append("</strong>: the clinic's digital seal covers this whole file, so that any change to it shows. ")
                .append("A PDF reader's signature panel shows whether the seal is there and valid; without it, this ")
                .append("document is not sealed.</p>")
                .append("<span class=\"field\" data-kind=\"signature\" data-field=\"").append(SEAL_FIELD)
                .append("\"></span></section>\n");
        b.append("</body></html>\n");
        return PARSER.parse(b.toString(), "evidence page");
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String role(String role) {
        return role.isEmpty() ? "Signer" : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

    private static String entry(SignatureEvidence e) {
        if (e.ticked().isPresent()) {
            return "choice: " + (e.ticked().get() ? "ticked" : "not ticked");
        }
        return e.what();
    }
}
