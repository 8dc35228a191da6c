package org.smpdocs.internal.seal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier on sealed consents as made, and on the forgeries it must name: a flipped byte,
 * an incremental update after sealing, a seal by a key the clinic does not trust, a revoked
 * certificate; and on files that are not sealed or not PDFs.
 */
class SealVerifierTest {
    private final SealFixture fixture = SealFixture.get();
    private final SealVerifier verifier = new SealVerifier(fixture.anchors());

    @Test
    void aSealedConsentIsSealedAndIntact() {
        SealReport report = verifier.verify(fixture.sealed);
        assertTrue(report.sealedAndIntact(), report.toString());
        assertEquals("sealed and intact", report.toString());
        assertEquals(1, report.signatures().size());
        SealCheck check = report.signatures().get(0);
        assertEquals(SealFixture.FIELD, check.field());
        assertEquals("Deansgate Scalp Clinic seal (TEST \u2014 not for real use)", check.signer());
        assertEquals(Optional.of(SealFixture.TIME), check.signingTime());
        assertEquals(Optional.empty(), check.timestamp());
        assertEquals("B-B", check.level());
    }

    @Test
    void oneFlippedByteInTheSignedRangeIsNamed() {
        byte[] pdf = fixture.sealed.clone();
        // one bit of a byte in the middle of the consent's own bytes, far from the seal
        pdf[fixture.consent.length / 2] ^= 1;
        SealReport report = verifier.verify(pdf);
        assertFalse(report.sealedAndIntact());
        assertEquals(List.of(SealProblem.BYTES_DO_NOT_MATCH), report.signatures().get(0).problems());
        assertTrue(report.toString().contains("the document's bytes do not match the seal"), report.toString());
    }

    @Test
    void aFlippedByteInTheSealedRevisionItselfIsNamedToo() {
        byte[] pdf = fixture.sealed.clone();
        int at = lastIndexOf(pdf, "/Reason");
        pdf[at + 2] = (byte) 'E'; // "/REason": the signature dictionary is signed as well
        assertEquals(List.of(SealProblem.BYTES_DO_NOT_MATCH), verifier.verify(pdf).signatures().get(0).problems());
    }

