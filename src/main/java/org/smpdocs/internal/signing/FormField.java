package org.smpdocs.internal.signing;

/**
 * One field of an issued document to be filled when it is signed.
 *
 * @param name the field's name, as the form field and the signing record call it
 * @param kind "signature", "date", "text", "initials" or "checkbox"
 * @param role whose field it is ("patient", "guardian", ...), empty when the document does not say
 * @param signer that person's name as the document prints it, empty when it prints none
 */
public record FormField(String name, String kind, String role, String signer) {
    /** Whether a person puts a mark here (a signature or initials), rather than a choice, text or a date. */
    public boolean isMark() {
        return kind.equals("signature") || kind.equals("initials");
    }

    /** How the evidence and the problems describe it: "signature", "initials", "choice", "date", "text". */
    public String what() {
        return kind.equals("checkbox") ? "choice" : kind;
    }
}
