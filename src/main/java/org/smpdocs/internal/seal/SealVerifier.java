package org.smpdocs.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Checks the clinic's seal on a PDF against the clinic's trust anchors. For each signature: the
 * byte range starts at 0 and leaves out exactly the signature value (/Contents), and ends where
 * the file does (bytes after it are a change after sealing); the message digest is that of the
 * signed bytes; the CMS signature verifies with the signer's certificate, which
 * signing-certificate-v2 names; it is PAdES (ETSI.CAdES.detached, no CMS signing time); the
 * certificate chains to a trust anchor at the sealing time (the time-stamp's, else /M), through
 * the certificates the CMS and the DSS carry, checked against the DSS's CRLs when it has any; it
 * is the certification signature allowing no changes (DocMDP P=1); a signature time-stamp covers
 * the signature value and its signature verifies. Each failure is a {@link SealProblem}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SealVerifier verifier = new SealVerifier(TrustAnchors.load(Path.of("samples/seal/test-ca.pem")));
 * SealReport report = verifier.verify(Files.readAllBytes(file));
 * if (!report.sealedAndIntact()) System.out.println(report);
 * }</pre>
 */
public final class SealVerifier {
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** How much earlier than the seal's own time its time-stamp may be: the two clocks differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private final TrustAnchors anchors;

