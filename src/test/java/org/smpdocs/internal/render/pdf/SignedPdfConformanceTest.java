package org.smpdocs.internal.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpdocs.ClinicSeal;
import org.smpdocs.DocumentKind;
import org.smpdocs.Marks;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SignedDocument;
import org.smpdocs.model.PatientCase;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A signed document (marks as images and text, the evidence page), and the same sealed, is as
 * archival and accessible as the issued one.
 */
class SignedPdfConformanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"minor-with-guardian", "accented-name-interpreter"})
    void aSignedConsentIsPdfA2aAndPdfUa1(String sample) {
        PatientCase c = Samples.engine().readCase(Samples.ROOT.resolve("cases").resolve(sample + ".json"));
        RenderedDocument issued = Samples.engine().render(DocumentKind.CONSENT, c);
        SignedDocument signed = Samples.engine().sign(issued, Marks.everyField(issued.bytes(OutputFormat.PDF)).build());
        ClinicSeal seal = ClinicSeal.fromPkcs12(Samples.ROOT.resolve("seal/clinic-seal.p12"), "sample-only".toCharArray());
        for (byte[] pdf : List.of(signed.pdf(), Samples.engine().seal(signed, seal))) {
            assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
            assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules broken");
        }
    }
}
