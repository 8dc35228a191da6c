package org.smpdocs.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * TLS that trusts exactly the certificates in a PEM file: for a clinic's mail relay whose
 * certificate comes from its own authority rather than a public one.
 */
public final class TrustedCertificates {
    private TrustedCertificates() {
    }

    /** A socket factory trusting the certificates (X.509, PEM or DER) in {@code file}. */
    public static SSLSocketFactory socketFactory(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, file.getFileName() + " holds no certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot read the certificates in " + file.getFileName() + ": "
                    + e.getClass().getSimpleName(), e);
        } catch (GeneralSecurityException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, file.getFileName() + " does not hold X.509 certificates", e);
        }
    }
}
