package org.smpdocs;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.smpdocs.internal.seal.SealKey;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.seal.ValidationData;
import org.smpdocs.internal.signing.EvidencePage;

/**
 * The clinic's seal: its certificate and private key, from a PKCS#12 keystore, with which
 * {@link SmpDocs#seal} puts a PAdES signature over a signed document (a certification signature
 * that allows no further change). Optionally time-stamped by an RFC 3161 authority (PAdES B-T) and
 * carrying validation data for long-term validation (B-LT). Immutable and thread-safe.
 *
 * <pre>{@code
 * ClinicSeal seal = ClinicSeal.fromPkcs12(Path.of("samples/seal/clinic-seal.p12"), password);
 * byte[] sealed = docs.seal(docs.sign(issued, signing), seal);
 * }</pre>
 */
public final class ClinicSeal {
    private final Sealer sealer;

    private ClinicSeal(Sealer sealer) {
        this.sealer = sealer;
    }

    /**
     * The seal in a PKCS#12 keystore holding exactly one private key and its certificate chain.
     * The password is not kept; clear your copy after the call.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the keystore cannot be
     *         read or opened with the password, or holds no key or more than one; the message
     *         never holds the password
     */
    public static ClinicSeal fromPkcs12(Path keystore, char[] password) {
        return new ClinicSeal(Sealer.of(SealKey.load(keystore, password)));
    }

    /** This seal, time-stamped by the authority at {@code url} (an http or https URL). */
    public ClinicSeal withTimestampAuthority(URI url) {
        return new ClinicSeal(sealer.withTimestampAuthority(url));
    }

    /**
     * This seal, carrying the certificates (.pem, .cer, .crt), revocation lists (.crl) and OCSP
     * responses (.ocsp) in {@code folder} for validation long after the certificate expires.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} for a file that is none of those
     */
    public ClinicSeal withValidationData(Path folder) {
        return new ClinicSeal(sealer.withValidationData(ValidationData.load(folder)));
    }

    /** The name the seal's certificate gives (its common name). */
    public String signerName() {
        return sealer.key().signerName();
    }

    byte[] seal(byte[] pdf, Instant time) {
        return sealer.seal(pdf, EvidencePage.SEAL_FIELD, time);
    }
}
