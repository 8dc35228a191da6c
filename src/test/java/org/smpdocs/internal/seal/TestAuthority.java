package org.smpdocs.internal.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for tests and samples, never for a real clinic: a self-signed CA
 * ("smp-docs TEST authority — not for real use"), and the seal and time-stamping certificates it
 * issues, with 2048-bit RSA keys. {@link #main} writes the samples in {@code samples/seal/}.
 */
final class TestAuthority {
    static final String CA_NAME = "C=GB,O=smp-docs samples,CN=smp-docs TEST authority \u2014 not for real use";
    static final String SEAL_NAME = "C=GB,O=Deansgate Scalp Clinic,CN=Deansgate Scalp Clinic seal (TEST \u2014 not for real use)";
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2036-01-01T00:00:00Z");
    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() & 0xffffffffL);

    private final KeyPair keys;
    private final X509Certificate certificate;

    private TestAuthority(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new authority named {@code subject} (an X.500 name), valid from {@code from} to {@code to}. */
    static TestAuthority create(String subject, Instant from, Instant to) {
        try {
            KeyPair keys = rsa();
            X500Name name = new X500Name(subject);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from), Date.from(to),
                    name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            return new TestAuthority(keys, certificate(builder, keys.getPrivate()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual test authority, valid 2026 to 2036. */
    static TestAuthority create() {
        return create(CA_NAME, FROM, TO);
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A seal (document signing) certificate for {@code key}. */
    X509Certificate issueSeal(String subject, PublicKey key, Instant from, Instant to) {
        return issue(subject, key, from, to, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
    }

    /** A time-stamping certificate for {@code key} (extended key usage timeStamping, critical). */
    X509Certificate issueTimestamping(String subject, PublicKey key) {
        return issue(subject, key, FROM, TO, new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    private X509Certificate issue(String subject, PublicKey key, Instant from, Instant to, KeyUsage usage,
            ExtendedKeyUsage extendedUsage) {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(), Date.from(from),
                    Date.from(to), new X500Name(subject), key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, usage)
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
            if (extendedUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
            }
            return certificate(builder, keys.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL of this authority from {@code thisUpdate} to {@code nextUpdate}, revoking {@code revoked}. */
    X509CRL crl(Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (X509Certificate c : revoked) {
                builder.addCRLEntry(c.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(serial()));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seal keystore: {@code key} with its certificate and this authority's, in PKCS#12. */
    Path keystore(Path file, char[] password, PrivateKey key, X509Certificate seal) {
        return writeKeystore(file, password, key, List.of(seal, certificate));
    }

    static Path writeKeystore(Path file, char[] password, PrivateKey key, List<X509Certificate> chain) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("clinic-seal", key, password, chain.toArray(X509Certificate[]::new));
            store.store(out, password);
            return file;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificates as PEM text. */
    static String pem(X509Certificate... certificates) {
        StringWriter out = new StringWriter();
        try {
            for (X509Certificate c : certificates) {
                out.write("-----BEGIN CERTIFICATE-----\n");
                out.write(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded()));
                out.write("\n-----END CERTIFICATE-----\n");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(signer);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    /**
     * Writes the sample authority and seal keystore for the README's commands:
     * {@code samples/seal/test-ca.pem} and {@code samples/seal/clinic-seal.p12} (password
     * {@code sample-only}). Run from the top of the repository.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/seal");
        Files.createDirectories(folder);
        TestAuthority ca = create();
        KeyPair seal = rsa();
        X509Certificate certificate = ca.issueSeal(SEAL_NAME, seal.getPublic(), FROM, TO);
        Files.writeString(folder.resolve("test-ca.pem"), pem(ca.certificate()), StandardCharsets.US_ASCII);
        ca.keystore(folder.resolve("clinic-seal.p12"), "sample-only".toCharArray(), seal.getPrivate(), certificate);
    }
}
