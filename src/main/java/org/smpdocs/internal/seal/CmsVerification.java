package org.smpdocs.internal.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The checks of a seal's CMS signed data against the bytes it covers: the message digest, the
 * signature with the signer's certificate, signing-certificate-v2, no CMS signing time, and a
 * signature time-stamp's imprint and signature.
 */
final class CmsVerification {
    /** The signer's certificate and the others the CMS carries, the time-stamp's time, the problems. */
    record Result(Optional<X509Certificate> signer, List<X509Certificate> certificates, Optional<Instant> timestamp,
            List<SealProblem> problems, Optional<Stamp> stamp) {
        Result(Optional<X509Certificate> signer, List<X509Certificate> certificates, Optional<Instant> timestamp,
                List<SealProblem> problems) {
            this(signer, certificates, timestamp, problems, Optional.empty());
        }
    }

    /** A signature time-stamp that holds: its time, the authority's certificate and the others the token carries. */
    record Stamp(Instant time, X509Certificate authority, List<X509Certificate> certificates) {
    }

    private CmsVerification() {
    }

    static Result check(byte[] signedBytes, byte[] signatureValue) {
        List<SealProblem> problems = new ArrayList<>();
        CMSSignedData cms;
        SignerInformation signer;
        X509CertificateHolder holder;
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            cms = signedData(signedBytes, signatureValue);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return unreadable();
            }
            signer = signers.iterator().next();
            Optional<X509CertificateHolder> found = SignerCertificate.in(cms.getCertificates(), signer.getSID());
            if (found.isEmpty()) {
                return unreadable();
            }
            holder = found.get();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                certificates.add(converter.getCertificate(h));
            }
        } catch (CMSException | CertificateException | IOException | RuntimeException e) {
            return unreadable();
        }
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            return unreadable();
        }
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null || signed.get(CMSAttributes.messageDigest) == null) {
            return unreadable();
        }
        boolean digestMatches = digestMatches(signer, signed, signedBytes);
        if (!digestMatches) {
            problems.add(SealProblem.BYTES_DO_NOT_MATCH);
        } else if (!signatureVerifies(signer, holder)) {
            problems.add(SealProblem.SIGNATURE_INVALID);
        }
        if (signed.get(CMSAttributes.signingTime) != null) {
            problems.add(SealProblem.NOT_PADES);
        }
        if (!namesItsCertificate(signed, certificate)) {
            problems.add(SealProblem.SIGNING_CERTIFICATE_MISMATCH);
        }
        Optional<Stamp> stamp = timestamp(signer, problems);
        return new Result(Optional.of(certificate), certificates, stamp.map(Stamp::time), problems, stamp);
    }

    /**
     * The CMS signed data in a signature value, which is padded with zero bytes to the size
     * reserved for it: the first DER object, the padding after it left alone.
     */
    static CMSSignedData signedData(byte[] signedBytes, byte[] signatureValue) throws CMSException, IOException {
        try (ASN1InputStream in = new ASN1InputStream(signatureValue)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new IOException("an empty signature value");
            }
            return new CMSSignedData(new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(object));
        }
    }

    private static Result unreadable() {
        return new Result(Optional.empty(), List.of(), Optional.empty(), List.of(SealProblem.UNREADABLE_SIGNATURE));
    }

    private static boolean digestMatches(SignerInformation signer, AttributeTable signed, byte[] bytes) {
        Attribute attribute = signed.get(CMSAttributes.messageDigest);
        try {
            byte[] claimed = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(signer.getDigestAlgorithmID());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(bytes);
            }
            return MessageDigest.isEqual(claimed, calculator.getDigest());
        } catch (OperatorCreationException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean signatureVerifies(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return false;
        }
    }

    /** signing-certificate-v2's first entry is the hash (and issuer and serial) of {@code certificate}. */
    static boolean namesItsCertificate(AttributeTable signed, X509Certificate certificate) {
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(id.getHashAlgorithm());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(certificate.getEncoded());
            }
            if (!Arrays.equals(id.getCertHash(), calculator.getDigest())) {
                return false;
            }
            IssuerSerial issuerSerial = id.getIssuerSerial();
            if (issuerSerial == null) {
                return true;
            }
            X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            GeneralName[] names = issuerSerial.getIssuer().getNames();
            return issuerSerial.getSerial().getValue().equals(certificate.getSerialNumber())
                    && names.length == 1 && names[0].getTagNo() == GeneralName.directoryName
                    && X500Name.getInstance(names[0].getName()).equals(issuer);
        } catch (OperatorCreationException | IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The signature time-stamp, when there is one whose imprint and signature hold. */
    private static Optional<Stamp> timestamp(SignerInformation signer, List<SealProblem> problems) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            problems.add(SealProblem.TIMESTAMP_INVALID);
            return Optional.empty();
        }
        boolean imprintMatches;
        try {
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build()
                    .get(token.getTimeStampInfo().getHashAlgorithm());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(signer.getSignature());
            }
            imprintMatches = MessageDigest.isEqual(calculator.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (OperatorCreationException | IOException | RuntimeException e) {
            imprintMatches = false;
        }
        if (!imprintMatches) {
            problems.add(SealProblem.TIMESTAMP_NOT_FOR_THIS_SEAL);
        }
        Optional<X509CertificateHolder> authority = SignerCertificate.in(token.getCertificates(), token.getSID());
        try {
            if (authority.isEmpty()) {
                throw new TSPException("no certificate of the timestamp authority");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority.get()));
        } catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
            problems.add(SealProblem.TIMESTAMP_INVALID);
            return Optional.empty();
        }
        if (!imprintMatches) {
            return Optional.empty();
        }
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate(h));
            }
            return Optional.of(new Stamp(token.getTimeStampInfo().getGenTime().toInstant(),
                    converter.getCertificate(authority.get()), carried));
        } catch (CertificateException e) {
            problems.add(SealProblem.TIMESTAMP_INVALID);
            return Optional.empty();
        }
    }
}
