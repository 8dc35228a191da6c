package org.smpdocs.internal.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.internal.digest.Sha256;

/**
 * One line of the audit log as its JSON holds it: every field spelled as the log writes it. The
 * hash chain is computed over these spellings ({@link AuditChain#hash}), so they never change: a
 * time as {@link Instant#toString()} writes it, a kind by its id, a format by its extension, a
 * hash in lower-case hex. A line becomes an {@link AuditEntry} only when every field is spelled
 * so; its entry then writes back as the same line. A signed record's line has three more fields,
 * {@code event} ("signed"), {@code completes} (the sequence number of the issued record it
 * completes) and {@code evidenceSha256}; an issued record's line has none of them, and is
 * written, and hashed, exactly as before they existed. Immutable.
 */
record AuditLine(
        long sequence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String event,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long completes,
        String issuedAt,
        String kind,
        String format,
        String caseId,
        String patientId,
        int session,
        String template,
        String templateVersion,
        String templateSetSha256,
        String inputSha256,
        String documentSha256,
        long size,
        @JsonInclude(JsonInclude.Include.NON_NULL) String evidenceSha256,
        String previous,
        String hash) {

    /** The one event a line names: the record is the signed document that completes an issued one. */
    static final String SIGNED = "signed";
    private static final String KINDS = Arrays.stream(DocumentKind.values()).map(DocumentKind::id)
            .collect(Collectors.joining(", "));
    private static final String FORMATS = Arrays.stream(OutputFormat.values()).filter(OutputFormat::isDocument)
            .map(OutputFormat::extension)
            .collect(Collectors.joining(", "));

    /** A line that is not an audit entry; {@link #getMessage()} says why, without quoting the line. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason == null ? "not a well-formed audit entry" : "not a well-formed audit entry: " + reason);
        }
    }

    /** The line of an entry. */
    static AuditLine of(AuditEntry e) {
        return of(e.sequence(), e.document(), e.previous(), e.hash());
    }

    /** The line that records {@code d}; {@code hash} may be null, for a line about to be sealed. */
    static AuditLine of(long sequence, IssuedDocument d, Sha256 previous, Sha256 hash) {
        Completion c = d.completion();
        return new AuditLine(sequence, c == null ? null : SIGNED, c == null ? null : c.completes(), d.issuedAt().toString(),
                d.kind().id(), d.format().extension(), d.caseId(), d.patientId(), d.session(), d.template(),
                d.templateVersion(), d.templateSetSha256().hex(), d.inputSha256().hex(), d.sha256().hex(), d.size(),
                c == null ? null : c.evidenceSha256().hex(), previous.hex(), hash == null ? null : hash.hex());
    }

    /** The JSON of the line, without the line feed. */
    String json() {
        try {
            return AuditLog.JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a line of strings and numbers always serialises", e);
        }
    }

    /** The entry a line of the log holds. */
    static AuditEntry read(String text) throws Malformed {
        return parse(text).entry();
    }

    /** The fields of a line of the log, as spelled there; not checked. */
    static AuditLine parse(String text) throws Malformed {
        if (!text.startsWith("{")) {
            throw new Malformed(null);
        }
        try {
            return AuditLog.JSON.readValue(text, AuditLine.class);
        } catch (IOException e) {
            throw new Malformed(null);
        }
    }

    /** The entry this line holds, if every field is there and spelled as the log writes it. */
    AuditEntry entry() throws Malformed {
        if (sequence < 1) {
            throw new Malformed("its sequence is not a positive number");
        }
        if (session < 0) {
            throw new Malformed("its session is negative");
        }
        if (size < 0) {
            throw new Malformed("its size is negative");
        }
        OutputFormat f = formatOf(format);
        Completion completion = completion(f);
        IssuedDocument d = new IssuedDocument(time(issuedAt), kindOf(kind), f, present("caseId", caseId),
                present("patientId", patientId), session, present("template", template),
                present("templateVersion", templateVersion), sha256("templateSetSha256", templateSetSha256),
                sha256("inputSha256", inputSha256), sha256("documentSha256", documentSha256), size, completion);
        return new AuditEntry(sequence, d, sha256("previous", previous), sha256("hash", hash));
    }

    /** What a signed line adds, all three fields or none; null for an issued record's line. */
    private Completion completion(OutputFormat f) throws Malformed {
        if (event == null && completes == null && evidenceSha256 == null) {
            return null;
        }
        if (!SIGNED.equals(event)) {
            throw new Malformed(event == null ? "its event is missing" : "its event is not " + SIGNED);
        }
        if (completes == null) {
            throw new Malformed("its completes is missing");
        }
        if (completes < 1) {
            throw new Malformed("its completes is not a positive number");
        }
        if (f != OutputFormat.PDF) {
            throw new Malformed("its format is not pdf, the only format a signed record has");
        }
        return new Completion(completes, sha256("evidenceSha256", evidenceSha256));
    }

    private static Instant time(String text) throws Malformed {
        try {
            Instant t = Instant.parse(present("issuedAt", text));
            // a leap second, an offset or trailing zeros parse too, but would write back otherwise
            if (t.toString().equals(text)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            // not a time at all
        }
        throw new Malformed("its issuedAt is not a UTC time as the log writes one, such as 2026-11-24T10:15:00Z");
    }

    private static DocumentKind kindOf(String id) throws Malformed {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new Malformed("its kind is not one of " + KINDS);
    }

    private static OutputFormat formatOf(String extension) throws Malformed {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.isDocument() && f.extension().equals(extension)) {
                return f;
            }
        }
        throw new Malformed("its format is not one of " + FORMATS);
    }

    private static Sha256 sha256(String field, String hex) throws Malformed {
        try {
            return new Sha256(present(field, hex));
        } catch (IllegalArgumentException e) {
            throw new Malformed("its " + field + " is not a SHA-256 (64 lower-case hex digits)");
        }
    }

    private static String present(String field, String value) throws Malformed {
        if (value == null) {
            throw new Malformed("its " + field + " is missing");
        }
        return value;
    }
}
