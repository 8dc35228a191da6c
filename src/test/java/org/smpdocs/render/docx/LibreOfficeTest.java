package org.smpdocs.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;

/**
 * A real word processor opens every generated DOCX: LibreOffice converts each to PDF without
 * error, and the result names the patient and, for consent and disclosure, every drawback.
 * Skipped, saying so, where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensEveryDocument() throws IOException, InterruptedException {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the DOCX check in a real word processor is skipped");
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).formats(EnumSet.of(OutputFormat.DOCX)).build();
        Map<String, PatientCase> byFile = new HashMap<>();
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
        for (Path file : Samples.cases()) {
            PatientCase c = engine.input().readCase(file, engine.clinic());
            for (DocumentKind kind : DocumentKind.values()) {
                RenderedDocument doc = engine.render(kind, c);
                Path docx = Files.write(dir.resolve(doc.fileName(OutputFormat.DOCX)), doc.bytes(OutputFormat.DOCX));
                byFile.put(doc.fileName(OutputFormat.DOCX), c);
                command.add(docx.toString());
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        List<Drawback> drawbacks = engine.clinic().content().drawbacks();
        for (Map.Entry<String, PatientCase> entry : byFile.entrySet()) {
            Path pdf = dir.resolve("pdf").resolve(entry.getKey().replace(".docx", ".pdf"));
            assertTrue(Files.exists(pdf), "converted: " + entry.getKey());
            String text = Samples.text(Files.readAllBytes(pdf), false);
            PatientCase c = entry.getValue();
            assertTrue(text.contains(c.patient().givenName() + " " + c.patient().familyName()), entry.getKey());
            if (entry.getKey().contains("-consent") || entry.getKey().contains("-disclosure")) {
                drawbacks.forEach(d -> assertTrue(text.contains(d.title()), entry.getKey() + ": " + d.id()));
            }
        }
    }

    private static String soffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dirName, "soffice");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
