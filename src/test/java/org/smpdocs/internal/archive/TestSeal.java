package org.smpdocs.internal.archive;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

/**
 * Signatures for tests of checkpoints and signed records, made with plain java.security
 * (SHA256withRSA) over two test key pairs: the clinic's, which the verifier trusts, and another.
 * The lead's CMS signer and PAdES checks replace these in the application. A "sealed" test PDF
 * is a PDF with a marker line naming the key appended; its seal verifies when the marker names
 * the clinic's key.
 */
final class TestSeal {
    static final KeyPair CLINIC = generate();
    static final KeyPair OTHER = generate();
    static final String SIGNER = "CN=Test Clinic (test key, not for use)";
    static final String NOT_TRUSTED = "not signed by a trusted key";

    private TestSeal() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static CheckpointSigner signer(KeyPair key) {
        return statement -> {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(key.getPrivate());
                s.update(statement);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Trusts the clinic's key only. */
    static CheckpointVerifier verifier() {
        return verifier(CLINIC.getPublic());
    }

    static CheckpointVerifier verifier(PublicKey trusted) {
        return (statement, signature) -> {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initVerify(trusted);
                s.update(statement);
                return s.verify(signature) ? Verdict.valid(SIGNER, null) : Verdict.invalid(NOT_TRUSTED);
            } catch (GeneralSecurityException e) {
                return Verdict.invalid("not a signature: " + e.getClass().getSimpleName());
            }
        };
    }

    /** The PDF as a test "seal" by {@code key} leaves it. */
    static byte[] sealed(byte[] pdf, KeyPair key) {
        byte[] marker = marker(key);
        byte[] sealed = Arrays.copyOf(pdf, pdf.length + marker.length);
        System.arraycopy(marker, 0, sealed, pdf.length, marker.length);
        return sealed;
    }

    static DocumentSealVerifier seals() {
        return pdf -> {
            byte[] marker = marker(CLINIC);
            boolean ours = pdf.length >= marker.length
                    && Arrays.equals(pdf, pdf.length - marker.length, pdf.length, marker, 0, marker.length);
            return ours ? Verdict.valid(SIGNER, null) : Verdict.invalid(NOT_TRUSTED);
        };
    }

    static Trust trust() {
        return new Trust(verifier(), seals());
    }

    private static byte[] marker(KeyPair key) {
        return ("\n%test-seal " + Integer.toHexString(key.getPublic().hashCode()) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Signing evidence naming an issued document, as a signing writes it (fields left out). */
    static byte[] evidence(String issuedSha256, String kind, String caseId, String patientId) {
        return ("{\"document\":{\"issuedSha256\":\"" + issuedSha256 + "\",\"kind\":\"" + kind + "\",\"caseId\":\""
                + caseId + "\",\"patientId\":\"" + patientId + "\"},\"fields\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Signing evidence about the archived record {@code issued}. */
    static byte[] evidence(AuditEntry issued) {
        IssuedDocument d = issued.document();
        return evidence(d.sha256().hex(), d.kind().id(), d.caseId(), d.patientId());
    }
}
