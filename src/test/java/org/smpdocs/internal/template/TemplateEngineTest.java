package org.smpdocs.internal.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template lookup, the locked-down configuration, and errors that name template and line. */
class TemplateEngineTest {
    private static final String FRAME_START = "<#import \"lib/parts.ftlx\" as p><@p.document title=\"T\" subject=\"S\">\n";

    @TempDir
    Path clinicTemplates;

    private PatientCase sample(SmpDocs engine) {
        return engine.readCase(Samples.cases().get(0));
    }

    private SmpDocs engineWith(String template) throws IOException {
        Files.writeString(clinicTemplates.resolve("consent.ftlx"), template);
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).templateDirectory(clinicTemplates).build();
    }

    @Test
    void aClinicTemplateShadowsTheBuiltInFileByFile() throws IOException {
        SmpDocs engine = engineWith(FRAME_START + "<p>Our own consent wording for ${patient.givenName}.</p></@p.document>");
        PatientCase c = sample(engine);
        String consent = Samples.text(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF));
        String disclosure = Samples.text(engine.render(DocumentKind.DISCLOSURE, c).bytes(OutputFormat.PDF));
        assertTrue(consent.contains("Our own consent wording for " + c.patient().givenName() + "."));
        assertFalse(consent.contains("Drawbacks and risks"));
        assertTrue(disclosure.contains("Drawbacks and risks of scalp micropigmentation"), "built-in still used");
    }

    @Test
    void aClinicStylesheetShadowsTheBuiltInOne() throws IOException {
        Files.writeString(clinicTemplates.resolve("print.css"), "h2 { display: none; } body { font-family: Georgia; }");
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).templateDirectory(clinicTemplates).build();
        String text = Samples.text(engine.render(DocumentKind.CONSENT, sample(engine)).bytes(OutputFormat.PDF));
        assertFalse(text.contains("What scalp micropigmentation is"), "the clinic's stylesheet hides headings");
        assertTrue(text.contains("Consent to scalp micropigmentation"), "a family we do not bundle falls back to ours");
    }

    @Test
    void missingDataFailsWithTemplateLineAndExpressionNeverBlank() throws IOException {
        SmpDocs engine = engineWith(FRAME_START + "<p>${patient.nickname}</p></@p.document>");
        PatientCase c = sample(engine);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.render(DocumentKind.CONSENT, c));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 6: missing value at ${patient.nickname}",
                e.getMessage());
    }

    @Test
    void typeErrorsDoNotQuotePatientValues() throws IOException {
        SmpDocs engine = engineWith(FRAME_START + "<p>${patient.givenName * 2}</p></@p.document>");
        PatientCase c = sample(engine);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.render(DocumentKind.CONSENT, c));
        assertTrue(e.getMessage().startsWith("SMP-TEMPLATE: template consent.ftlx line 2"), e.getMessage());
        assertFalse(e.getMessage().contains(c.patient().givenName()), e.getMessage());
    }

    @Test
    void templatesCannotReachJava() throws IOException {
        for (String body : new String[] {
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "${patient?api.getClass().getName()}"}) {
            SmpDocs engine = engineWith(FRAME_START + body + "</@p.document>");
            PatientCase c = sample(engine);
            SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.render(DocumentKind.CONSENT, c), body);
            assertEquals(ErrorCode.TEMPLATE, e.code());
        }
    }

    @Test
    void dataIsEscapedSoItPrintsLiterallyAndCannotInjectMarkup() throws IOException {
        SmpDocs engine = Samples.engine();
        String json = Files.readString(Samples.cases().get(0))
                .replaceFirst("\"givenName\": \"[^\"]*\"", "\"givenName\": \"Ann <b>&amp; Co</b>\"");
        PatientCase c = engine.readCase("case.json", json.getBytes(StandardCharsets.UTF_8));
        String text = Samples.text(engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF));
        assertTrue(text.contains("Ann <b>&amp; Co</b> " + c.patient().familyName()), text.substring(0, 400));
    }

    @Test
    void aSyntaxErrorFailsWhenTheEngineIsBuilt() throws IOException {
        Files.writeString(clinicTemplates.resolve("report.ftlx"), "<#if>\n");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> SmpDocs.builder()
                .clinicProfile(Samples.CLINIC).templateDirectory(clinicTemplates).build());
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertTrue(e.getMessage().contains("template report.ftlx line 1"), e.getMessage());
    }

    @Test
    void markupOutsideTheVocabularyIsATemplateError() throws IOException {
        SmpDocs engine = engineWith(FRAME_START + "<marquee>hi</marquee></@p.document>");
        PatientCase c = sample(engine);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.render(DocumentKind.CONSENT, c));
        assertTrue(e.getMessage().contains("consent.ftlx") && e.getMessage().contains("<marquee>"), e.getMessage());
    }
}