    @Test
    void anIncrementalUpdateAppendedAfterSealingIsNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(fixture.sealed)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Changed after sealing");
            info.getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        byte[] changed = out.toByteArray();
        assertTrue(changed.length > fixture.sealed.length);
        SealReport report = verifier.verify(changed);
        assertFalse(report.sealedAndIntact());
        assertEquals(List.of(SealProblem.CHANGED_AFTER_SEALING), report.signatures().get(0).problems());
        assertTrue(report.toString().contains("changed after sealing: an incremental update was appended"), report.toString());
    }

    @Test
    void aSealByAKeyTheClinicDoesNotTrustIsNamed() {
        TestAuthority other = TestAuthority.create("C=GB,O=Elsewhere,CN=Another authority", TestAuthority.FROM, TestAuthority.TO);
        KeyPair keys = TestAuthority.rsa();
        X509Certificate certificate = other.issueSeal(TestAuthority.SEAL_NAME, keys.getPublic(), TestAuthority.FROM, TestAuthority.TO);
        Path keystore = other.keystore(fixture.file("other.p12"), SealFixture.PASSWORD, keys.getPrivate(), certificate);
        byte[] sealed = Sealer.of(SealKey.load(keystore, SealFixture.PASSWORD)).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);

        SealReport report = verifier.verify(sealed);
        assertFalse(report.sealedAndIntact());
        assertEquals(List.of(SealProblem.NOT_VOUCHED_FOR), report.signatures().get(0).problems());
        assertTrue(report.toString().contains("sealed by a certificate the clinic's trust anchors do not vouch for"));
        assertTrue(new SealVerifier(TrustAnchors.of(List.of(other.certificate()))).verify(sealed).sealedAndIntact(),
                "the same file is intact for whom that authority vouches");
    }

    @Test
    void aSealMadeWithAnEcKeyIsIntactToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = fixture.authority.issueSeal(TestAuthority.SEAL_NAME, keys.getPublic(),
                TestAuthority.FROM, TestAuthority.TO);
        Path keystore = fixture.authority.keystore(fixture.file("ec.p12"), SealFixture.PASSWORD, keys.getPrivate(), certificate);
        SealKey key = SealKey.load(keystore, SealFixture.PASSWORD);
        assertEquals("SHA256withECDSA", key.signatureAlgorithm());
        SealReport report = verifier.verify(Sealer.of(key).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME));
        assertTrue(report.sealedAndIntact(), report.toString());
    }

    @Test
    void aSelfSignedSealWhoseNameCopiesTheClinicsIsNotVouchedFor() {
        // the same subject as the clinic's certificate, issued by an authority with the same name
        TestAuthority impostor = TestAuthority.create(TestAuthority.CA_NAME, TestAuthority.FROM, TestAuthority.TO);
        KeyPair keys = TestAuthority.rsa();
        X509Certificate certificate = impostor.issueSeal(TestAuthority.SEAL_NAME, keys.getPublic(), TestAuthority.FROM, TestAuthority.TO);
        Path keystore = impostor.keystore(fixture.file("impostor.p12"), SealFixture.PASSWORD, keys.getPrivate(), certificate);
        byte[] sealed = Sealer.of(SealKey.load(keystore, SealFixture.PASSWORD)).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
        assertEquals(List.of(SealProblem.NOT_VOUCHED_FOR), verifier.verify(sealed).signatures().get(0).problems());
    }

    @Test
    void aCertificateTheDssRevokesIsNamedAndOneItDoesNotRevokeIsIntact() throws Exception {
        X509CRL revoking = fixture.authority.crl(SealFixture.TIME.minusSeconds(3600), SealFixture.TIME.plusSeconds(86_400),
                fixture.certificate);
        X509CRL clean = fixture.authority.crl(SealFixture.TIME.minusSeconds(3600), SealFixture.TIME.plusSeconds(86_400));
        assertEquals(List.of(SealProblem.CERTIFICATE_REVOKED), verifier.verify(sealedWith("revoked", revoking)).signatures().get(0).problems());
        SealReport report = verifier.verify(sealedWith("clean", clean));
        assertTrue(report.sealedAndIntact(), report.toString());
    }

    private byte[] sealedWith(String name, X509CRL crl) throws Exception {
        Path folder = Files.createDirectories(fixture.file("crl-" + name));
        Path file = Files.write(fixture.file("crl-" + name + "/ca.crl"), crl.getEncoded());
        try {
            return Sealer.of(fixture.key).withValidationData(ValidationData.load(folder))
                    .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aPdfWithoutASignatureIsNotSealed() {
        SealReport report = verifier.verify(fixture.consent);
        assertFalse(report.sealedAndIntact());
        assertEquals(List.of(SealProblem.NOT_SEALED), report.problems());
        assertEquals("not sealed: the document has no signature", report.toString());
    }

    @Test
    void somethingThatIsNotAPdfIsSaidToBeSo() {
        SealReport report = verifier.verify("not a PDF at all".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(SealProblem.NOT_A_PDF), report.problems());
        assertFalse(report.sealedAndIntact());
    }

    @Test
    void aSignatureValueCutShortIsUnreadableNotIntact() {
        byte[] pdf = fixture.sealed.clone();
        int contents = lastIndexOf(pdf, "/Contents <") + "/Contents <".length();
        for (int i = 0; i < 64; i++) {
            pdf[contents + i] = '0';
        }
        SealReport report = verifier.verify(pdf);
        assertFalse(report.sealedAndIntact());
        assertEquals(List.of(SealProblem.UNREADABLE_SIGNATURE), report.signatures().get(0).problems());
    }

    static int lastIndexOf(byte[] bytes, String text) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf(text);
        assertTrue(at >= 0, text);
        return at;
    }
}