    public SealVerifier(TrustAnchors anchors) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    /** What is right and wrong with the seal of {@code pdf}. */
    public SealReport verify(byte[] pdf) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            return new SealReport(List.of(), List.of(SealProblem.NOT_A_PDF));
        }
        try (document) {
            List<SealCheck> checks = new ArrayList<>();
            Dss dss = dss(document);
            for (PDSignatureField field : signatureFields(document)) {
                checks.add(check(document, field, pdf, dss));
            }
            return new SealReport(checks, checks.isEmpty() ? List.of(SealProblem.NOT_SEALED) : List.of());
        } catch (IOException e) {
            // the file was read whole when loaded; what fails later is the PDF's structure
            return new SealReport(List.of(), List.of(SealProblem.NOT_A_PDF));
        }
    }

    /**
     * What is right and wrong with a detached signature made by {@link Sealer#signDetached}: the
     * digest of {@code content}, the signature, signing-certificate-v2 and the chain to the trust
     * anchors, at the time-stamp's time if there is one, else at {@code claimed}.
     */
    public SealCheck verifyDetached(byte[] content, byte[] signature, Instant claimed) {
        CmsVerification.Result cms = CmsVerification.check(content, signature);
        List<SealProblem> problems = new ArrayList<>(cms.problems());
        String name = "";
        if (cms.signer().isPresent()) {
            X509Certificate signer = cms.signer().get();
            name = CommonName.of(signer);
            Instant at = checkTime(cms, Optional.of(claimed), problems);
            problems.addAll(ChainCheck.check(signer, cms.certificates(), List.of(), anchors, at));
        }
        return new SealCheck("", name, Optional.of(claimed), cms.timestamp(), cms.timestamp().isEmpty() ? "B-B" : "B-T",
                problems);
    }

    /**
     * The time a seal's certificate is checked at: its time-stamp's, if the time-stamp authority's
     * certificate chains to the trust anchors too (a time-stamp anyone could make proves no time),
     * else the time the seal claims (or now, when it claims none).
     */
    private Instant checkTime(CmsVerification.Result cms, Optional<Instant> claimed, List<SealProblem> problems) {
        if (cms.stamp().isPresent()) {
            CmsVerification.Stamp stamp = cms.stamp().get();
            if (!ChainCheck.check(stamp.authority(), stamp.certificates(), List.of(), anchors, stamp.time()).isEmpty()) {
                problems.add(SealProblem.TIMESTAMP_NOT_TRUSTED);
            } else if (claimed.isPresent() && stamp.time().isBefore(claimed.get().minus(CLOCK_SKEW))) {
                problems.add(SealProblem.TIMESTAMP_BEFORE_SEAL);
            } else {
                return stamp.time();
            }
        }
        return claimed.orElseGet(Instant::now);
    }

    private static List<PDSignatureField> signatureFields(PDDocument document) {
        List<PDSignatureField> fields = new ArrayList<>();
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private SealCheck check(PDDocument document, PDSignatureField field, byte[] pdf, Dss dss) throws IOException {
        PDSignature signature = field.getSignature();
        List<SealProblem> problems = new ArrayList<>();
        Optional<Instant> claimed = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant);
        String name = signature.getName() == null ? "" : signature.getName();
        int[] range = signature.getByteRange();
        byte[] value = signature.getContents();
        if (!coversAllButItsValue(range, value, pdf)) {
            problems.add(SealProblem.RANGE_INCOMPLETE);
            return new SealCheck(field.getFullyQualifiedName(), name, claimed, Optional.empty(), "B-B", problems);
        }
        if ((long) range[2] + range[3] < pdf.length) {
            problems.add(SealProblem.CHANGED_AFTER_SEALING);
        }
        if (!ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            problems.add(SealProblem.NOT_PADES);
        }
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        CmsVerification.Result cms = CmsVerification.check(signed, value);
        for (SealProblem p : cms.problems()) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        if (cms.signer().isPresent()) {
            X509Certificate signer = cms.signer().get();
            name = CommonName.of(signer);
            List<X509Certificate> others = new ArrayList<>(cms.certificates());
            others.addAll(dss.certificates());
            Instant at = checkTime(cms, claimed, problems);
            problems.addAll(ChainCheck.check(signer, others, dss.crls(), anchors, at));
        }
        if (Certification.permissions(document, signature) != Certification.NO_CHANGES) {
            problems.add(SealProblem.NOT_CERTIFYING);
        }
        String level = cms.timestamp().isEmpty() ? "B-B" : dss.isEmpty() ? "B-T" : "B-LT";
        return new SealCheck(field.getFullyQualifiedName(), name, claimed, cms.timestamp(), level, problems);
    }

    /**
     * The byte range is [0, a, b, c] with the hex string at a..b the signature's own /Contents,
     * and b + c not past the end of the file.
     */
    private static boolean coversAllButItsValue(int[] range, byte[] value, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length || value == null) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        int digits = range[2] - range[1] - 2;
        if (digits % 2 != 0 || digits / 2 != value.length) {
            return false;
        }
        byte[] hex = new byte[digits / 2];
        for (int i = 0; i < hex.length; i++) {
            int high = Character.digit(pdf[range[1] + 1 + 2 * i], 16);
            int low = Character.digit(pdf[range[1] + 2 + 2 * i], 16);
            if (high < 0 || low < 0) {
                return false;
            }
            hex[i] = (byte) (high << 4 | low);
        }
        return Arrays.equals(hex, value);
    }

    /** The certificates and CRLs of the catalog's DSS, those that can be read. */
    private record Dss(List<X509Certificate> certificates, List<X509CRL> crls, boolean isEmpty) {
    }

    private static Dss dss(PDDocument document) {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DssDictionary.DSS);
        if (dss == null) {
            return new Dss(List.of(), List.of(), true);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : streams(dss, DssDictionary.CERTS)) {
                try {
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                } catch (GeneralSecurityException e) {
                    // a certificate that cannot be read vouches for nothing
                }
            }
            for (byte[] der : streams(dss, DssDictionary.CRLS)) {
                try {
                    crls.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(der)));
                } catch (GeneralSecurityException e) {
                    // nor does a CRL that cannot be read
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
        }
        return new Dss(certificates, crls, false);
    }

    private static List<byte[]> streams(COSDictionary dss, COSName key) {
        COSArray array = dss.getCOSArray(key);
        List<byte[]> bytes = new ArrayList<>();
        if (array == null) {
            return bytes;
        }
        for (COSBase item : array) {
            COSBase object = item instanceof COSObject o ? o.getObject() : item;
            if (object instanceof COSStream stream) {
                try (var in = stream.createInputStream()) {
                    bytes.add(in.readAllBytes());
                } catch (IOException e) {
                    // unreadable: left out
                }
            }
        }
        return bytes;
    }
}
