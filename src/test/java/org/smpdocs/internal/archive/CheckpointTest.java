package org.smpdocs.internal.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed checkpoints of the audit log, on a real archive written through {@link Archive}: what a
 * checkpoint holds and signs, and each forgery a plain hash chain lets through — a line appended,
 * a document replaced with every later line rehashed, the last line dropped with its document, a
 * checkpoint by another key — reported as what it is.
 */
class CheckpointTest {
    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");
    private static final List<RenderedDocument> DOCUMENTS = new ArrayList<>();
    private static byte[] snapshot;

    @TempDir
    Path dir;

    private Path records;
    private Archive archive;

    @BeforeAll
    static void render() {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        for (DocumentKind kind : EnumSet.range(DocumentKind.CONSENT, DocumentKind.REPORT)) {
            DOCUMENTS.add(engine.render(kind, c));
        }
        snapshot = CaseSnapshot.json(c);
    }

    @BeforeEach
    void record() {
        records = dir.resolve("records");
        archive = new Archive(records);
        for (RenderedDocument d : DOCUMENTS) {
            archive.record(d, snapshot);
        }
    }

    private List<String> log() throws IOException {
        return Files.readAllLines(records.resolve("audit.jsonl"));
    }

    private Checkpoint checkpoint() {
        return archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT).orElseThrow();
    }

    /** The Merkle root of the lines' hashes, computed here by RFC 9162's definition. */
    private static byte[] root(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return MerkleTree.leaf(new Sha256(HexFormat.of().formatHex(leaves.get(0))));
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return MerkleTree.node(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
    }

    @Test
    void aCheckpointSignsTheNumberOfLinesTheHeadTheRootAndTheTime() throws Exception {
        Checkpoint c = checkpoint();
        List<String> lines = log();
        String head = AuditLog.JSON.readTree(lines.get(3)).get("hash").asText();
        List<byte[]> hashes = new ArrayList<>();
        for (String line : lines) {
            hashes.add(HexFormat.of().parseHex(AuditLog.JSON.readTree(line).get("hash").asText()));
        }
        String root = HexFormat.of().formatHex(root(hashes));
        String statement = "smp-docs audit checkpoint v1\nlines: 4\nhead: " + head + "\nroot: " + root
                + "\nat: 2026-11-30T10:15:00Z\n";
        assertEquals(statement, new String(c.statement(), StandardCharsets.UTF_8));
        List<String> saved = Files.readAllLines(records.resolve("checkpoints.jsonl"));
        assertEquals(1, saved.size());
        var json = AuditLog.JSON.readTree(saved.get(0));
        assertEquals(4, json.get("lines").asLong());
        assertEquals(head, json.get("head").asText());
        assertEquals(root, json.get("root").asText());
        assertEquals("2026-11-30T10:15:00Z", json.get("at").asText());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(TestSeal.CLINIC.getPublic());
        rsa.update(statement.getBytes(StandardCharsets.UTF_8));
        assertTrue(rsa.verify(Base64.getDecoder().decode(json.get("signature").asText())), "the signature is over the statement");
        Verification v = archive.check(TestSeal.trust());
        assertEquals(new Verification(4, List.of(), new Sealing(Sealing.Status.CHECKED, 1, 4, 4, AT, List.of(TestSeal.SIGNER))), v);
        assertTrue(v.sealing().fullySealed());
        assertEquals("sealed: all 4 lines by checkpoints signed by " + TestSeal.SIGNER + ", the last at 2026-11-30T10:15:00Z",
                v.sealing().summary());
    }

    @Test
    void aCheckpointOfTheSameHeadIsNotWrittenAgainAndANewHeadGetsOne() throws IOException {
        checkpoint();
        byte[] once = Files.readAllBytes(records.resolve("checkpoints.jsonl"));
        assertEquals(Optional.empty(), archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(60)));
        assertArrayEquals(once, Files.readAllBytes(records.resolve("checkpoints.jsonl")));
        archive.record(DOCUMENTS.get(0), snapshot);
        Checkpoint second = archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(60)).orElseThrow();
        assertEquals(5, second.lines());
        assertEquals(2, Files.readAllLines(records.resolve("checkpoints.jsonl")).size());
        assertEquals(5, archive.check(TestSeal.trust()).sealing().sealedLines());
    }

    @Test
    void anArchiveWithNoLinesGetsNoCheckpointAndNoFile() {
        Archive empty = new Archive(dir.resolve("empty"));
        assertEquals(Optional.empty(), empty.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT));
        assertFalse(Files.exists(dir.resolve("empty/checkpoints.jsonl")));
    }

    @Test
    void withoutCheckpointsTheLogIsUnsealedAndOtherwiseVerifiesAsBefore() {
        Verification v = archive.check(TestSeal.trust());
        assertEquals(new Verification(4, List.of()), v);
        assertEquals(Sealing.UNSEALED, v.sealing());
        assertEquals("the log is unsealed: no checkpoints (no seal key configured)", v.sealing().summary());
        assertFalse(v.sealing().fullySealed());
    }

    @Test
    void withoutTrustAnchorsTheCheckpointsAreNotChecked() {
        checkpoint();
        Verification v = archive.check();
        assertTrue(v.intact());
        assertEquals(Sealing.Status.NOT_CHECKED, v.sealing().status());
        assertEquals("1 checkpoint not checked: no trust anchors given", v.sealing().summary());
    }

    @Test
    void linesAfterTheLastCheckpointAreNotYetSealed() {
        checkpoint();
        archive.record(DOCUMENTS.get(2), snapshot);
        archive.record(DOCUMENTS.get(3), snapshot);
        Verification v = archive.check(TestSeal.trust());
        assertTrue(v.intact(), "not yet sealed is not a finding");
        assertEquals(2, v.sealing().unsealedLines());
        assertFalse(v.sealing().fullySealed());
        assertTrue(v.sealing().summary().startsWith("not fully sealed: 2 lines after the last checkpoint are not yet sealed"),
                v.sealing().summary());
    }

    @Test
    void anAppendedForgedLineIsAmongTheUnsealedLines() throws IOException {
        checkpoint();
        ForgedLines.append(records, "session", "3");
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(), v.findings(), "the forged line has a hash that matches and follows the chain");
        assertEquals(5, v.records());
        assertEquals(4, v.sealing().sealedLines());
        assertEquals(1, v.sealing().unsealedLines());
        assertTrue(v.sealing().summary().startsWith("not fully sealed: 1 line after the last checkpoint is not yet sealed, "
                + "and anything appended by whoever can write the folder would be among them"), v.sealing().summary());
    }

    /** What verify says with the checkpoints moved aside: the plain chain's verdict. */
    private List<Finding> withoutCheckpoints() throws IOException {
        Path file = records.resolve("checkpoints.jsonl");
        Path aside = Files.move(file, dir.resolve("aside.jsonl"));
        try {
            return archive.verify();
        } finally {
            Files.move(aside, file);
        }
    }

    @Test
    void aReplacedDocumentWithEveryLaterLineRehashedIsARewrite() throws IOException {
        checkpoint();
        AuditEntry second = archive.entries().get(1);
        byte[] forged = "%PDF-1.7 another disclosure".getBytes(StandardCharsets.US_ASCII);
        String sha = Digests.sha256Hex(forged);
        Files.delete(records.resolve(second.documentPath()));
        Files.write(records.resolve("documents/" + sha + ".pdf"), forged);
        ForgedLines.rewrite(records, 2, "documentSha256", sha);
        ForgedLines.rewrite(records, 2, "size", Integer.toString(forged.length));
        assertEquals(List.of(), withoutCheckpoints(), "the chain alone lets it through");
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.REWRITTEN, "audit.jsonl line 4",
                "the log was rewritten: line 4 no longer has the hash checkpoint 1 sealed")), v.findings());
        assertEquals(0, v.sealing().sealedLines());
        assertEquals("not sealed: the checkpoint does not hold", v.sealing().summary());
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertEquals("SMP-OUTPUT: the log was rewritten: line 4 no longer has the hash the last checkpoint sealed; "
                + "no checkpoint written. Run verify first.", e.getMessage());
        assertEquals(1, Files.readAllLines(records.resolve("checkpoints.jsonl")).size(), "nothing sealed over the rewrite");
    }

    @Test
    void aRewriteBetweenCheckpointsNamesTheFirstBrokenOneAndTheLastThatHolds() throws IOException {
        Files.delete(records.resolve("audit.jsonl"));
        for (int i = 0; i < 2; i++) {
            archive.record(DOCUMENTS.get(i), snapshot);
        }
        checkpoint();
        archive.record(DOCUMENTS.get(2), snapshot);
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(1)).orElseThrow();
        archive.record(DOCUMENTS.get(3), snapshot);
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(2)).orElseThrow();
        ForgedLines.rewrite(records, 3, "session", "7");
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.REWRITTEN, "audit.jsonl line 3", "the log was rewritten: line 3 no "
                + "longer has the hash checkpoint 2 sealed (line 2 still has the hash checkpoint 1 sealed)"),
                new Finding(Finding.Problem.REWRITTEN, "checkpoints.jsonl", "1 later checkpoint no longer holds either")),
                v.findings());
        assertEquals(2, v.sealing().sealedLines());
    }

    @Test
    void theLastLineDroppedWithItsDocumentIsACut() throws Exception {
        checkpoint();
        List<String> lines = log();
        AuditEntry last = AuditLine.read(lines.get(3));
        Files.delete(records.resolve(last.documentPath()));
        Files.write(records.resolve("audit.jsonl"), (String.join("\n", lines.subList(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), withoutCheckpoints(), "the chain alone lets it through");
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.CUT, "audit.jsonl", "the log was cut: checkpoint 1 seals 4 lines, "
                + "the log has 3")), v.findings());
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT));
        assertEquals("SMP-OUTPUT: the log was cut: the last checkpoint seals 4 lines, the log has 3; no checkpoint written. "
                + "Run verify first.", e.getMessage());
    }

    @Test
    void aCheckpointByAnotherKeyOrWithAChangedSignatureIsNamed() throws IOException {
        checkpoint();
        archive.record(DOCUMENTS.get(0), snapshot);
        archive.checkpoint(TestSeal.signer(TestSeal.OTHER), AT.plusSeconds(60)).orElseThrow();
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.BAD_SIGNATURE, "checkpoints.jsonl line 2",
                "checkpoint 2's signature does not verify: " + TestSeal.NOT_TRUSTED)), v.findings());
        assertEquals(4, v.sealing().sealedLines(), "the first checkpoint still seals its lines");
        Path file = records.resolve("checkpoints.jsonl");
        List<String> lines = Files.readAllLines(file);
        ObjectNode first = (ObjectNode) AuditLog.JSON.readTree(lines.get(0));
        first.put("at", "2026-11-30T10:16:00Z"); // the time changed: the signature no longer covers the statement
        lines.set(0, AuditLog.JSON.writeValueAsString(first));
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = archive.check(TestSeal.trust()).findings();
        assertEquals(new Finding(Finding.Problem.BAD_SIGNATURE, "checkpoints.jsonl line 1",
                "checkpoint 1's signature does not verify: " + TestSeal.NOT_TRUSTED), findings.get(0));
    }

    @Test
    void aBrokenOrTornCheckpointLineIsNamedAndNotAppendedTo() throws IOException {
        checkpoint();
        Path file = records.resolve("checkpoints.jsonl");
        Files.writeString(file, "{\"lines\":4,\"head\":\"x\"}\n{\"lines\":4,", StandardOpenOption.APPEND);
        assertEquals(List.of(new Finding(Finding.Problem.BROKEN_CHAIN, "checkpoints.jsonl line 2",
                "not a well-formed checkpoint: its head is not a SHA-256 (64 lower-case hex digits)"),
                new Finding(Finding.Problem.TORN_LINE, "checkpoints.jsonl line 3", "incomplete: a write was interrupted")),
                archive.check(TestSeal.trust()).findings());
        archive.record(DOCUMENTS.get(0), snapshot);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT));
        assertTrue(e.getMessage().startsWith("SMP-OUTPUT: the checkpoint log checkpoints.jsonl ends with an incomplete line"),
                e.getMessage());
    }

    @Test
    void aLinkedCheckpointLogIsNamedAndNotFollowed() throws IOException {
        checkpoint();
        Path file = records.resolve("checkpoints.jsonl");
        Path outside = Files.move(file, dir.resolve("outside.jsonl"));
        Files.createSymbolicLink(file, outside);
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(new Finding(Finding.Problem.ALTERED, "checkpoints.jsonl",
                "not a regular file: a link, folder or device; not read")), v.findings());
        assertEquals(0, v.sealing().sealedLines());
    }

    @Test
    void aLogWhoseChainDoesNotVerifyIsNotSealed() throws IOException {
        List<String> lines = new ArrayList<>(log());
        lines.set(1, lines.get(1).replace("\"kind\":\"disclosure\"", "\"kind\":\"consent\""));
        Files.write(records.resolve("audit.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT));
        assertEquals("SMP-OUTPUT: the audit log does not verify (broken chain: audit.jsonl line 2 (its hash does not match its "
                + "content: edited)); no checkpoint written. Run verify first.", e.getMessage());
        assertFalse(Files.exists(records.resolve("checkpoints.jsonl")));
    }

    @Test
    void aSignerThatFailsLeavesNoCheckpoint() {
        CheckpointSigner broken = statement -> {
            throw new SmpDocsException(ErrorCode.OUTPUT, "the keystore cannot be read");
        };
        assertThrows(SmpDocsException.class, () -> archive.checkpoint(broken, AT));
        assertEquals(Sealing.UNSEALED, archive.check(TestSeal.trust()).sealing());
    }

    @Test
    void anArchiveWrittenBeforeCheckpointsVerifiesUnchangedWithTrustAnchors() {
        Path fixture = Path.of("src/test/resources/org/smpdocs/internal/archive/written-by-d963670");
        assertEquals(new Verification(6, List.of()), Archive.open(fixture.resolve("records")).check(TestSeal.trust()));
        assertEquals(new Verification(6, List.of()), ExportVerifier.check(fixture.resolve("export.zip"), TestSeal.trust()));
    }

    @Test
    void checkpointsWrittenWhileOthersRecordAllHold() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        archive.record(DOCUMENTS.get(i % DOCUMENTS.size()), snapshot);
                    }
                }));
            }
            done.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(i));
                }
            }));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        archive.checkpoint(TestSeal.signer(TestSeal.CLINIC), AT.plusSeconds(60));
        Verification v = archive.check(TestSeal.trust());
        assertEquals(List.of(), v.findings());
        assertEquals(34, v.records());
        assertTrue(v.sealing().fullySealed(), v.sealing().summary());
        assertTrue(v.sealing().checkpoints() >= 1, v.sealing().toString());
    }
}
