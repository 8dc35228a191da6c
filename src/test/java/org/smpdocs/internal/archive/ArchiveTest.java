package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records archive: what it stores, and every way of damaging it that verify must name. */
class ArchiveTest {
    @TempDir
    Path dir;

    private final SmpDocs engine = Samples.engine();
    private PatientCase patientCase;
    private Archive archive;

    @BeforeEach
    void record() {
        patientCase = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        archive = new Archive(dir);
        for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT)) {
            archive.record(engine.render(kind, patientCase), CaseSnapshot.json(patientCase));
        }
    }

    private List<String> log() throws IOException {
        return Files.readAllLines(dir.resolve("audit.jsonl"));
    }

    @Test
    void storesEachDocumentUnderItsHashWithAChainedLogLine() throws Exception {
        RenderedDocument consent = engine.render(DocumentKind.CONSENT, patientCase);
        List<AuditEntry> entries = archive.entries();
        assertEquals(4, entries.size());
        AuditEntry first = entries.get(0);
        assertEquals(1, first.sequence());
        assertEquals("0".repeat(64), first.previous().hex());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previous());
            assertEquals(i + 1, entries.get(i).sequence());
        }
        IssuedDocument issued = first.document();
        assertEquals(DocumentKind.CONSENT, issued.kind());
        assertEquals(OutputFormat.PDF, issued.format());
        assertEquals(Samples.CLOCK.instant(), issued.issuedAt());
        assertEquals(List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE, DocumentKind.AFTERCARE, DocumentKind.REPORT),
                entries.stream().map(e -> e.document().kind()).toList());
        assertEquals(List.of(0, 0, 2, 2), entries.stream().map(e -> e.document().session()).toList());
        assertEquals(CaseSnapshot.sha256(patientCase), issued.inputSha256().hex());
        byte[] stored = Files.readAllBytes(dir.resolve(first.documentPath()));
        assertEquals("documents/" + Digests.sha256Hex(stored) + ".pdf", first.documentPath());
        assertEquals(Digests.sha256Hex(stored), issued.sha256().hex());
        assertEquals(stored.length, issued.size());
        assertArrayEquals(consent.bytes(OutputFormat.PDF), stored);
        assertEquals(consent.provenance().templateSet().sha256(), issued.templateSetSha256().hex());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(entries.get(i), AuditLine.read(log().get(i)), "each line reads back as the entry recorded");
        }
        assertEquals(patientCase, engine.readCase("snapshot.json", Files.readAllBytes(dir.resolve(first.inputPath()))), "the stored input reads back as the case");
        String text = String.join("\n", log());
        assertTrue(!text.contains(patientCase.patient().familyName()) && !text.contains(patientCase.patient().givenName()),
                "no patient values in the log");
        assertEquals(List.of(), archive.verify());
    }

    @Test
    void anEmailBodyRenderedWithADocumentIsNotRecorded() throws IOException {
        RenderedDocument sheet = engine.withFormats(EnumSet.allOf(OutputFormat.class)).render(DocumentKind.AFTERCARE, patientCase);
        List<AuditEntry> added = archive.record(sheet, CaseSnapshot.json(patientCase));
        assertEquals(List.of(OutputFormat.PDF, OutputFormat.DOCX), added.stream().map(e -> e.document().format()).toList());
        try (var stored = Files.list(dir.resolve("documents"))) {
            assertTrue(stored.noneMatch(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")));
        }
        assertEquals(List.of(), archive.verify());
    }

    @Test
    void aFlippedByteInADocumentIsNamed() throws IOException {
        AuditEntry report = archive.entries().get(3);
        Path file = dir.resolve(report.documentPath());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, report.documentPath(),
                "its SHA-256 differs from the recorded one")), archive.verify());
    }

    @Test
    void aMissingDocumentAndAnExtraFileAreNamed() throws IOException {
        AuditEntry first = archive.entries().get(0);
        Files.delete(dir.resolve(first.documentPath()));
        Files.writeString(dir.resolve("documents/planted.pdf"), "not issued");
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, first.documentPath(), "recorded in the audit log"),
                new Finding(Finding.Problem.EXTRA, "documents/planted.pdf", "no audit-log line records it")), archive.verify());
    }

    @Test
    void aDeletedLogLineBreaksTheChain() throws Exception {
        List<String> lines = new ArrayList<>(log());
        String removed = lines.remove(1);
        Files.write(dir.resolve("audit.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = archive.verify();
        assertTrue(findings.contains(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 2",
                "does not follow the line before it: a line was removed, inserted or moved")), findings.toString());
        String orphan = AuditLine.read(removed).documentPath();
        assertTrue(findings.contains(new Finding(Finding.Problem.EXTRA, orphan, "no audit-log line records it")));
    }

    @Test
    void anEditedLogLineIsNamed() throws IOException {
        List<String> lines = new ArrayList<>(log());
        lines.set(2, lines.get(2).replace("\"kind\":\"aftercare\"", "\"kind\":\"consent\""));
        Files.write(dir.resolve("audit.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 3",
                "its hash does not match its content: edited")), archive.verify());
    }

    @Test
    void aWriteKilledHalfwayIsReportedAndNotAppendedTo() throws IOException {
        String torn = log().get(0).substring(0, 40);
        Files.writeString(dir.resolve("audit.jsonl"), torn, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("documents/.smp-docs-123.tmp"), "half a document");
        List<Finding> findings = archive.verify();
        assertEquals(List.of(new Finding(Finding.Problem.TORN_LINE, "audit.jsonl line 5", "incomplete: a write was interrupted"),
                new Finding(Finding.Problem.EXTRA, "documents/.smp-docs-123.tmp", "left by an interrupted write")), findings);
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> archive.record(engine.render(DocumentKind.CONSENT, patientCase), CaseSnapshot.json(patientCase)));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertTrue(e.getMessage().contains("ends with an incomplete line"), e.getMessage());
        assertEquals(5, Files.readString(dir.resolve("audit.jsonl")).split("\n", -1).length, "nothing appended");
    }

    @Test
    void writersOnManyThreadsLoseNothing() throws Exception {
        RenderedDocument doc = engine.render(DocumentKind.AFTERCARE, patientCase);
        byte[] snapshot = CaseSnapshot.json(patientCase);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> archive.record(doc, snapshot)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(4 + 40, archive.entries().size());
        assertEquals(List.of(), archive.verify());
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ArchiveWriter.class.getName(), dir.toString(), "15")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("writer-" + p + ".log").toFile()).start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(3, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue());
        }
        assertEquals(4 + 30, archive.entries().size());
        assertEquals(List.of(), archive.verify());
    }
}
