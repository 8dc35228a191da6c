package org.smpdocs.internal.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

/**
 * The layout engine's own diagnostics reach the caller as the document's warnings, and rendering
 * leaves the process's logging as the application set it.
 */
class LayoutDiagnosticsTest {
    @TempDir
    Path templates;

    @Test
    void aStylesheetTheLayoutEngineCannotReadIsAWarningOfTheDocument() throws IOException {
        String css = Files.readString(Path.of("templates", "print.css")) + "\np { color: ; font-size: 10pt }\n";
        Files.writeString(templates.resolve("print.css"), css);
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).templateDirectory(templates).build();
        PatientCase c = Samples.engine().readCase(Samples.cases().get(0));
        RenderedDocument consent = engine.render(DocumentKind.CONSENT, c);
        assertTrue(consent.warnings().stream().anyMatch(w -> w.startsWith("PDF layout: CSS_PARSE")), consent.warnings().toString());
    }

    @Test
    void renderingDoesNotSwitchOffLoggingForTheProcess() throws IOException {
        PatientCase c = Samples.engine().readCase(Samples.cases().get(0));
        RenderedDocument consent = Samples.engine().render(DocumentKind.CONSENT, c);
        assertTrue(XRLog.isLoggingEnabled());
        assertEquals(java.util.List.of(), consent.warnings());
    }
}
