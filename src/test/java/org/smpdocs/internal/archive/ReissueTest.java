package org.smpdocs.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Rendering an archived document again: the issued bytes when nothing changed, other bytes under
 * other settings, and another template set named as such.
 */
class ReissueTest {
    @TempDir
    Path dir;

    private PatientCase norwood;
    private Archive archive;
    private final List<AuditEntry> recorded = new ArrayList<>();

    @BeforeEach
    void record() {
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
        norwood = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        archive = new Archive(dir.resolve("records"));
        recorded.addAll(archive.record(engine.render(DocumentKind.CONSENT, norwood), CaseSnapshot.json(norwood)));
        // the first of two sessions: not the one a render picks by default
        recorded.addAll(archive.record(engine.render(DocumentKind.AFTERCARE, norwood, 1), CaseSnapshot.json(norwood)));
    }

    @Test
    void aDocumentRenderedAgainAsIssuedIsTheIssuedBytes() {
        assertEquals(4, recorded.size());
        for (AuditEntry e : recorded) {
            Reissue again = Reissue.of(archive, e, SmpDocs.builder().clinicProfile(Samples.CLINIC));
            assertEquals(Reissue.Outcome.IDENTICAL, again.outcome(), e.toString());
            assertEquals(e.document().sha256(), again.regenerated());
            assertEquals(e.document().templateSetSha256().hex(), again.templateSet().sha256());
            assertEquals(e, again.entry());
        }
        assertEquals(1, recorded.get(3).document().session());
    }

    @Test
    void otherPaperGivesOtherBytesOfTheSameTemplateSet() {
        AuditEntry consent = recorded.get(0);
        Reissue again = Reissue.of(archive, consent, SmpDocs.builder().clinicProfile(Samples.CLINIC).paper(PaperSize.LETTER));
        assertEquals(Reissue.Outcome.OTHER_BYTES, again.outcome());
        byte[] letter = SmpDocs.builder().clinicProfile(Samples.CLINIC).paper(PaperSize.LETTER).clock(Samples.CLOCK).build()
                .render(DocumentKind.CONSENT, norwood).bytes(OutputFormat.PDF);
        assertEquals(Sha256.of(letter), again.regenerated());
        assertNotEquals(consent.document().sha256(), again.regenerated());
    }

    @Test
    void anotherTemplateSetIsNamedAsSuch() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("consent.ftlx"), Files.readString(Path.of("templates/consent.ftlx"))
                + "<#-- the clinic's copy -->\n");
        Reissue again = Reissue.of(archive, recorded.get(0), SmpDocs.builder().clinicProfile(Samples.CLINIC)
                .templateDirectory(templates));
        assertEquals(Reissue.Outcome.OTHER_TEMPLATE_SET, again.outcome());
        assertNotEquals(recorded.get(0).document().templateSetSha256().hex(), again.templateSet().sha256());
        assertEquals(recorded.get(0).document().templateVersion(), again.templateSet().version(), "the same declared version");
    }

    @Test
    void aSignedRecordRegeneratesTheUnsignedOriginalAndSaysSo() {
        AuditEntry issued = recorded.get(0);
        byte[] evidence = TestSeal.evidence(issued);
        AuditEntry signed = archive.recordSigned(issued.sequence(), TestSeal.sealed(archive.document(issued), TestSeal.CLINIC),
                evidence, SignedRecordTest.SIGNED_AT);
        Reissue again = Reissue.of(archive, signed, SmpDocs.builder().clinicProfile(Samples.CLINIC));
        assertEquals(Reissue.Outcome.IDENTICAL, again.outcome());
        assertEquals(signed, again.entry());
        assertEquals(issued, again.original());
        assertEquals(issued.document().sha256(), again.regenerated());
        assertNotEquals(signed.document().sha256(), again.regenerated());
        assertEquals(Optional.of("record 5 is a signed record: its signatures and seal are not regenerated; compared is the "
                + "unsigned original it completes, record 1"), again.note());
        assertEquals(Optional.empty(), Reissue.of(archive, issued, SmpDocs.builder().clinicProfile(Samples.CLINIC)).note());
    }

    @Test
    void aSignedRecordWhoseOriginalIsGoneIsAnError() throws IOException {
        AuditEntry issued = recorded.get(0);
        AuditEntry signed = archive.recordSigned(issued.sequence(), TestSeal.sealed(archive.document(issued), TestSeal.CLINIC),
                TestSeal.evidence(issued), SignedRecordTest.SIGNED_AT);
        ForgedLines.rewrite(dir.resolve("records"), 1, "sequence", "100");
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Reissue.of(archive, signed, SmpDocs.builder().clinicProfile(Samples.CLINIC)));
        assertEquals("SMP-INPUT: record 5 completes record 1, which the archive does not hold as an issued record; verify the "
                + "archive", e.getMessage());
    }
}
