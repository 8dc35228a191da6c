package org.smpdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document says where it comes from, the same way in PDF and DOCX. */
class ProvenanceTest {
    private static final List<String> KEYS = List.of("smpdocs.kind", "smpdocs.template", "smpdocs.template-version",
            "smpdocs.template-set-sha256", "smpdocs.input-sha256", "smpdocs.clinic", "smpdocs.case", "smpdocs.patient",
            "smpdocs.session", "smpdocs.content-version", "smpdocs.issued-at");

    @TempDir
    Path clinicTemplates;

    private static SmpDocs engine(Path templates) {
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).templateDirectory(templates)
                .formats(EnumSet.allOf(OutputFormat.class)).build();
    }

    private static PatientCase read(SmpDocs engine) {
        return engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
    }

    @Test
    void pdfAndDocxCarryTheSameProvenance() throws IOException {
        SmpDocs engine = engine(null);
        PatientCase c = read(engine);
        RenderedDocument report = engine.render(DocumentKind.REPORT, c, 1);
        Map<String, String> expected = Xhtml.of(engine, DocumentKind.REPORT, c, 1).provenance();
        assertEquals(KEYS, List.copyOf(expected.keySet()));
        assertEquals("report", expected.get("smpdocs.kind"));
        assertEquals("report.ftlx", expected.get("smpdocs.template"));
        assertEquals("2026.1.1", expected.get("smpdocs.template-version"));
        assertTrue(expected.get("smpdocs.template-set-sha256").matches("[0-9a-f]{64}"));
        assertEquals(CaseSnapshot.sha256(c), expected.get("smpdocs.input-sha256"));
        assertEquals("1", expected.get("smpdocs.session"));
        assertEquals(Samples.CLOCK.instant().toString(), expected.get("smpdocs.issued-at"));
        try (PDDocument pdf = Loader.loadPDF(report.bytes(OutputFormat.PDF));
                XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(report.bytes(OutputFormat.DOCX)))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            var custom = docx.getProperties().getCustomProperties();
            for (String key : KEYS) {
                assertEquals(expected.get(key), info.getCustomMetadataValue(key), "PDF " + key);
                assertEquals(expected.get(key), custom.getProperty(key).getLpwstr(), "DOCX " + key);
            }
        }
        String footer = "report.ftlx 2026.1.1 · set " + expected.get("smpdocs.template-set-sha256").substring(0, 8)
                + " · input " + CaseSnapshot.sha256(c).substring(0, 8) + " · issued 2026-11-24 10:15 UTC";
        assertTrue(Samples.text(report.bytes(OutputFormat.PDF)).contains(footer), footer);
    }

    @Test
    void aClinicsChangedTemplateChangesTheSetHashAndItsDeclaredVersion() throws IOException {
        String builtIn = Xhtml.of(engine(null), DocumentKind.CONSENT, read(engine(null)), 0).provenance()
                .get("smpdocs.template-set-sha256");
        Files.writeString(clinicTemplates.resolve("print.css"), "h1 { color: black; }");
        Files.writeString(clinicTemplates.resolve("template-set.properties"),
                "version=clinic-3\nfiles=consent.ftlx, disclosure.ftlx, aftercare.ftlx, report.ftlx, lib/parts.ftlx, print.css\n");
        SmpDocs clinic = engine(clinicTemplates);
        Map<String, String> provenance = Xhtml.of(clinic, DocumentKind.CONSENT, read(clinic), 0).provenance();
        assertNotEquals(builtIn, provenance.get("smpdocs.template-set-sha256"));
        assertEquals("clinic-3", provenance.get("smpdocs.template-version"));
    }

    @Test
    void theTemplateSetListsEveryBuiltInFile() throws IOException {
        Properties set = new Properties();
        set.load(Files.newBufferedReader(Path.of("templates/template-set.properties")));
        List<String> listed = Stream.of(set.getProperty("files").split("\\s*,\\s*")).sorted().toList();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(p -> Path.of("templates").relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("template-set.properties")).sorted().toList();
            assertEquals(present, listed);
        }
    }

    @Test
    void aCaseSnapshotReadsBackAsTheSameCase() {
        SmpDocs engine = engine(null);
        for (Path file : Samples.cases()) {
            PatientCase c = engine.readCase(file);
            byte[] snapshot = CaseSnapshot.json(c);
            PatientCase again = engine.readCase("snapshot.json", snapshot);
            assertEquals(c, again, file.toString());
            assertEquals(CaseSnapshot.sha256(c), CaseSnapshot.sha256(again));
        }
    }
}
