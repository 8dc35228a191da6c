package org.smpdocs.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.render.pdf.Conformance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consent rendered by the engine and sealed, read back with PDFBox and BouncyCastle: a PAdES
 * B-B certification signature in the named field that keeps its box, the same bytes each time,
 * still PDF/A-2a and PDF/UA-1; with validation data, a DSS holding it.
 */
class SealerTest {
    private final SealFixture fixture = SealFixture.get();

    @Test
    void theSealIsOnePadesCertificationSignatureInTheNamedFieldAtTheGivenTime() throws Exception {
        try (PDDocument doc = Loader.loadPDF(fixture.sealed)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm(null).getField(SealFixture.FIELD);
            assertEquals(signature.getCOSObject(), field.getSignature().getCOSObject(), "the named field holds the seal");
            assertEquals("Adobe.PPKLite", signature.getFilter());
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertEquals(SealFixture.TIME, signature.getSignDate().toInstant());
            assertEquals("Deansgate Scalp Clinic seal (TEST \u2014 not for real use)", signature.getName());
            assertEquals(Sealer.REASON, signature.getReason());

            // DocMDP with P=1: the catalog's /Perms /DocMDP is this signature, its reference the transform
            COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertTrue(perms.getCOSDictionary(COSName.DOCMDP) == signature.getCOSObject(), "/Perms /DocMDP is the seal");
            COSArray references = signature.getCOSObject().getCOSArray(COSName.getPDFName("Reference"));
            COSDictionary reference = (COSDictionary) resolve(references.get(0));
            assertEquals(COSName.DOCMDP, reference.getCOSName(COSName.getPDFName("TransformMethod")));
            COSDictionary params = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
            assertEquals(1, params.getInt(COSName.P));
            assertNull(reference.getItem(COSName.getPDFName("DigestMethod")), "PDF/A-2 forbids DigestMethod here");
        }
    }

    @Test
    void theCmsSignsTheByteRangeWithSigningCertificateV2AndNoSigningTime() throws Exception {
        byte[] pdf = fixture.sealed;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the range runs to the end of the file");
            assertEquals('<', pdf[range[1]]);
            assertEquals('>', pdf[range[2] - 1]);
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = CmsVerification.signedData(signed, signature.getContents(pdf));
            assertTrue(cms.isDetachedSignature(), "detached");
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attributes = signer.getSignedAttributes();
            assertNull(attributes.get(CMSAttributes.signingTime), "PAdES keeps the time in /M, not in the CMS");
            assertNotNull(attributes.get(CMSAttributes.contentType));
            byte[] digest = ASN1OctetString.getInstance(attributes.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets();
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signed), digest);

