package org.smpdocs.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports: what they hold, that they repeat exactly, and every tampering verify must name. */
class ExportTest {
    private static final ExportFilter NOVEMBER = new ExportFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null);

    @TempDir
    Path dir;

    private Archive archive;
    private Path zip;

    @BeforeEach
    void record() {
        SmpDocs engine = Samples.engine();
        archive = new Archive(dir.resolve("archive"));
        for (String name : List.of("norwood6-density.json", "greek-name.json")) {
            PatientCase c = engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
            for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT)) {
                archive.record(engine.render(kind, c), CaseSnapshot.json(c));
            }
        }
        zip = dir.resolve("export.zip");
    }

    private Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                all.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return all;
    }

    private Path tampered(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> all = change.apply(new LinkedHashMap<>(entries(zip)));
        Path out = dir.resolve("tampered.zip");
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void holdsTheSelectedRecordsWithManifestsAndAuditLines() throws IOException {
        assertEquals(4, Export.write(archive, new ExportFilter(NOVEMBER.from(), NOVEMBER.to(), "P-10381", null), zip, n -> { }));
        Map<String, byte[]> entries = entries(zip);
        List<Manifest.Row> rows = Manifest.read(entries.get("manifest.json"));
        assertEquals(4, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.caseId().equals("C-2026-0153")));
        String csv = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("path,kind,case,session,template_version,sha256,size,issued_at\n"), csv);
        assertEquals(5, csv.split("\n").length);
        rows.forEach(r -> assertTrue(entries.containsKey(r.path()), r.path()));
        assertEquals(4, new String(entries.get("audit.jsonl"), StandardCharsets.UTF_8).split("\n").length);
        assertEquals(1, entries.keySet().stream().filter(n -> n.startsWith("inputs/")).count());
        assertEquals(List.of(), ExportVerifier.verify(zip));
        assertEquals(2, Export.write(archive, new ExportFilter(NOVEMBER.from(), NOVEMBER.to(), null, DocumentKind.CONSENT), zip, n -> { }));
        assertEquals(0, Export.write(archive, new ExportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null),
                zip, n -> { }));
    }

    @Test
    void theSameSelectionGivesTheSameBytes() throws IOException {
        Export.write(archive, NOVEMBER, zip, n -> { });
        byte[] first = Files.readAllBytes(zip);
        Export.write(archive, NOVEMBER, zip, n -> { });
        assertArrayEquals(first, Files.readAllBytes(zip));
    }

    @Test
    void verifyNamesEveryTampering() throws IOException {
        Export.write(archive, NOVEMBER, zip, n -> { });
        String doc = Manifest.read(entries(zip).get("manifest.json")).get(2).path();
        Path flipped = tampered(m -> {
            byte[] b = m.get(doc).clone();
            b[b.length / 2] ^= 1;
            m.put(doc, b);
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, doc, "its SHA-256 differs from the recorded one")),
                ExportVerifier.verify(flipped));
        Path extra = tampered(m -> {
            m.put("documents/planted.pdf", new byte[] {1});
            m.put("../outside.txt", new byte[] {2});
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.EXTRA, "../outside.txt", "a name that leaves the export's folder"),
                new Finding(Finding.Problem.EXTRA, "documents/planted.pdf", "no audit line records it")),
                ExportVerifier.verify(extra));
        Path edited = tampered(m -> {
            m.put("audit.jsonl", new String(m.get("audit.jsonl"), StandardCharsets.UTF_8)
                    .replaceFirst("\"session\":2", "\"session\":3").getBytes(StandardCharsets.UTF_8));
            return m;
        });
        assertTrue(ExportVerifier.verify(edited).stream().anyMatch(f -> f.problem() == Finding.Problem.BROKEN_CHAIN
                && f.detail().equals("its hash does not match its content: edited")));
        Path dropped = tampered(m -> {
            List<String> lines = new ArrayList<>(List.of(new String(m.get("audit.jsonl"), StandardCharsets.UTF_8).split("\n")));
            lines.remove(0);
            m.put("audit.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            return m;
        });
        List<Finding> findings = ExportVerifier.verify(dropped);
        assertTrue(findings.contains(new Finding(Finding.Problem.ALTERED, "manifest.json", "does not agree with the audit lines")));
        assertTrue(findings.stream().anyMatch(f -> f.problem() == Finding.Problem.EXTRA && f.path().startsWith("documents/")));
        Path missing = tampered(m -> {
            m.remove(doc);
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, doc, "an audit line records it")), ExportVerifier.verify(missing));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInItsOwnTerms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExportFilter(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1), null, null));
        assertEquals("the period ends before it starts", e.getMessage());
        assertEquals(LocalDate.of(2026, 11, 1), new ExportFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), null, null).to(),
                "a period of one day");
    }

    @Test
    void anArchiveThatIsNotIntactIsNotExported() throws IOException {
        Files.writeString(archive.directory().resolve("documents/planted.pdf"), "x");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> Export.write(archive, NOVEMBER, zip, n -> { }));
        assertEquals("SMP-OUTPUT: the archive is not intact; verify it first", e.getMessage());
        assertTrue(!Files.exists(zip));
    }
}
