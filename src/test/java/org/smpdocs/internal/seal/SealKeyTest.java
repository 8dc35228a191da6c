package org.smpdocs.internal.seal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening the clinic's seal keystore, the sample one included: each way it can be wrong is a
 * clear invalid-input error that never shows the password.
 */
class SealKeyTest {
    private final SealFixture fixture = SealFixture.get();

    @Test
    void theKeyItsCertificateAndChainAreRead() {
        SealKey key = SealKey.load(fixture.keystore, SealFixture.PASSWORD);
        assertEquals(fixture.certificate, key.certificate());
        assertEquals(List.of(fixture.certificate, fixture.authority.certificate()), key.chain());
        assertEquals("Deansgate Scalp Clinic seal (TEST \u2014 not for real use)", key.signerName());
        assertEquals("SHA256withRSA", key.signatureAlgorithm());
        assertFalse(key.toString().contains("test-only"));
    }

    @Test
    void theSampleKeystoreOpensWithItsStatedPasswordAndChainsToTheSampleAuthority() {
        Path samples = Path.of("samples/seal");
        SealKey key = SealKey.load(samples.resolve("clinic-seal.p12"), "sample-only".toCharArray());
        TrustAnchors anchors = TrustAnchors.load(samples.resolve("test-ca.pem"));
        assertEquals(1, anchors.certificates().size());
        X509Certificate ca = anchors.certificates().get(0);
        assertTrue(ca.getSubjectX500Principal().getName().contains("smp-docs TEST authority"), ca.getSubjectX500Principal().getName());
        assertEquals(ca.getSubjectX500Principal(), key.certificate().getIssuerX500Principal());
        key.requireValidAt(Instant.parse("2026-01-01T00:00:00Z"));
        key.requireValidAt(Instant.parse("2035-12-31T23:59:59Z"));
        byte[] sealed = Sealer.of(key).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
        SealReport report = new SealVerifier(anchors).verify(sealed);
        assertTrue(report.sealedAndIntact(), report.toString());
    }

    @Test
    void aMissingKeystoreIsNamed() {
        Path missing = fixture.folder.resolve("no-such.p12");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SealKey.load(missing, SealFixture.PASSWORD));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("SMP-INPUT: the seal keystore " + missing + " does not exist or is not a file", e.getMessage());
    }

    @Test
    void aWrongPasswordIsSaidToBeWrongAndNotShown() {
        char[] wrong = "guessed-wrong-42".toCharArray();
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SealKey.load(fixture.keystore, wrong));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("SMP-INPUT: wrong password for the seal keystore " + fixture.keystore, e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("guessed-wrong-42"), "the password is never in a message");
            assertFalse(String.valueOf(t.getMessage()).contains("test-only"), "the password is never in a message");
        }
    }

    @Test
    void aFileThatIsNotAKeystoreIsNamed() throws Exception {
        Path text = Files.writeString(fixture.file("not-a-keystore.p12"), "hello", StandardCharsets.US_ASCII);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SealKey.load(text, SealFixture.PASSWORD));
        assertEquals("SMP-INPUT: the seal keystore " + text + " is not a PKCS#12 keystore (or is damaged)", e.getMessage());
    }

    @Test
    void aKeystoreWithoutAPrivateKeyIsRefused() throws Exception {
        Path file = fixture.file("certificate-only.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", fixture.authority.certificate());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, SealFixture.PASSWORD);
        }
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SealKey.load(file, SealFixture.PASSWORD));
        assertEquals("SMP-INPUT: the seal keystore " + file + " holds no private key", e.getMessage());
    }

    @Test
    void aKeystoreWithTwoKeysIsRefused() throws Exception {
        KeyPair second = TestAuthority.rsa();
        X509Certificate secondCertificate = fixture.authority.issueSeal("CN=Second key", second.getPublic(),
                TestAuthority.FROM, TestAuthority.TO);
        Path file = fixture.file("two-keys.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("one", fixture.keys.getPrivate(), SealFixture.PASSWORD, new X509Certificate[] {fixture.certificate});
        store.setKeyEntry("two", second.getPrivate(), SealFixture.PASSWORD, new X509Certificate[] {secondCertificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, SealFixture.PASSWORD);
        }
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SealKey.load(file, SealFixture.PASSWORD));
        assertEquals("SMP-INPUT: the seal keystore " + file + " holds 2 private keys; it must hold exactly one, the clinic's seal key",
                e.getMessage());
    }

    @Test
    void aCertificateOutsideItsValidityAtTheSealingTimeIsRefused() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-06-30T00:00:00Z");
        X509Certificate expiring = fixture.authority.issueSeal(TestAuthority.SEAL_NAME, fixture.keys.getPublic(), from, to);
        Path file = fixture.authority.keystore(fixture.file("expiring.p12"), SealFixture.PASSWORD, fixture.keys.getPrivate(), expiring);
        SealKey key = SealKey.load(file, SealFixture.PASSWORD);
        key.requireValidAt(Instant.parse("2026-03-01T00:00:00Z"));
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> key.requireValidAt(SealFixture.TIME));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("SMP-INPUT: the seal certificate is valid from 2026-01-01T00:00:00Z to 2026-06-30T00:00:00Z,"
                + " not at the sealing time 2026-11-24T10:20:00Z", e.getMessage());
    }
}
