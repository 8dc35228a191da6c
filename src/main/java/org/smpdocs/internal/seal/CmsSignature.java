package org.smpdocs.internal.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.smpdocs.internal.digest.Digests;

/**
 * The CMS signed data of a PAdES baseline signature (ETSI EN 319 142-1, CAdES detached): SHA-256,
 * the signed attributes content-type, message-digest and signing-certificate-v2, and no
 * signing-time (PAdES keeps the claimed time in the signature dictionary's /M); the certificate
 * chain in the certificate set. With RSA keys (PKCS#1 v1.5) the same content gives the same bytes.
 * Thread-safe: each call builds its own generator.
 */
final class CmsSignature {
    private final SealKey key;
    private final AttributeTable signingCertificate;

    CmsSignature(SealKey key) {
        this.key = key;
        this.signingCertificate = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificateV2(key.certificate()))));
    }

    /** signing-certificate-v2 (RFC 5035): the SHA-256 of the certificate, its issuer and serial number. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) {
        try {
            byte[] hash = Digests.sha256().digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            return new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the seal certificate", e);
        }
    }

    /** The detached CMS signature of {@code content}. */
    CMSSignedData sign(byte[] content) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey());
            CMSAttributeTableGenerator signedAttributes = parameters ->
                    new DefaultSignedAttributeTableGenerator(signingCertificate).getAttributes(parameters)
                            .remove(CMSAttributes.signingTime);
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false);
        } catch (OperatorCreationException | GeneralSecurityException | CMSException e) {
            throw new IllegalStateException("cannot sign with the seal key (" + key.signatureAlgorithm() + ")", e);
        }
    }

    /** DER, so that the same signed data is always the same bytes. */
    static byte[] encoded(CMSSignedData signed) {
        try {
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the seal's signed data", e);
        }
    }
}
