package org.smpdocs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine as a library user holds it: shared, reused, and honest about what it cannot do. */
class SmpDocsTest {
    private final SmpDocs engine = Samples.engine();

    private PatientCase read(String name) {
        return engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
    }

    @Test
    void oneEngineRendersTheSameDocumentsOnManyThreads() throws Exception {
        List<PatientCase> cases = Samples.cases().stream().map(p -> engine.readCase(p)).toList();
        List<String> expected = cases.stream()
                .map(c -> Samples.text(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (PatientCase c : cases) {
                    results.add(pool.submit(() -> Samples.text(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % cases.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void perSessionDocumentsDefaultToTheLatestSession() {
        PatientCase c = read("norwood6-density.json");
        RenderedDocument latest = engine.render(DocumentKind.AFTERCARE, c);
        assertEquals(2, latest.session());
        assertEquals("C-2026-0142-aftercare-s2.pdf", latest.fileName(OutputFormat.PDF));
        assertEquals(0, engine.render(DocumentKind.CONSENT, c, 2).session(), "case-level documents have no session");
    }

    @Test
    void anOutdatedAftercareVersionIsAWarning() throws Exception {
        String json = Files.readString(Samples.ROOT.resolve("cases/greek-name.json"))
                .replace("\"aftercareVersion\": \"2026.1\"", "\"aftercareVersion\": \"2025.3\"");
        PatientCase c = engine.readCase("case.json", json.getBytes(StandardCharsets.UTF_8));
        RenderedDocument report = engine.render(DocumentKind.REPORT, c);
        assertEquals(List.of("session 1 records aftercare version 2025.3; the clinic's content is version 2026.1"),
                report.warnings());
        assertTrue(Samples.text(report.bytes(OutputFormat.PDF)).contains("Aftercare sheet given Version 2025.3"));
    }

    @Test
    void aRenderedDocumentCannotBeChangedThroughItsFormats() throws Exception {
        RenderedDocument consent = engine.render(DocumentKind.CONSENT, read("greek-name.json"));
        java.util.Set<OutputFormat> formats = consent.formats();
        assertThrows(UnsupportedOperationException.class, formats::clear);
        assertThrows(UnsupportedOperationException.class, () -> formats.remove(OutputFormat.PDF));
        assertTrue(consent.formats().contains(OutputFormat.PDF));
        assertTrue(consent.bytes(OutputFormat.PDF).length > 0, "the document keeps its PDF");
    }

    @Test
    void aCaseBuiltInCodeIsValidatedToo() throws Exception {
        PatientCase c = read("greek-name.json");
        PatientCase broken = new PatientCase("bad id with spaces", c.patient(), c.screening(), c.patchTest(), c.plan(), c.sessions(),
                c.consent());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.render(DocumentKind.CONSENT, broken));
        assertEquals(List.of(new Problem("id", "pattern",
                "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")), e.problems());
    }

    @Test
    void aCaseIsReadFromAFileOrFromBytesWithEveryProblemListed() throws Exception {
        byte[] json = Files.readAllBytes(Samples.ROOT.resolve("cases/greek-name.json"));
        assertEquals(read("greek-name.json"), engine.readCase("upload.json", json));
        String broken = new String(json, StandardCharsets.UTF_8).replaceFirst("\"dateOfBirth\": \"[^\"]*\"",
                "\"dateOfBirth\": \"31/02/1990\"").replaceFirst("\"id\": \"C-[^\"]*\"", "\"id\": \"bad id\"");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.readCase("upload.json", broken.getBytes(StandardCharsets.UTF_8)));
        assertEquals("upload.json", e.source());
        assertEquals(List.of("id pattern", "patient.dateOfBirth malformed-value"),
                e.problems().stream().map(p -> p.path() + " " + p.rule()).sorted().toList());
        assertFalse(e.getMessage().contains("31/02/1990"), "no value from the file in the message");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> engine.readCase(Samples.ROOT.resolve("cases/no-such-case.json")));
        assertEquals("no-such-case.json", missing.source());
    }

    @Test
    void problemsListWhatStopsAConsentForAValidCase() {
        assertEquals(List.of(), engine.problems(read("greek-name.json")));
        PatientCase ruledOut = engine.readCase(Samples.ROOT.resolve("invalid/contraindications.json"));
        assertEquals(List.of("screening.activeScalpInfection no-contraindication",
                "screening.alcoholOrDrugs no-contraindication", "screening.pregnantOrBreastfeeding no-contraindication"),
                engine.problems(ruledOut).stream().map(p -> p.path() + " " + p.rule()).sorted().toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.render(DocumentKind.CONSENT, ruledOut));
        assertEquals(engine.problems(ruledOut), e.problems(), "what render refuses it for");
    }

    @Test
    void letterPaperIsAnOption() throws Exception {
        SmpDocs letter = SmpDocs.builder().clinicProfile(Samples.CLINIC).paper(PaperSize.LETTER).build();
        byte[] pdf = letter.render(DocumentKind.AFTERCARE, read("greek-name.json")).bytes(OutputFormat.PDF);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
    }
}
