package org.smpdocs.internal.seal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the validation data folder and the trust anchors file: what is read, and clear errors. */
class ValidationDataTest {
    private final SealFixture fixture = SealFixture.get();

    @Test
    void certificatesInPemAndDerAndCrlsAreReadOnceEach() throws Exception {
        Path folder = Files.createDirectories(fixture.file("vd-read"));
        X509CRL crl = fixture.authority.crl(SealFixture.TIME, SealFixture.TIME.plusSeconds(86_400));
        List<Path> files = List.of(
                Files.writeString(fixture.file("vd-read/a-ca.pem"), TestAuthority.pem(fixture.authority.certificate())),
                Files.write(fixture.file("vd-read/b-ca.cer"), fixture.authority.certificate().getEncoded()),
                Files.write(fixture.file("vd-read/c-seal.crt"), fixture.certificate.getEncoded()),
                Files.write(fixture.file("vd-read/ca.crl"), crl.getEncoded()),
                Files.writeString(fixture.file("vd-read/.hidden"), "skipped"));
        try {
            ValidationData data = ValidationData.load(folder);
            assertEquals(2, data.certificates().size(), "the authority's certificate once, then the seal's");
            assertArrayEquals(fixture.authority.certificate().getEncoded(), data.certificates().get(0));
            assertArrayEquals(fixture.certificate.getEncoded(), data.certificates().get(1));
            assertEquals(1, data.crls().size());
            assertArrayEquals(crl.getEncoded(), data.crls().get(0));
            assertEquals(List.of(), data.ocspResponses());
        } finally {
            for (Path f : files) {
                Files.delete(f);
            }
        }
    }

    @Test
    void aFileOfAnotherKindOrNotWhatItsNameSaysIsNamed() throws Exception {
        Path folder = Files.createDirectories(fixture.file("vd-bad"));
        Path readme = Files.writeString(fixture.file("vd-bad/notes.txt"), "x");
        SmpDocsException other = assertThrows(SmpDocsException.class, () -> ValidationData.load(folder));
        assertEquals(ErrorCode.INVALID_INPUT, other.code());
        assertTrue(other.getMessage().contains(readme + " is none of the validation data kinds"), other.getMessage());
        Files.delete(readme);

        Path fake = Files.writeString(fixture.file("vd-bad/fake.crl"), "not a CRL", StandardCharsets.US_ASCII);
        SmpDocsException notCrl = assertThrows(SmpDocsException.class, () -> ValidationData.load(folder));
        assertTrue(notCrl.getMessage().startsWith("SMP-INPUT: " + fake + " is not a valid CRL"), notCrl.getMessage());
        Files.delete(fake);

        SmpDocsException empty = assertThrows(SmpDocsException.class, () -> ValidationData.load(folder));
        assertTrue(empty.getMessage().endsWith("holds no certificate, CRL or OCSP response"), empty.getMessage());
        SmpDocsException missing = assertThrows(SmpDocsException.class, () -> ValidationData.load(folder.resolve("nothing")));
        assertTrue(missing.getMessage().endsWith("does not exist or is not a folder"), missing.getMessage());
    }

    @Test
    void trustAnchorsAreReadFromPemWithClearErrors() throws Exception {
        Path two = Files.writeString(fixture.file("anchors.pem"),
                TestAuthority.pem(fixture.authority.certificate(), fixture.certificate));
        assertEquals(List.of(fixture.authority.certificate(), fixture.certificate), TrustAnchors.load(two).certificates());

        Path garbage = Files.writeString(fixture.file("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        SmpDocsException bad = assertThrows(SmpDocsException.class, () -> TrustAnchors.load(garbage));
        assertEquals(ErrorCode.INVALID_INPUT, bad.code());
        assertTrue(bad.getMessage().contains("does not hold X.509 certificates"), bad.getMessage());

        Path empty = Files.writeString(fixture.file("empty.pem"), "");
        assertTrue(assertThrows(SmpDocsException.class, () -> TrustAnchors.load(empty)).getMessage().endsWith("holds no certificate"));
        Path missing = fixture.folder.resolve("absent.pem");
        assertEquals("SMP-INPUT: the trust anchors file " + missing + " does not exist or is not a file",
                assertThrows(SmpDocsException.class, () -> TrustAnchors.load(missing)).getMessage());
    }
}