            ESSCertIDv2 id = SigningCertificateV2.getInstance(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                    .getAttrValues().getObjectAt(0)).getCerts()[0];
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(fixture.certificate.getEncoded()), id.getCertHash());
            assertEquals(fixture.certificate.getSerialNumber(), id.getIssuerSerial().getSerial().getValue());

            // the signature over the DER signed attributes, checked with the JDK alone
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(fixture.certificate.getPublicKey());
            rsa.update(signer.getEncodedSignedAttributes());
            assertTrue(rsa.verify(signer.getSignature()));
            assertEquals(2, cms.getCertificates().getMatches(null).size(), "the seal certificate and its authority's");
        }
    }

    @Test
    void theFieldKeepsItsBoxAndLookAndTheRestOfTheFileIsUntouched() throws Exception {
        try (PDDocument before = Loader.loadPDF(fixture.consent); PDDocument after = Loader.loadPDF(fixture.sealed)) {
            PDSignatureField was = (PDSignatureField) before.getDocumentCatalog().getAcroForm(null).getField(SealFixture.FIELD);
            PDSignatureField is = (PDSignatureField) after.getDocumentCatalog().getAcroForm(null).getField(SealFixture.FIELD);
            PDRectangle rect = is.getWidgets().get(0).getRectangle();
            assertTrue(rect.getWidth() > 50 && rect.getHeight() > 10, "a visible box: " + rect);
            assertEquals(was.getWidgets().get(0).getRectangle().toString(), rect.toString());
            assertNotNull(is.getWidgets().get(0).getAppearance().getNormalAppearance());
            assertEquals(was.getWidgets().get(0).getStructParent(), is.getWidgets().get(0).getStructParent(), "still tagged");
            assertTrue(is.getWidgets().get(0).isPrinted());
            COSArray idBefore = before.getDocument().getTrailer().getCOSArray(COSName.ID);
            COSArray idAfter = after.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertArrayEquals(((COSString) idBefore.get(0)).getBytes(), ((COSString) idAfter.get(0)).getBytes(),
                    "the permanent file identifier is the engine's");
        }
        byte[] original = fixture.consent;
        assertArrayEquals(original, Arrays.copyOf(fixture.sealed, original.length), "an incremental update: the consent's bytes come first");
    }

    @Test
    void theSamePdfKeyAndTimeGiveTheSameBytes() {
        byte[] again = Sealer.of(fixture.key).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
        assertArrayEquals(fixture.sealed, again);
        byte[] later = Sealer.of(fixture.key).seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME.plusSeconds(60));
        assertFalse(Arrays.equals(fixture.sealed, later), "another time is another seal");
    }

    @Test
    void theSealedConsentIsStillPdfA2aAndPdfUa1() {
        assertEquals(List.of(), Conformance.failures(fixture.sealed, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
        assertEquals(List.of(), Conformance.failures(fixture.sealed, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules broken");
    }

    @Test
    void validationDataGoesIntoTheDssOfTheSealedRevision() throws Exception {
        Path folder = Files.createDirectories(fixture.file("validation-data"));
        X509CRL crl = fixture.authority.crl(SealFixture.TIME.minusSeconds(86_400), SealFixture.TIME.plusSeconds(30 * 86_400));
        Path ca = Files.writeString(fixture.file("validation-data/test-ca.pem"), TestAuthority.pem(fixture.authority.certificate()));
        Path crlFile = Files.write(fixture.file("validation-data/test-ca.crl"), crl.getEncoded());
        byte[] sealed = Sealer.of(fixture.key).withValidationData(ValidationData.load(folder))
                .seal(fixture.consent, SealFixture.FIELD, SealFixture.TIME);
        Files.delete(ca);
        Files.delete(crlFile);
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertNotNull(dss, "a DSS in the catalog");
            List<byte[]> certs = streams(dss, "Certs");
            List<byte[]> crls = streams(dss, "CRLs");
            assertEquals(1, certs.size());
            assertArrayEquals(fixture.authority.certificate().getEncoded(), certs.get(0));
            assertEquals(1, crls.size());
            X509CRL read = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crls.get(0)));
            assertEquals(crl, read);
            assertNull(dss.getItem(COSName.getPDFName("OCSPs")), "no OCSP responses were given");
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            assertEquals(sealed.length, signature.getByteRange()[2] + signature.getByteRange()[3],
                    "the DSS is inside the sealed revision: nothing follows the seal");
        }
        assertEquals(List.of(), Conformance.failures(sealed, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
    }

    @Test
    void aFieldThatIsNotAnEmptySignatureFieldIsAProgrammingError() {
        Sealer sealer = Sealer.of(fixture.key);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> sealer.seal(fixture.consent, "clinic-seal-missing", SealFixture.TIME));
        assertTrue(none.getMessage().contains("no empty signature field \"clinic-seal-missing\""), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sealer.seal(fixture.consent, "date-practitioner", SealFixture.TIME),
                "a text field");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> sealer.seal(fixture.sealed, "signature-patient", SealFixture.TIME));
        assertTrue(twice.getMessage().contains("signed already"), twice.getMessage());
    }

    @Test
    void aCertificateNotValidAtTheSealingTimeIsRefused() {
        Instant before = TestAuthority.FROM.minusSeconds(1);
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Sealer.of(fixture.key).seal(fixture.consent, SealFixture.FIELD, before));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertTrue(e.getMessage().contains("not at the sealing time 2025-12-31T23:59:59Z"), e.getMessage());
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }

    private static List<byte[]> streams(COSDictionary dss, String key) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (COSBase item : dss.getCOSArray(COSName.getPDFName(key))) {
            try (var in = ((COSStream) resolve(item)).createInputStream()) {
                out.add(in.readAllBytes());
            }
        }
        return out;
    }
}
