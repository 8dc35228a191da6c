package org.smpdocs.internal.render.docx;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.Xhtml;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DOCX says exactly what the XHTML says, paragraph for paragraph, for every sample and kind. */
class DocxParityTest {
    private static SmpDocs engine;

    @BeforeAll
    static void engine() {
        engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
    }

    static Stream<Arguments> documents() {
        return Samples.cases().stream().flatMap(file -> Stream.of(DocumentKind.values()).map(k -> Arguments.of(file, k)));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("documents")
    void docxParagraphsEqualTheXhtmlBlocks(Path file, DocumentKind kind) {
        PatientCase c = engine.readCase(file);
        RenderedDocument doc = engine.render(kind, c);
        List<String> expected = XhtmlBlocks.of(Xhtml.of(engine, kind, c, 0));
        assertTrue(expected.size() > 10, "a real document");
        assertEquals(expected, DocxText.paragraphs(doc.bytes(OutputFormat.DOCX)));
        assertEquals(List.of(OutputFormat.PDF, OutputFormat.DOCX), List.copyOf(doc.formats()), "both from one render");
    }
}
