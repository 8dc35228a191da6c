package org.smpdocs.internal.render.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real word processor opens every generated DOCX: LibreOffice converts each to PDF without
 * error, and the result names the patient and, for consent and disclosure, every drawback, in
 * the typeface embedded in the DOCX (Noto Sans, which the machine need not have).
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
            PatientCase c = engine.readCase(file);
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
            assertTrue(fonts(pdf).containsAll(List.of("NotoSans-Regular", "NotoSans-Bold")), entry.getKey() + ": " + fonts(pdf));
            PatientCase c = entry.getValue();
            assertTrue(text.contains(c.patient().givenName() + " " + c.patient().familyName()), entry.getKey());
            if (entry.getKey().contains("-consent") || entry.getKey().contains("-disclosure")) {
                drawbacks.forEach(d -> assertTrue(text.contains(d.title()), entry.getKey() + ": " + d.id()));
            }
        }
    }

    /** The fonts of the first page, without their subset prefix. */
    private static Set<String> fonts(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return names;
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
