package org.smpdocs.internal.render.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.Xhtml;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every PDF is PDF/A-2a and PDF/UA-1 by veraPDF's count, and its XMP carries the provenance. */
class ArchivalPdfTest {
    static Stream<Arguments> documents() {
        return Samples.cases().stream().flatMap(file -> Stream.of(DocumentKind.values()).map(k -> Arguments.of(file, k)));
    }

    private static byte[] render(Path file, DocumentKind kind) {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(file);
        return engine.render(kind, c).bytes(OutputFormat.PDF);
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("documents")
    void conformsToPdfA2aAndPdfUa1(Path file, DocumentKind kind) {
        byte[] pdf = render(file, kind);
        assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a rules broken");
        assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules broken");
    }

    @Test
    void xmpCarriesTheProvenanceInItsDeclaredSchema() throws Exception {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/cyrillic-name.json"));
        byte[] pdf = engine.render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF);
        Map<String, String> provenance = Xhtml.of(engine, DocumentKind.AFTERCARE, c, 0).provenance();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            XMPSchema schema = xmp.getSchema(XmpPacket.NAMESPACE);
            for (Map.Entry<String, String> e : provenance.entrySet()) {
                String property = e.getKey().substring("smpdocs.".length());
                assertEquals(e.getValue(), schema.getUnqualifiedTextPropertyValue(property), property);
            }
            assertEquals(Integer.valueOf(2), xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(engine.clinic().name(), xmp.getDublinCoreSchema().getCreators().get(0));
            assertEquals("en", xmp.getDublinCoreSchema().getLanguages().get(0));
            assertEquals(Samples.CLOCK.millis(), xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis());
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }
}
