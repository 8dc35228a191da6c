package org.smpdocs.internal.seal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the clinic's trust anchors vouch for a seal's certificate at the sealing time: a PKIX
 * path (the JDK's CertPathBuilder) from the certificate through those the file carries to an
 * anchor. Revocation is checked only against CRLs the file carries (its DSS), never on the
 * network; without any, it is not checked.
 */
final class ChainCheck {
    private ChainCheck() {
    }

    static List<SealProblem> check(X509Certificate signer, List<X509Certificate> others, List<X509CRL> crls,
            TrustAnchors anchors, Instant at) {
        List<SealProblem> problems = new ArrayList<>();
        Date date = Date.from(at);
        try {
            signer.checkValidity(date);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            problems.add(SealProblem.CERTIFICATE_NOT_VALID);
            // whether the anchors vouch for it is still worth knowing: ask within its validity
            date = at.isBefore(signer.getNotBefore().toInstant()) ? signer.getNotBefore() : signer.getNotAfter();
        }
        Optional<CertPath> path = path(signer, others, anchors, date);
        if (path.isEmpty()) {
            problems.add(SealProblem.NOT_VOUCHED_FOR);
            return problems;
        }
        if (!crls.isEmpty() && problems.isEmpty()) {
            revocation(path.get(), crls, anchors, date).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<CertPath> path(X509Certificate signer, List<X509Certificate> others, TrustAnchors anchors,
            Date date) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trustAnchors(anchors), target);
            List<Object> certificates = new ArrayList<>(others);
            certificates.add(signer);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
            params.setRevocationEnabled(false);
            params.setDate(date);
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            return Optional.of(result.getCertPath());
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<SealProblem> revocation(CertPath path, List<X509CRL> crls, TrustAnchors anchors, Date date) {
        try {
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
            checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
            PKIXParameters params = new PKIXParameters(trustAnchors(anchors));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
            params.addCertPathChecker(checker);
            params.setRevocationEnabled(false);
            params.setDate(date);
            validator.validate(path, params);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            return Optional.of(e.getReason() == CertPathValidatorException.BasicReason.REVOKED
                    ? SealProblem.CERTIFICATE_REVOKED : e.getReason() == PKIXReason.NO_TRUST_ANCHOR
                    ? SealProblem.NOT_VOUCHED_FOR : SealProblem.REVOCATION_UNKNOWN);
        } catch (GeneralSecurityException e) {
            return Optional.of(SealProblem.REVOCATION_UNKNOWN);
        }
    }

    private static Set<TrustAnchor> trustAnchors(TrustAnchors anchors) {
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate c : anchors.certificates()) {
            set.add(new TrustAnchor(c, null));
        }
        return set;
    }
}
