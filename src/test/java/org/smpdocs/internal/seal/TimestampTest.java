package org.smpdocs.internal.seal;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.render.pdf.Conformance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * B-T and B-LT against a time-stamp authority started in the test (BouncyCastle's TSP classes on
 * the JDK's HTTP server): the token covers the signature value, our verifier reports its time,
 * pdfsig still finds the seal valid, veraPDF still passes; an authority that cannot be reached is
 * a clear error.
 */
class TimestampTest {
    private static final Instant STAMPED = SealFixture.TIME.plusSeconds(2);
    private static TestTimestampServer tsa;
    private static byte[] sealed;
    private final SealFixture fixture = SealFixture.get();

    @BeforeAll
    static void startTheAuthorityAndSeal() throws Exception {
        SealFixture fixture = SealFixture.get();
        tsa = new TestTimestampServer(fixture.authority, STAMPED);
        sealed = Sealer.of(fixture.key).withTimestampAuthority(tsa.url()).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
    }

    @AfterAll
    static void stop() {
        if (tsa != null) {
            tsa.close();
        }
    }

    @Test
    void theSealCarriesATokenOverItsSignatureValue() throws Exception {
        assertEquals(1, tsa.requests());
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            CMSSignedData cms = CmsVerification.signedData(signature.getSignedContent(sealed), signature.getContents(sealed));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertNotNull(attribute, "the signature-time-stamp attribute");
            TimeStampToken token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()),
                    token.getTimeStampInfo().getMessageImprintDigest());
            assertEquals(STAMPED, token.getTimeStampInfo().getGenTime().toInstant());
            assertEquals(TestTimestampServer.POLICY, token.getTimeStampInfo().getPolicy());
            assertEquals(SealFixture.TIME, signature.getSignDate().toInstant(), "/M stays the claimed time");
        }
    }

    @Test
    void ourVerifierReportsTheTimestampsTime() {
        SealReport report = new SealVerifier(fixture.anchors()).verify(sealed);
        assertTrue(report.sealedAndIntact(), report.toString());
        SealCheck check = report.signatures().get(0);
        assertEquals(Optional.of(STAMPED), check.timestamp());
        assertEquals("B-T", check.level());
    }

    @Test
    void aTimestampByAnAuthorityTheAnchorsDoNotVouchForProvesNoTime() throws Exception {
        TestAuthority stranger = TestAuthority.create("CN=Someone's own timestamp authority", SealFixture.TIME.minusSeconds(86_400),
                SealFixture.TIME.plusSeconds(86_400 * 365L));
        try (TestTimestampServer forged = new TestTimestampServer(stranger, SealFixture.TIME.minusSeconds(86_400 * 30L))) {
            byte[] backdated = Sealer.of(fixture.key).withTimestampAuthority(forged.url())
                    .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
            SealReport report = new SealVerifier(fixture.anchors()).verify(backdated);
            assertFalse(report.sealedAndIntact());
            assertTrue(report.allProblems().contains(SealProblem.TIMESTAMP_NOT_TRUSTED), report.toString());
        }
    }

    @Test
    void aTrustedTimestampEarlierThanTheSealIsNamed() throws Exception {
        try (TestTimestampServer early = new TestTimestampServer(fixture.authority, SealFixture.TIME.minusSeconds(3_600))) {
            byte[] sealedEarly = Sealer.of(fixture.key).withTimestampAuthority(early.url())
                    .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
            SealReport report = new SealVerifier(fixture.anchors()).verify(sealedEarly);
            assertTrue(report.allProblems().contains(SealProblem.TIMESTAMP_BEFORE_SEAL), report.toString());
        }
    }

    @Test
    void aTokenForAnotherSignatureIsNamed() {
        // the token of another seal (other bytes, so another signature value) put in this one's place
        byte[] other = new byte[sealed.length];
        try {
            byte[] otherSeal = Sealer.of(fixture.key).withTimestampAuthority(tsa.url())
                    .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME.plusSeconds(1));
            assertEquals(sealed.length, otherSeal.length);
            System.arraycopy(sealed, 0, other, 0, sealed.length);
            CMSSignedData mine = cms(sealed);
            CMSSignedData theirs = cms(otherSeal);
            SignerInformation swapped = SignerInformation.replaceUnsignedAttributes(mine.getSignerInfos().getSigners().iterator().next(),
                    theirs.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes());
            byte[] value = CMSSignedData.replaceSigners(mine, new SignerInformationStore(swapped))
                    .getEncoded(ASN1Encoding.DER);
            int[] range;
            try (PDDocument doc = Loader.loadPDF(sealed)) {
                range = doc.getSignatureDictionaries().get(0).getByteRange();
            }
            byte[] hex = HexFormat.of().withUpperCase().formatHex(value).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(hex, 0, other, range[1] + 1, hex.length);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        SealCheck check = new SealVerifier(fixture.anchors()).verify(other).signatures().get(0);
        assertEquals(List.of(SealProblem.TIMESTAMP_NOT_FOR_THIS_SEAL), check.problems());
        assertEquals(Optional.empty(), check.timestamp());
    }

    private static CMSSignedData cms(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            return CmsVerification.signedData(signature.getSignedContent(pdf), signature.getContents(pdf));
        }
    }

    @Test
    void pdfsigStillFindsTheSealValid() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig is not installed");
        String seal = PdfsigTest.sealBlock(PdfsigTest.pdfsig(sealed, "stamped"));
        assertTrue(seal.contains("- Signature Validation: Signature is Valid."), seal);
        assertTrue(seal.contains("- Total document signed"), seal);
    }

    @Test
    void theStampedSealIsStillPdfA2aAndPdfUa1() {
        assertEquals(List.of(), Conformance.failures(sealed, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
        assertEquals(List.of(), Conformance.failures(sealed, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules broken");
    }

    @Test
    void withTheChainAndACrlInTheDssItIsBLt() throws Exception {
        Path folder = Files.createDirectories(fixture.file("blt"));
        Path ca = Files.writeString(fixture.file("blt/ca.pem"), TestAuthority.pem(fixture.authority.certificate()));
        Path crl = Files.write(fixture.file("blt/ca.crl"),
                fixture.authority.crl(STAMPED.minusSeconds(3600), STAMPED.plusSeconds(86_400)).getEncoded());
        try {
            byte[] blt = Sealer.of(fixture.key).withTimestampAuthority(tsa.url()).withValidationData(ValidationData.load(folder))
                    .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
            SealReport report = new SealVerifier(fixture.anchors()).verify(blt);
            assertTrue(report.sealedAndIntact(), report.toString());
            assertEquals("B-LT", report.signatures().get(0).level());
        } finally {
            Files.delete(ca);
            Files.delete(crl);
        }
    }

    @Test
    void anAuthorityThatCannotBeReachedIsAClearError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/tsa");
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Sealer.of(fixture.key).withTimestampAuthority(nowhere).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME));
        assertEquals(ErrorCode.RENDER, e.code());
        assertTrue(e.getMessage().contains("the timestamp authority " + nowhere + " could not be reached"), e.getMessage());
    }

    @Test
    void anAuthorityAnsweringSomethingElseIsAClearError() {
        URI wrongPath = URI.create(tsa.url().toString().replace("/tsa", "/elsewhere"));
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Sealer.of(fixture.key).withTimestampAuthority(wrongPath).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME));
        assertTrue(e.getMessage().contains("answered HTTP 404"), e.getMessage());
    }

    @Test
    void anAuthorityThatIsNotAnHttpUrlIsRefused() {
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Sealer.of(fixture.key).withTimestampAuthority(URI.create("ftp://tsa.example/")));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
    }
}
