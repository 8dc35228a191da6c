package org.smpdocs.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * What a validator needs to check the seal years later without asking anyone: the certificates of
 * the chain and the revocation data (CRLs, OCSP responses), each DER-encoded, for the seal's DSS
 * dictionary (PAdES B-LT). Read from a folder: {@code *.cer}, {@code *.crt}, {@code *.pem}
 * certificates (PEM or DER; a file may hold several), {@code *.crl} CRLs (PEM or DER) and
 * {@code *.ocsp} DER OCSP responses, in file-name order; hidden files are skipped, any other file
 * is refused so that a misnamed one is not silently left out. Immutable and thread-safe.
 */
public final class ValidationData {
    private final List<byte[]> certificates;
    private final List<byte[]> crls;
    private final List<byte[]> ocspResponses;

    private ValidationData(List<byte[]> certificates, List<byte[]> crls, List<byte[]> ocspResponses) {
        this.certificates = List.copyOf(certificates);
        this.crls = List.copyOf(crls);
        this.ocspResponses = List.copyOf(ocspResponses);
    }

    /**
     * The certificates, CRLs and OCSP responses in {@code folder}.
     *
     * @throws SmpDocsException ({@link ErrorCode#INVALID_INPUT}) naming the file that is
     *     unreadable, not what its name says, or not one of the kinds above; or when the folder is
     *     missing or holds none
     */
    public static ValidationData load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw invalid("the validation data folder " + folder + " does not exist or is not a folder", null);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw invalid("cannot list the validation data folder " + folder + ": " + e.getClass().getSimpleName(), e);
        }
        List<byte[]> certificates = new ArrayList<>();
        List<byte[]> crls = new ArrayList<>();
        List<byte[]> ocsp = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            byte[] bytes = read(file);
            try {
                if (name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".pem")) {
                    Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
                    if (certs.isEmpty()) {
                        throw invalid(file + " holds no certificate", null);
                    }
                    for (Certificate c : certs) {
                        add(certificates, c.getEncoded());
                    }
                } else if (name.endsWith(".crl")) {
                    add(crls, ((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes))).getEncoded());
                } else if (name.endsWith(".ocsp")) {
                    add(ocsp, new OCSPResp(bytes).getEncoded());
                } else {
                    throw invalid(file + " is none of the validation data kinds: certificates (.cer, .crt, .pem), "
                            + "CRLs (.crl), OCSP responses (.ocsp)", null);
                }
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                if (e instanceof SmpDocsException s) {
                    throw s;
                }
                throw invalid(file + " is not a valid " + kind(name) + ": " + e.getClass().getSimpleName(), e);
            }
        }
        if (certificates.isEmpty() && crls.isEmpty() && ocsp.isEmpty()) {
            throw invalid("the validation data folder " + folder + " holds no certificate, CRL or OCSP response", null);
        }
        return new ValidationData(certificates, crls, ocsp);
    }

    private static String kind(String name) {
        return name.endsWith(".crl") ? "CRL" : name.endsWith(".ocsp") ? "OCSP response" : "certificate";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Adds {@code der} unless the same bytes are there already. */
    private static void add(List<byte[]> list, byte[] der) {
        if (list.stream().noneMatch(b -> Arrays.equals(b, der))) {
            list.add(der);
        }
    }

    private static SmpDocsException invalid(String message, Exception cause) {
        return new SmpDocsException(ErrorCode.INVALID_INPUT, message, cause);
    }

    /** The DER encoding of each certificate. */
    public List<byte[]> certificates() {
        return copies(certificates);
    }

    /** The DER encoding of each CRL. */
    public List<byte[]> crls() {
        return copies(crls);
    }

    /** The DER encoding of each OCSP response (OCSPResponse, RFC 6960). */
    public List<byte[]> ocspResponses() {
        return copies(ocspResponses);
    }

    private static List<byte[]> copies(List<byte[]> list) {
        return list.stream().map(byte[]::clone).toList();
    }
}
