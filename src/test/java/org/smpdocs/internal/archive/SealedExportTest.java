package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports of signed records and of a sealed log: the signed record comes with its evidence and
 * the issued record it completes, the lines a checkpoint seals come with proofs, and verify of
 * the export names a changed line that was rehashed, a proof taken out, a missing evidence file,
 * a missing issued record and a checkpoint by another key.
 */
class SealedExportTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final ExportFilter NOVEMBER = new ExportFilter(NOV_1, LocalDate.of(2026, 11, 30), null, null);
    private static final ExportFilter DECEMBER = new ExportFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, null);
    private static final ExportFilter ONE_PATIENT = new ExportFilter(NOV_1, LocalDate.of(2026, 11, 30), "P-10381", null);
    private static final Instant FIRST = Instant.parse("2026-11-24T18:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-02T18:00:00Z");
    private static final List<RenderedDocument> DOCUMENTS = new ArrayList<>();
    private static final List<byte[]> SNAPSHOTS = new ArrayList<>();

    @TempDir
    Path dir;

    private Archive archive;
    private Path zip;

    @BeforeAll
    static void render() {
        SmpDocs engine = Samples.engine();
        for (String name : List.of("norwood6-density.json", "greek-name.json")) {
            PatientCase c = engine.readCase(Samples.ROOT.resolve("cases").resolve(name));
            for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT)) {
                DOCUMENTS.add(engine.render(kind, c));
                SNAPSHOTS.add(CaseSnapshot.json(c));
            }
        }
    }

    /** Records 1–4 (one patient) and 5–8 (P-10381) on November 24th. */
    @BeforeEach
    void record() {
        archive = new Archive(dir.resolve("archive"));
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            archive.record(DOCUMENTS.get(i), SNAPSHOTS.get(i));
        }
        zip = dir.resolve("export.zip");
    }

    /** Record 9: the first consent, signed on December 2nd. */
    private AuditEntry signConsent() {
        RenderedDocument consent = DOCUMENTS.get(0);
        return archive.recordSigned(1, SignedRecordTest.signed(consent), SignedRecordTest.evidence(consent),
                SignedRecordTest.SIGNED_AT);
    }

    private static List<String> lines(byte[] text) {
        return List.of(new String(text, StandardCharsets.UTF_8).split("\n"));
    }

    private static byte[] text(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path tampered(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return HostileZips.write(dir.resolve("tampered.zip"), change.apply(new LinkedHashMap<>(HostileZips.entries(zip))),
                null, null);
    }

    @Test
    void aSignedRecordIsExportedWithItsEvidenceAndTheIssuedRecordItCompletes() throws Exception {
        AuditEntry signed = signConsent();
        assertEquals(2, Export.write(archive, DECEMBER, zip, n -> { }), "the signed record and the one it completes");
        Map<String, byte[]> entries = HostileZips.entries(zip);
        List<String> log = lines(entries.get("audit.jsonl"));
        assertEquals(List.of(1L, 9L), List.of(AuditLine.read(log.get(0)).sequence(), AuditLine.read(log.get(1)).sequence()));
        assertEquals(signed, AuditLine.read(log.get(1)));
        assertArrayEquals(SignedRecordTest.evidence(DOCUMENTS.get(0)), entries.get(signed.evidencePath().orElseThrow()));
        assertArrayEquals(SignedRecordTest.signed(DOCUMENTS.get(0)), entries.get(signed.documentPath()));
        assertTrue(entries.containsKey(archive.entries().get(0).documentPath()), "the issued consent");
        List<Manifest.Row> rows = Manifest.read(entries.get("manifest.json"));
        assertEquals(List.of("signed", "1", signed.document().completion().evidenceSha256().hex()),
                List.of(rows.get(1).event(), rows.get(1).completes().toString(), rows.get(1).evidenceSha256()));
        assertEquals(null, rows.get(0).event());
        assertFalse(new String(entries.get("manifest.json"), StandardCharsets.UTF_8).split("\\{")[1].contains("event"),
                "an issued record's row has no event");
        List<String> csv = lines(entries.get("manifest.csv"));
        assertEquals("path,kind,case,session,template_version,sha256,size,issued_at,event,completes,evidence_sha256", csv.get(0));
        assertTrue(csv.get(1).endsWith(",2026-11-24T10:15:00Z,,,"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",2026-12-02T09:30:00Z,signed,1," + signed.document().completion().evidenceSha256().hex()),
                csv.get(2));
        assertFalse(entries.containsKey("checkpoints.jsonl"), "no checkpoints in the archive, none in the export");
        Verification v = ExportVerifier.check(zip, TestSeal.trust());
        assertEquals(new Verification(2, List.of()), v);
        assertEquals(Sealing.UNSEALED, v.sealing());
        Export.write(archive, NOVEMBER, zip, n -> { });
        assertEquals("path,kind,case,session,template_version,sha256,size,issued_at",
                lines(HostileZips.entries(zip).get("manifest.csv")).get(0), "no signed record: the manifest as before");
    }

    @Test
    void anExportMissingTheEvidenceOrTheIssuedRecordOrWithABadSealIsNamed() throws IOException {
        AuditEntry signed = signConsent();
        Export.write(archive, DECEMBER, zip, n -> { });
        String evidence = signed.evidencePath().orElseThrow();
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, evidence, "an audit line records it")),
                ExportVerifier.verify(tampered(m -> {
                    m.remove(evidence);
                    return m;
                })));
        List<Finding> findings = ExportVerifier.verify(tampered(m -> {
            m.put("audit.jsonl", text(lines(m.get("audit.jsonl")).subList(1, 2)));
            return m;
        }));
        assertTrue(findings.contains(new Finding(Finding.Problem.BROKEN_CHAIN, "audit.jsonl line 1",
                "completes record 1, which no earlier line holds")), findings.toString());
        Path other = tampered(m -> {
            m.put(signed.documentPath(), TestSeal.sealed(DOCUMENTS.get(0).bytes(OutputFormat.PDF), TestSeal.OTHER));
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, signed.documentPath(), "its SHA-256 differs from the recorded one")),
                ExportVerifier.check(other, TestSeal.trust()).findings(), "a swapped file is altered first of all");
        archive = new Archive(dir.resolve("other"));
        archive.record(DOCUMENTS.get(0), SNAPSHOTS.get(0));
        AuditEntry byOther = archive.recordSigned(1, TestSeal.sealed(DOCUMENTS.get(0).bytes(OutputFormat.PDF), TestSeal.OTHER),
                SignedRecordTest.evidence(DOCUMENTS.get(0)), SignedRecordTest.SIGNED_AT);
        Export.write(archive, DECEMBER, zip, n -> { });
        assertEquals(List.of(), ExportVerifier.verify(zip), "without trust anchors, seals are not checked");
        assertEquals(List.of(new Finding(Finding.Problem.BAD_SIGNATURE, byOther.documentPath(),
                "its seal does not verify: " + TestSeal.NOT_TRUSTED)), ExportVerifier.check(zip, TestSeal.trust()).findings());
    }

    @Test
    void eachSealedLineIsProvedAgainstTheFirstCheckpointThatSealsIt() throws Exception {
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), FIRST).orElseThrow(); // lines 1-8
        signConsent();
        Checkpoint second = archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), SECOND).orElseThrow(); // 1-9
        assertEquals(2, Export.write(archive, DECEMBER, zip, n -> { }));
        Map<String, byte[]> entries = HostileZips.entries(zip);
        assertEquals(List.of("audit.jsonl", "manifest.json", "manifest.csv", "checkpoints.jsonl", "proofs.jsonl"),
                List.copyOf(entries.keySet()).subList(0, 5));
        List<String> archived = Files.readAllLines(archive.directory().resolve("checkpoints.jsonl"));
        assertEquals(archived, lines(entries.get("checkpoints.jsonl")), "both checkpoints, as the archive has them");
        List<String> proofs = lines(entries.get("proofs.jsonl"));
        assertEquals(2, proofs.size());
        assertEquals(List.of(1L, 1L), List.of(AuditLog.JSON.readTree(proofs.get(0)).get("sequence").asLong(),
                AuditLog.JSON.readTree(proofs.get(0)).get("checkpoint").asLong()), "record 1 by the first checkpoint");
        assertEquals(List.of(9L, 2L), List.of(AuditLog.JSON.readTree(proofs.get(1)).get("sequence").asLong(),
                AuditLog.JSON.readTree(proofs.get(1)).get("checkpoint").asLong()), "record 9 by the second");
        Verification v = ExportVerifier.check(zip, TestSeal.trust());
        assertEquals(new Verification(2, List.of(), new Sealing(Sealing.Status.CHECKED, 2, 2, 2, second.at(),
                List.of(TestSeal.SIGNER))), v);
        assertTrue(v.sealing().fullySealed());
        byte[] first = Files.readAllBytes(zip);
        Export.write(archive, DECEMBER, zip, n -> { });
        assertArrayEquals(first, Files.readAllBytes(zip), "the same selection, the same bytes");
        assertEquals(Sealing.Status.NOT_CHECKED, ExportVerifier.check(zip).sealing().status());
    }

    @Test
    void anExportCarriesOnlyTheCheckpointsItNeedsAndTheLast() throws IOException {
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), FIRST).orElseThrow();
        signConsent();
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), SECOND).orElseThrow();
        Export.write(archive, ONE_PATIENT, zip, n -> { });
        Map<String, byte[]> entries = HostileZips.entries(zip);
        assertEquals(Files.readAllLines(archive.directory().resolve("checkpoints.jsonl")),
                lines(entries.get("checkpoints.jsonl")), "the first, which proves the lines, and the last");
        assertEquals(4, lines(entries.get("proofs.jsonl")).size());
        Verification v = ExportVerifier.check(zip, TestSeal.trust());
        assertTrue(v.intact() && v.sealing().fullySealed(), v.toString());
    }

    @Test
    void linesAfterTheLastCheckpointAreNotYetSealedInAnExport() {
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), FIRST).orElseThrow();
        signConsent();
        Export.write(archive, DECEMBER, zip, n -> { });
        Verification v = ExportVerifier.check(zip, TestSeal.trust());
        assertTrue(v.intact(), v.toString());
        assertEquals(1, v.sealing().sealedLines());
        assertEquals(1, v.sealing().unsealedLines());
        assertTrue(v.sealing().summary().startsWith("not fully sealed: 1 line after the last checkpoint is not yet sealed"),
                v.sealing().summary());
    }

    @Test
    void aChangedLineWithItsHashRecomputedIsNotTheLineThatWasSealed() throws Exception {
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), FIRST).orElseThrow();
        Export.write(archive, ONE_PATIENT, zip, n -> { });
        Path changed = tampered(m -> {
            List<String> log = new ArrayList<>(lines(m.get("audit.jsonl")));
            try {
                ObjectNode line = (ObjectNode) AuditLog.JSON.readTree(log.get(1));
                line.put("patientId", "P-99999"); // not in the manifest, so only the seal can tell
                line.put("hash", AuditChain.hash(AuditLog.JSON.treeToValue(line, AuditLine.class)).hex());
                log.set(1, AuditLog.JSON.writeValueAsString(line));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            m.put("audit.jsonl", text(log));
            return m;
        });
        assertEquals(List.of(), ExportVerifier.check(changed).findings().stream()
                .filter(f -> f.problem() != Finding.Problem.REWRITTEN).toList(), "its own hash verifies");
        Verification v = ExportVerifier.check(changed, TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.REWRITTEN, "audit.jsonl line 2",
                "the log was rewritten: record 6 is not the line checkpoint 1 sealed")), v.findings());
        assertEquals(3, v.sealing().sealedLines());
    }

    @Test
    void aProofTakenOutIsNamed() throws IOException {
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), FIRST).orElseThrow();
        Export.write(archive, ONE_PATIENT, zip, n -> { });
        Path fewer = tampered(m -> {
            List<String> proofs = new ArrayList<>(lines(m.get("proofs.jsonl")));
            proofs.remove(1);
            m.put("proofs.jsonl", text(proofs));
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.MISSING, "proofs.jsonl",
                "no proof for audit.jsonl line 2 (record 6), which a checkpoint seals")), ExportVerifier.verify(fewer));
        Path none = tampered(m -> {
            m.remove("checkpoints.jsonl");
            return m;
        });
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "proofs.jsonl line 1",
                "names checkpoint 1, which the export does not hold")), ExportVerifier.verify(none).subList(0, 1));
    }

    @Test
    void aCheckpointByAnotherKeyIsNamedInTheExport() {
        archive.checkpoint(TestSeal.signer(TestSeal.OTHER), FIRST).orElseThrow();
        Export.write(archive, ONE_PATIENT, zip, n -> { });
        assertEquals(List.of(), ExportVerifier.verify(zip), "without trust anchors, not checked");
        Verification v = ExportVerifier.check(zip, TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.BAD_SIGNATURE, "checkpoints.jsonl line 1",
                "checkpoint 1's signature does not verify: " + TestSeal.NOT_TRUSTED)), v.findings());
        assertEquals(0, v.sealing().sealedLines());
    }
}
