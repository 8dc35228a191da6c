package org.smpdocs.internal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cms.CMSSignedData;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Seals a PDF the engine made with the clinic's key: a PAdES baseline certification signature
 * that allows no changes (DocMDP, P=1) in the document's empty signature field of the given name,
 * whose widget keeps the box and look the document gave it.
 * <ul>
 * <li><b>B-B</b>: SubFilter {@code ETSI.CAdES.detached}, detached CMS over SHA-256 with
 * signing-certificate-v2 and without a CMS signing-time; the time is the signature dictionary's
 * /M, and /Name is the certificate's common name.</li>
 * <li><b>B-T</b> with {@link #withTimestampAuthority(URI)}: an RFC 3161 token over the signature
 * value in the unsigned signature-time-stamp attribute.</li>
 * <li>With {@link #withValidationData(ValidationData)} (B-LT when time-stamped): the chain and
 * revocation data in the catalog's DSS dictionary. It goes into the same incremental update as
 * the signature, so the seal covers it and nothing follows the certification signature, which
 * allows no changes: a DSS added after it, as PAdES usually does, would be a change after sealing
 * for a strict reader (and for {@link SealVerifier}). Revocation data for the time-stamp
 * authority's certificate, which is only known after signing, is therefore not embedded.</li>
 * </ul>
 * The sealed file is the input with one incremental update appended (PDF/A-2a and PDF/UA-1 stay
 * as they were). With an RSA key and no time-stamp the same PDF, key and time give the same bytes:
 * the update's second file identifier is derived from the sealing time, and the first, the
 * engine's, is kept. Immutable and thread-safe.
 *
 * <pre>{@code
 * Sealer sealer = Sealer.of(SealKey.load(keystore, password)).withTimestampAuthority(URI.create(tsa));
 * byte[] sealed = sealer.seal(signedPdf, "clinic-seal", clock.instant());
 * }</pre>
 */
public final class Sealer {
    /** The /Reason of every seal. */
    public static final String REASON = "Sealed by the clinic";
    private static final int CMS_OVERHEAD = 4096;
    private static final int TIMESTAMP_ROOM = 12_288;

    private final SealKey key;
    private final TimestampAuthority timestamps;
    private final ValidationData validationData;
    private final CmsSignature cms;

    private Sealer(SealKey key, TimestampAuthority timestamps, ValidationData validationData) {
        this.key = Objects.requireNonNull(key, "key");
        this.timestamps = timestamps;
        this.validationData = validationData;
        this.cms = new CmsSignature(key);
    }

    /** A B-B sealer with {@code key}. */
    public static Sealer of(SealKey key) {
        return new Sealer(key, null, null);
    }

    /**
     * This sealer, time-stamping each seal at {@code url} (B-T).
     *
     * @throws SmpDocsException ({@link ErrorCode#INVALID_INPUT}) when it is not an http(s) URL
     */
    public Sealer withTimestampAuthority(URI url) {
        return new Sealer(key, new TimestampAuthority(url), validationData);
    }

    /** This sealer, embedding {@code data} in each sealed file's DSS dictionary. */
    public Sealer withValidationData(ValidationData data) {
        return new Sealer(key, timestamps, Objects.requireNonNull(data, "data"));
    }

    /** The sealing key. */
    public SealKey key() {
        return key;
    }

    /**
     * A detached CMS signature of {@code content} with the seal key, as the seal's own (SHA-256,
     * signing-certificate-v2, the chain, no CMS signing time), time-stamped when an authority is
     * set: what signs the audit log's checkpoints.
     *
     * @param time the time the content claims, at which the certificate must be valid
     * @throws SmpDocsException as {@link #seal} does for the key and the time-stamp authority
     */
    public byte[] signDetached(byte[] content, Instant time) {
        key.requireValidAt(time);
        CMSSignedData signed = new CmsSignature(key).sign(content);
        if (timestamps != null) {
            signed = SignatureTimestamp.add(signed, timestamps);
        }
        return CmsSignature.encoded(signed);
    }

    /**
     * {@code pdf} sealed at {@code time} in its empty signature field {@code fieldName}.
     *
     * @throws IllegalArgumentException when {@code pdf} has no empty signature field of that name,
     *     or is signed already (a certification signature must be the first)
     * @throws SmpDocsException {@link ErrorCode#INVALID_INPUT} when the certificate is not valid
     *     at {@code time}; {@link ErrorCode#RENDER} when the time-stamp authority fails
     */
    public byte[] seal(byte[] pdf, String fieldName, Instant time) {
        key.requireValidAt(time);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignatureField field = emptyField(document, fieldName);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(key.signerName());
            signature.setReason(REASON);
            signature.setSignDate(calendar(time));
            Certification.certify(document, signature, Certification.NO_CHANGES);
            if (validationData != null) {
                DssDictionary.add(document, validationData);
            }
            field.getCOSObject().setItem(COSName.V, signature);
            addKeepingTheLook(document, field, signature);
            // the second file identifier of the update: from the sealing time, not the clock
            document.setDocumentId(time.toEpochMilli());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserve() + 8192);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            external.setSignature(signatureValue(content));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the PDF", e);
        }
    }

    private static PDSignatureField emptyField(PDDocument document, String fieldName) {
        if (!document.getSignatureDictionaries().isEmpty()) {
            throw new IllegalArgumentException("the PDF is signed already; the clinic's seal must be its first signature");
        }
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        PDField field = form == null ? null : form.getField(fieldName);
        if (!(field instanceof PDSignatureField signatureField) || signatureField.getCOSObject().containsKey(COSName.V)
                || signatureField.getWidgets().size() != 1) {
            throw new IllegalArgumentException("the PDF has no empty signature field \"" + fieldName + "\" with one widget");
        }
        return signatureField;
    }

    /**
     * Adds the signature to the existing field. PDFBox makes a signature without a visual template
     * invisible (an empty rectangle and appearance); the widget's rectangle and appearance are put
     * back, so the box the document drew stays where it was and looks as it did.
     */
    private void addKeepingTheLook(PDDocument document, PDSignatureField field, PDSignature signature) throws IOException {
        COSDictionary widget = field.getWidgets().get(0).getCOSObject();
        COSBase rect = widget.getItem(COSName.RECT);
        COSBase appearance = widget.getItem(COSName.AP);
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(reserve());
            document.addSignature(signature, options);
        }
        widget.setItem(COSName.RECT, rect);
        widget.setItem(COSName.AP, appearance);
        widget.setNeedToBeUpdated(true);
    }

    /** Room for the CMS: the certificates it carries, the signer info, and a token when stamped. */
    private int reserve() {
        int size = CMS_OVERHEAD;
        for (X509Certificate c : key.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("cannot encode the seal certificate", e);
            }
        }
        return timestamps == null ? size : size + TIMESTAMP_ROOM;
    }

    private byte[] signatureValue(byte[] content) {
        CMSSignedData signed = cms.sign(content);
        if (timestamps != null) {
            signed = SignatureTimestamp.add(signed, timestamps);
        }
        byte[] encoded = CmsSignature.encoded(signed);
        if (encoded.length > reserve()) {
            throw new SmpDocsException(ErrorCode.RENDER, "the seal's signature (" + encoded.length
                    + " bytes) is larger than the room reserved for it (" + reserve() + " bytes)"
                    + (timestamps == null ? "" : ": the timestamp authority's token is unusually large"));
        }
        return encoded;
    }

    private static Calendar calendar(Instant time) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }
}
