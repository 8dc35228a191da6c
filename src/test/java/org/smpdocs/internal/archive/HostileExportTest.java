package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and careless exports (issue 9): what is not an export, repeated names, and ZIPs that
 * inflate past the limits — each ends in one error or a finding, quickly.
 */
class HostileExportTest {
    private static final ExportFilter NOVEMBER = new ExportFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null);
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path zip;
    private Map<String, byte[]> entries;

    @BeforeEach
    void export() throws IOException {
        SmpDocs engine = Samples.engine();
        Archive archive = new Archive(dir.resolve("archive"));
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.DISCLOSURE)) {
            archive.record(engine.render(kind, c), CaseSnapshot.json(c));
        }
        zip = dir.resolve("export.zip");
        Export.write(archive, NOVEMBER, zip, n -> { });
        entries = HostileZips.entries(zip);
    }

    private static String error(Path zip) {
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> assertTimeoutPreemptively(QUICKLY, () -> ExportVerifier.check(zip)));
        assertEquals(ErrorCode.INVALID_INPUT, e.code(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void somethingThatIsNotAnExportIsAnError() throws IOException {
        assertEquals("SMP-INPUT: missing.zip does not exist", error(dir.resolve("missing.zip")));
        assertEquals("SMP-INPUT: archive is a folder, not an export", error(dir.resolve("archive")));
        assertEquals("SMP-INPUT: notes.zip is not a readable ZIP: ZipException",
                error(Files.writeString(dir.resolve("notes.zip"), "not a zip")));
        Path photos = HostileZips.write(dir.resolve("photos.zip"), Map.of("holiday.jpg", new byte[] {1, 2}), null, null);
        assertEquals("SMP-INPUT: photos.zip is not an export: it holds no audit.jsonl, manifest.json, manifest.csv",
                error(photos));
    }

    @Test
    void anExportOfNoRecordsIsEmptyNotIntact() throws IOException {
        Export.write(new Archive(dir.resolve("archive")), new ExportFilter(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 2), null, null), zip, n -> { });
        Verification v = ExportVerifier.check(zip);
        assertTrue(v.empty());
        assertEquals(new Verification(0, List.of()), v);
        assertEquals(new Verification(2, List.of()), ExportVerifier.check(
                HostileZips.write(dir.resolve("again.zip"), entries, null, null)));
    }

    @Test
    void aRepeatedManifestIsNamedNotRead() throws IOException {
        Map<String, byte[]> twice = new LinkedHashMap<>(entries);
        twice.put("manifest.jsoX", "[{\"other\": 1}]".getBytes(StandardCharsets.UTF_8));
        Path repeated = HostileZips.write(dir.resolve("repeated.zip"), twice, null, null);
        HostileZips.rename(repeated, "manifest.jsoX", "manifest.json");
        assertEquals(List.of(new Finding(Finding.Problem.EXTRA, "manifest.json", "the name occurs more than once")),
                ExportVerifier.verify(repeated));
    }

    @Test
    void aRepeatedDocumentIsNamedOnce() throws IOException {
        String doc = entries.keySet().stream().filter(n -> n.startsWith("documents/")).findFirst().orElseThrow();
        String twin = doc.substring(0, doc.length() - 5) + "X.pdf";
        Map<String, byte[]> twice = new LinkedHashMap<>(entries);
        twice.put(twin, "planted".getBytes(StandardCharsets.UTF_8));
        twice.put(twin.replace(".pdf", ".pdX"), "planted".getBytes(StandardCharsets.UTF_8));
        Path repeated = HostileZips.write(dir.resolve("repeated.zip"), twice, null, null);
        HostileZips.rename(repeated, twin.substring(9), doc.substring(9));
        HostileZips.rename(repeated, twin.replace(".pdf", ".pdX").substring(9), doc.substring(9));
        assertEquals(List.of(new Finding(Finding.Problem.EXTRA, doc, "the name occurs more than once")),
                ExportVerifier.verify(repeated));
    }

    @Test
    void aManifestThatInflatesToAGigabyteIsRefusedBeforeReading() throws IOException {
        Path bomb = HostileZips.write(dir.resolve("bomb.zip"), entries, "manifest.json", HostileZips.zeros(1024));
        assertTrue(Files.size(bomb) < 16 << 20, "a small file");
        assertEquals("SMP-INPUT: bomb.zip: manifest.json declares 1073741824 bytes inflated, more than 67108864, "
                + "the limit; not checked", error(bomb));
    }

    @Test
    void aBombThatLiesAboutItsSizeIsStoppedWhileReading() throws IOException {
        String doc = entries.keySet().stream().filter(n -> n.startsWith("documents/")).findFirst().orElseThrow();
        Path bomb = HostileZips.write(dir.resolve("bomb.zip"), entries, doc, HostileZips.zeros(512));
        HostileZips.declareSize(bomb, doc, 1000);
        assertEquals("SMP-INPUT: bomb.zip: " + doc + " inflates to more than 100 times its compressed size, "
                + "the limit; not checked", error(bomb));
        // a manifest of zeros is not JSON: reading stops at the first byte, and it is named
        Path manifest = HostileZips.write(dir.resolve("manifest.zip"), entries, "manifest.json", HostileZips.zeros(512));
        HostileZips.declareSize(manifest, "manifest.json", 1000);
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, "manifest.json", "does not agree with the audit lines")),
                assertTimeoutPreemptively(QUICKLY, () -> ExportVerifier.verify(manifest)));
    }

    @Test
    void anAuditLogPastTheSizeLimitIsStoppedWhileReading() throws IOException {
        long limit = ExportZip.MAX_INDEX_BYTES;
        Path big = HostileZips.write(dir.resolve("big.zip"), entries, "audit.jsonl",
                HostileZips.garbageLines((int) (limit >> 20) + 4));
        assertEquals("SMP-INPUT: big.zip: audit.jsonl declares 71303168 bytes inflated, more than 67108864, the limit; "
                + "not checked", error(big));
        HostileZips.declareSize(big, "audit.jsonl", 1000);
        assertEquals("SMP-INPUT: big.zip: audit.jsonl inflates to more than 67108864 bytes, the limit; not checked", error(big));
    }

    @Test
    void aDocumentPastTheSizeLimitIsStoppedWhileReading() throws IOException {
        String doc = entries.keySet().stream().filter(n -> n.startsWith("documents/")).findFirst().orElseThrow();
        Path big = HostileZips.write(dir.resolve("big.zip"), entries, doc,
                HostileZips.garbageLines((int) (ExportZip.MAX_FILE_BYTES >> 20) + 1));
        HostileZips.declareSize(big, doc, 1000);
        assertEquals("SMP-INPUT: big.zip: " + doc + " inflates to more than 268435456 bytes, the limit; not checked", error(big));
    }

    @Test
    void tooManyEntriesAreRefusedBeforeReading() throws IOException {
        Path many = dir.resolve("many.zip");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(many), 1 << 16);
                ZipOutputStream z = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            for (int i = entries.size(); i <= ExportZip.MAX_ENTRIES; i++) {
                ZipEntry empty = new ZipEntry("documents/" + i);
                empty.setMethod(ZipEntry.STORED);
                empty.setSize(0);
                empty.setCrc(0);
                z.putNextEntry(empty);
                z.closeEntry();
            }
        }
        assertEquals("SMP-INPUT: many.zip holds 200001 entries, more than 200000, the limit for an export; not checked",
                error(many));
    }

    @Test
    void anOverlongAuditLineIsAFinding() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put("audit.jsonl", (new String(entries.get("audit.jsonl"), StandardCharsets.UTF_8) + "{" + "x".repeat(70_000)
                + "\n").getBytes(StandardCharsets.UTF_8));
        Path overlong = HostileZips.write(dir.resolve("overlong.zip"), changed, null, null);
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 3",
                "longer than 65536 bytes: not an audit entry")), ExportVerifier.verify(overlong));
    }

    @Test
    void aForgedAuditLineWithAnUnknownFormatIsAFindingNamingTheLine() throws IOException {
        String[] lines = new String(entries.get("audit.jsonl"), StandardCharsets.UTF_8).split("\n");
        ObjectNode line = (ObjectNode) AuditLog.JSON.readTree(lines[1]);
        line.put("format", "PDF");
        line.put("hash", AuditChain.hash(AuditLog.JSON.treeToValue(line, AuditLine.class)).hex());
        lines[1] = AuditLog.JSON.writeValueAsString(line);
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put("audit.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = ExportVerifier.verify(HostileZips.write(dir.resolve("forged.zip"), changed, null, null));
        assertEquals(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 2",
                "not a well-formed audit entry: its format is not one of pdf, docx"), findings.get(0));
        assertTrue(findings.contains(new Finding(Finding.Problem.ALTERED, "manifest.json", "does not agree with the audit lines")),
                findings.toString());
    }

    @Test
    void aFolderEntryIsNotTheFileOfItsName() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.remove("audit.jsonl");
        changed.put("audit.jsonl/", new byte[0]);
        Path folder = HostileZips.write(dir.resolve("folder.zip"), changed, null, null);
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, "audit.jsonl", "every export has it")),
                ExportVerifier.verify(folder));
    }
}
