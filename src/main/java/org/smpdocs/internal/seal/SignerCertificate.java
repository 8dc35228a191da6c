package org.smpdocs.internal.seal;

import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.util.Store;

/** The certificate a CMS signer names (by issuer and serial number, or key identifier) in a set. */
final class SignerCertificate {
    private SignerCertificate() {
    }

    static Optional<X509CertificateHolder> in(Store<X509CertificateHolder> certificates, SignerId signer) {
        // SignerId is a raw Selector: matching each certificate keeps the types checked
        return certificates.getMatches(null).stream().filter(signer::match).findFirst();
    }
}
