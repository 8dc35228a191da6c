package org.smpdocs.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * The certificates the clinic trusts to vouch for its seal: usually the one authority that issued
 * the clinic's seal certificate. Read from a PEM file of one or more certificates (DER is read
 * too). Immutable and thread-safe.
 */
public final class TrustAnchors {
    private final List<X509Certificate> certificates;

    private TrustAnchors(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    /**
     * The certificates in {@code file}.
     *
     * @throws SmpDocsException ({@link ErrorCode#INVALID_INPUT}) when the file is missing or
     *     unreadable, holds something other than X.509 certificates, or none
     */
    public static TrustAnchors load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the trust anchors file " + file
                    + " does not exist or is not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot read the trust anchors file " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
        List<X509Certificate> read = new ArrayList<>();
        try {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                read.add((X509Certificate) c);
            }
        } catch (CertificateException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the trust anchors file " + file
                    + " does not hold X.509 certificates (PEM: -----BEGIN CERTIFICATE----- blocks)", e);
        }
        if (read.isEmpty()) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the trust anchors file " + file + " holds no certificate");
        }
        return new TrustAnchors(read);
    }

    /** These certificates; at least one. */
    public static TrustAnchors of(List<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("trust anchors need at least one certificate");
        }
        return new TrustAnchors(certificates);
    }

    /** The trusted certificates, as read. */
    public List<X509Certificate> certificates() {
        return certificates;
    }
}
