package org.smpdocs.internal.signing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SignedDocument;
import org.smpdocs.Signing;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsBuilder;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.archive.IssuedDocument;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.xhtml.XhtmlParser;
import org.smpdocs.model.PatientCase;

/**
 * Signing an issued record of the records archive, as {@code sign} and the front desk's tablet do
 * it: the issued document regenerated from its archived input and refused unless it is byte for
 * byte the one issued (so what is signed is provably what the signers were given), then filled
 * through the library's signing API (its completeness gate first), sealed with the clinic's key
 * and recorded as the signed record that completes the issued one.
 */
public final class RecordSigning {
    private static final XhtmlParser PARSER = new XhtmlParser();

    private RecordSigning() {
    }

    /**
     * An issued record regenerated as it was issued: the document (PDF), its XHTML as the
     * templates wrote it (for showing it on a screen) and the fields it asks its signers to fill.
     */
    public record Regenerated(AuditEntry entry, RenderedDocument document, String markup, DocumentFields fields) {
        public Regenerated {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(markup, "markup");
            Objects.requireNonNull(fields, "fields");
        }
    }

    /** The signed record: the signed document (its evidence) and its entry in the archive. */
    public record Signed(SignedDocument document, AuditEntry recorded) {
        public Signed {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /** Whether {@code entry} is an issued consent or disclosure PDF (a record that can be signed at all). */
    public static boolean signable(AuditEntry entry) {
        IssuedDocument d = entry.document();
        return d.kind().signed() && !d.isSigned() && d.format() == OutputFormat.PDF;
    }

    /**
     * The issued record rendered again with {@code asIssued} (the clinic profile and templates it
     * was issued with; its clock is set to the issue time).
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the record is not an issued
     *     consent or disclosure PDF, or the bytes rendered now are not the ones issued
     */
    public static Regenerated regenerate(Archive archive, AuditEntry entry, SmpDocsBuilder asIssued) {
        IssuedDocument issued = entry.document();
        if (!signable(entry)) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "record " + entry.sequence() + " is "
                    + (issued.isSigned() ? "a signed record" : "a " + issued.kind().id() + " " + issued.format().extension())
                    + ": sign an issued consent or disclosure PDF");
        }
        SmpDocs engine = asIssued.clock(Clock.fixed(issued.issuedAt(), ZoneOffset.UTC))
                .formats(EnumSet.of(OutputFormat.PDF)).build();
        PatientCase c = engine.readCase(entry.inputPath(), archive.input(entry));
        RenderedDocument document = engine.render(issued.kind(), c, issued.session());
        if (!Sha256.of(document.bytes(OutputFormat.PDF)).equals(issued.sha256())) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "record " + entry.sequence()
                    + " cannot be regenerated as it was issued (check with reissue): sign it with the clinic profile "
                    + "and templates it was issued with");
        }
        String markup = engine.xhtml(issued.kind(), c, issued.session());
        return new Regenerated(entry, document, markup,
                DocumentFields.of(PARSER.parse(markup, entry.document().kind().id())));
    }

    /**
     * Fills the regenerated document with {@code signing} through {@code engine} (whose clock
     * gives the signing time), seals it with {@code sealer} and records it in {@code archive} as
     * the signed record completing the issued one.
     *
     * @throws org.smpdocs.InvalidInputException naming each field the signing leaves unfilled or
     *     fills wrongly ({@code fields.<name>}); nothing is sealed or recorded then
     * @throws SmpDocsException when the seal or the archive refuses (the record is signed already, say)
     */
    public static Signed sign(Archive archive, Regenerated issued, SmpDocs engine, Signing signing, Sealer sealer) {
        SignedDocument signed = engine.sign(issued.document(), signing);
        byte[] sealed = sealer.seal(signed.pdf(), EvidencePage.SEAL_FIELD, signed.signedAt());
        AuditEntry recorded = archive.recordSigned(issued.entry().sequence(), sealed, signed.evidenceJson(),
                signed.signedAt());
        return new Signed(signed, recorded);
    }
}
