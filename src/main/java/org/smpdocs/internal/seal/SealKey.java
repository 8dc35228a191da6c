package org.smpdocs.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * The clinic's sealing key: the one private key of a PKCS#12 keystore, with its certificate and
 * the chain above it. The password is the caller's (read from an environment variable or a file,
 * never from a command line); it is used to open the keystore and not kept, and no message names
 * it. Immutable and thread-safe.
 *
 * <pre>{@code
 * SealKey key = SealKey.load(Path.of("samples/seal/clinic-seal.p12"), password);
 * Sealer sealer = Sealer.of(key);
 * }</pre>
 */
public final class SealKey {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final String signatureAlgorithm;

    private SealKey(PrivateKey privateKey, List<X509Certificate> chain, String signatureAlgorithm) {
        this.privateKey = privateKey;
        this.chain = chain;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /**
     * Opens {@code keystore}, a PKCS#12 file holding exactly one private key (the keystore and the
     * key share {@code password}).
     *
     * @throws SmpDocsException ({@link ErrorCode#INVALID_INPUT}) when the file is missing or
     *     unreadable, is not a PKCS#12 keystore, the password is wrong, or it holds no private key
     *     or more than one, or a key this seal cannot sign with
     */
    public static SealKey load(Path keystore, char[] password) {
        if (!Files.isRegularFile(keystore)) {
            throw invalid("the seal keystore " + keystore + " does not exist or is not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(keystore);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot read the seal keystore " + keystore + ": "
                    + e.getClass().getSimpleName(), e);
        }
        KeyStore store = open(keystore, bytes, password);
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.isEmpty()) {
                throw invalid("the seal keystore " + keystore + " holds no private key");
            }
            if (keys.size() > 1) {
                throw invalid("the seal keystore " + keystore + " holds " + keys.size()
                        + " private keys; it must hold exactly one, the clinic's seal key");
            }
            String alias = keys.get(0);
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw invalid("the seal keystore " + keystore + " holds no private key");
            }
            Certificate[] certificates = store.getCertificateChain(alias);
            if (certificates == null || certificates.length == 0) {
                throw invalid("the seal keystore " + keystore + " holds no certificate for its key");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certificates) {
                if (!(c instanceof X509Certificate x509)) {
                    throw invalid("the seal keystore " + keystore + " holds a certificate that is not X.509");
                }
                chain.add(x509);
            }
            return new SealKey(key, List.copyOf(chain), algorithm(keystore, key));
        } catch (UnrecoverableKeyException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "wrong password for the key in the seal keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot read the key in the seal keystore " + keystore + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static KeyStore open(Path keystore, byte[] bytes, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, "wrong password for the seal keystore " + keystore, e);
            }
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the seal keystore " + keystore
                    + " is not a PKCS#12 keystore (or is damaged)", e);
        } catch (GeneralSecurityException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot open the seal keystore " + keystore + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** RSA (PKCS#1 v1.5, deterministic) or ECDSA, over SHA-256. */
    private static String algorithm(Path keystore, PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw invalid("the key in the seal keystore " + keystore + " is " + key.getAlgorithm()
                    + "; a seal key must be RSA or EC");
        };
    }

    private static SmpDocsException invalid(String message) {
        return new SmpDocsException(ErrorCode.INVALID_INPUT, message);
    }

    /** The clinic's certificate, the one that signs. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The clinic's certificate first, then the certificates above it as the keystore holds them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The common name (CN) of the certificate's subject, or the whole subject if it has none. */
    public String signerName() {
        return CommonName.of(certificate());
    }

    /**
     * Refuses a sealing time outside the certificate's validity.
     *
     * @throws SmpDocsException ({@link ErrorCode#INVALID_INPUT}) naming the validity period
     */
    public void requireValidAt(Instant time) {
        X509Certificate certificate = certificate();
        try {
            certificate.checkValidity(Date.from(time));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the seal certificate is valid from "
                    + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                    + ", not at the sealing time " + time, e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The JCA name of the signature algorithm: "SHA256withRSA" or "SHA256withECDSA". */
    String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    @Override
    public String toString() {
        return "SealKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
