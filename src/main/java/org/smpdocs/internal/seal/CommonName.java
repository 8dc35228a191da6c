package org.smpdocs.internal.seal;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** The common name (CN) in a certificate's subject: the name a PDF reader shows for a signer. */
final class CommonName {
    private CommonName() {
    }

    /** The first CN of the subject, or the whole subject as RFC 2253 text when it has none. */
    static String of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.CN)) {
            if (rdn.getFirst().getValue() instanceof ASN1String text) {
                return text.getString();
            }
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
