package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed records: the signed PDF and its evidence stored and logged as completing an issued
 * record, every record that cannot be signed refused with nothing written, and verify naming a
 * missing or changed evidence file, a link to the wrong record and a seal by another key.
 */
class SignedRecordTest {
    static final Instant SIGNED_AT = Instant.parse("2026-12-02T09:30:00Z");
    private static RenderedDocument consent;
    private static RenderedDocument disclosure;
    private static byte[] snapshot;

    @TempDir
    Path dir;

    private Path records;
    private Archive archive;

    /** Records 1 and 2: the consent as PDF and DOCX; 3 and 4: the disclosure. */
    @BeforeAll
    static void render() {
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        consent = engine.render(DocumentKind.CONSENT, c);
        disclosure = engine.render(DocumentKind.DISCLOSURE, c);
        snapshot = CaseSnapshot.json(c);
    }

    @BeforeEach
    void record() {
        records = dir.resolve("records");
        archive = new Archive(records);
        archive.record(consent, snapshot);
        archive.record(disclosure, snapshot);
    }

    static byte[] signed(RenderedDocument issued) {
        return TestSeal.sealed(issued.bytes(OutputFormat.PDF), TestSeal.CLINIC);
    }

    /** Evidence as a signing writes it: about the issued document (its hash, case, patient and kind). */
    static byte[] evidence(RenderedDocument issued) {
        return TestSeal.evidence(Digests.sha256Hex(issued.bytes(OutputFormat.PDF)), issued.kind().id(), issued.caseId(),
                issued.provenance().patientId());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(records)) {
            return all.filter(Files::isRegularFile).map(p -> records.relativize(p).toString()).sorted().toList();
        }
    }

    private List<String> log() throws IOException {
        return Files.readAllLines(records.resolve("audit.jsonl"));
    }

    @Test
    void theSignedPdfAndItsEvidenceAreStoredWithALineThatCompletesTheIssuedRecord() throws Exception {
        byte[] before = Files.readAllBytes(records.resolve("audit.jsonl"));
        byte[] pdf = signed(consent);
        byte[] evidence = evidence(consent);
        AuditEntry entry = archive.recordSigned(1, pdf, evidence, SIGNED_AT);
        AuditEntry issued = archive.entries().get(0);
        assertEquals(5, entry.sequence());
        IssuedDocument d = entry.document();
        assertEquals(new IssuedDocument(SIGNED_AT, DocumentKind.CONSENT, OutputFormat.PDF, issued.document().caseId(),
                issued.document().patientId(), 0, issued.document().template(), issued.document().templateVersion(),
                issued.document().templateSetSha256(), issued.document().inputSha256(),
                new Sha256(Digests.sha256Hex(pdf)), pdf.length,
                new Completion(1, new Sha256(Digests.sha256Hex(evidence)))), d);
        assertTrue(d.isSigned());
        assertArrayEquals(pdf, Files.readAllBytes(records.resolve("documents/" + Digests.sha256Hex(pdf) + ".pdf")));
        assertEquals("evidence/" + Digests.sha256Hex(evidence) + ".json", entry.evidencePath().orElseThrow());
        assertArrayEquals(evidence, Files.readAllBytes(records.resolve(entry.evidencePath().orElseThrow())));
        assertArrayEquals(evidence, archive.evidence(entry).orElseThrow());
        byte[] after = Files.readAllBytes(records.resolve("audit.jsonl"));
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the issued records' lines are untouched");
        String line = log().get(4);
        assertTrue(line.startsWith("{\"sequence\":5,\"event\":\"signed\",\"completes\":1,\"issuedAt\":\"2026-12-02T09:30:00Z\","),
                line);
        assertTrue(line.contains(",\"size\":" + pdf.length + ",\"evidenceSha256\":\"" + Digests.sha256Hex(evidence)
                + "\",\"previous\":\"" + archive.entries().get(3).hash().hex() + "\""), line);
        assertEquals(entry, AuditLine.read(line));
        assertEquals(line, AuditLine.of(entry).json(), "it writes back as the same line");
        assertTrue(!log().get(0).contains("event") && !log().get(0).contains("completes"), "an issued line has none of them");
        assertEquals(new Verification(5, List.of()), archive.check(TestSeal.trust()));
        assertEquals(entry, archive.entry(Digests.sha256Hex(pdf).substring(0, 10)).orElseThrow());
    }

    @Test
    void theChainHashCoversTheFieldsOfASignedLine() throws Exception {
        archive.recordSigned(1, signed(consent), evidence(consent), SIGNED_AT);
        AuditLine line = AuditLine.parse(log().get(4));
        AuditLine without = new AuditLine(line.sequence(), null, null, line.issuedAt(), line.kind(), line.format(),
                line.caseId(), line.patientId(), line.session(), line.template(), line.templateVersion(),
                line.templateSetSha256(), line.inputSha256(), line.documentSha256(), line.size(), null, line.previous(),
                line.hash());
        assertNotEquals(AuditChain.hash(line), AuditChain.hash(without));
        List<String> lines = log();
        lines.set(4, lines.get(4).replace("\"completes\":1", "\"completes\":3"));
        Files.write(records.resolve("audit.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5",
                "its hash does not match its content: edited"), new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 5",
                "completes record 3, which is of another case, patient, kind or session"),
                new Finding(Finding.Problem.ALTERED, "evidence/" + Digests.sha256Hex(evidence(consent)) + ".json",
                        "its evidence names another issued document than record 3")), archive.verify());
    }

    private String refusal(long completes, byte[] pdf, byte[] evidence, Instant at) {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.recordSigned(completes, pdf, evidence, at));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        return e.getMessage();
    }

    @Test
    void whatCannotBeSignedIsRefusedAndNothingIsWritten() throws IOException {
        AuditEntry first = archive.recordSigned(1, signed(consent), evidence(consent), SIGNED_AT);
        List<String> files = files();
        byte[] log = Files.readAllBytes(records.resolve("audit.jsonl"));
        byte[] pdf = signed(disclosure);
        byte[] evidence = evidence(disclosure);
        assertEquals("SMP-INPUT: the archive has no record 99 to sign; nothing recorded", refusal(99, pdf, evidence, SIGNED_AT));
        assertEquals("SMP-INPUT: record 2 is a docx; only a PDF record can be signed; nothing recorded",
                refusal(2, pdf, evidence, SIGNED_AT));
        assertEquals("SMP-INPUT: record 5 is itself a signed record, completing record 1; only an issued record can be "
                + "signed; nothing recorded", refusal(first.sequence(), pdf, evidence, SIGNED_AT));
        assertEquals("SMP-INPUT: record 1 is already signed: record 5 completes it; issue the document again to have it "
                + "signed anew; nothing recorded", refusal(1, pdf, evidence, SIGNED_AT));
        assertEquals("SMP-INPUT: the signed document is not a PDF; nothing recorded",
                refusal(3, "signed".getBytes(StandardCharsets.US_ASCII), evidence, SIGNED_AT));
        assertEquals("SMP-INPUT: the signing evidence is not a JSON object; nothing recorded",
                refusal(3, pdf, "[1]".getBytes(StandardCharsets.US_ASCII), SIGNED_AT));
        assertEquals("SMP-INPUT: the signing evidence is not well-formed JSON; nothing recorded",
                refusal(3, pdf, "{\"a\":".getBytes(StandardCharsets.US_ASCII), SIGNED_AT));
        assertEquals("SMP-INPUT: the signing time is before record 3 was issued; nothing recorded",
                refusal(3, pdf, evidence, Samples.CLOCK.instant().minusSeconds(1)));
        assertEquals("SMP-INPUT: the signed document does not complete record 3: its evidence names another issued "
                + "document than record 3; nothing recorded", refusal(3, pdf, evidence(consent), SIGNED_AT));
        assertEquals(files, files(), "no file stored");
        assertArrayEquals(log, Files.readAllBytes(records.resolve("audit.jsonl")), "no line appended");
        assertEquals("SMP-INPUT: the archive has no record 1 to sign; nothing recorded",
                assertThrows(SmpDocsException.class, () -> new Archive(dir.resolve("none")).recordSigned(1, pdf, evidence,
                        SIGNED_AT)).getMessage());
    }

    @Test
    void aMissingOrChangedEvidenceFileAndAnExtraOneAreNamed() throws IOException {
        AuditEntry first = archive.recordSigned(1, signed(consent), evidence(consent), SIGNED_AT);
        AuditEntry second = archive.recordSigned(3, signed(disclosure), evidence(disclosure), SIGNED_AT);
        String missing = first.evidencePath().orElseThrow();
        String changed = second.evidencePath().orElseThrow();
        Files.delete(records.resolve(missing));
        Files.writeString(records.resolve(changed), "{}");
        Files.writeString(records.resolve("evidence/planted.json"), "{}");
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, missing, "recorded in the audit log"),
                new Finding(Finding.Problem.ALTERED, changed, "its SHA-256 differs from the recorded one"),
                new Finding(Finding.Problem.EXTRA, "evidence/planted.json", "no audit-log line records it")), archive.verify());
    }

    @Test
    void aSignedLineThatCompletesTheWrongRecordIsNamed() throws IOException {
        archive.recordSigned(1, signed(consent), evidence(consent), SIGNED_AT);
        Path log = records.resolve("audit.jsonl");
        byte[] intact = Files.readAllBytes(log);
        List<List<String>> forgeries = List.of(
                List.of("99", "completes record 99, which is not before it"),
                List.of("6", "completes record 6, which is not before it"),
                List.of("2", "completes record 2, which is not a PDF"),
                List.of("3", "completes record 3, which is of another case, patient, kind or session"),
                List.of("5", "completes record 5, which is itself a signed record"),
                List.of("1", "completes record 1, which record 5 already completes"));
        for (List<String> forgery : forgeries) {
            Files.write(log, intact);
            ForgedLines.append(records, "completes", forgery.get(0));
            assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 6", forgery.get(1))),
                    archive.verify(), forgery.toString());
        }
        Files.write(log, intact);
        ForgedLines.append(records, "event", "sealed");
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 6",
                "not a well-formed audit entry: its event is not signed")), archive.verify());
        Files.write(log, intact);
        ForgedLines.append(records, "event", null);
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 6",
                "not a well-formed audit entry: its event is missing")), archive.verify());
        Files.write(log, intact);
        ForgedLines.append(records, "format", "docx");
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 6",
                "not a well-formed audit entry: its format is not pdf, the only format a signed record has")), archive.verify());
    }

    @Test
    void aSealByAnotherKeyIsNamedWhenTrustAnchorsAreGiven() {
        AuditEntry other = archive.recordSigned(1, TestSeal.sealed(consent.bytes(OutputFormat.PDF), TestSeal.OTHER),
                evidence(consent), SIGNED_AT);
        assertEquals(List.of(), archive.verify(), "without trust anchors, seals are not checked");
        assertEquals(List.of(new Finding(Finding.Problem.BAD_SIGNATURE, other.documentPath(),
                "its seal does not verify: " + TestSeal.NOT_TRUSTED)), archive.check(TestSeal.trust()).findings());
    }

    @Test
    void theIssuedDocumentIsReadForSigningOnlyAsRecorded() throws IOException {
        AuditEntry issued = archive.entries().get(0);
        assertArrayEquals(consent.bytes(OutputFormat.PDF), archive.document(issued));
        Path file = records.resolve(issued.documentPath());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.document(issued));
        assertEquals("SMP-INPUT: the archived file " + issued.documentPath() + " is not the document recorded: its SHA-256 "
                + "differs; verify the archive", e.getMessage());
    }
}
