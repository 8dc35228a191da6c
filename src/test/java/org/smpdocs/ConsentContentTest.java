package org.smpdocs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.ConsentChoice;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.PersonalNote;
import org.smpdocs.model.Practitioner;
import org.smpdocs.model.ProcedureContent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * What a real SMP consent carries, read back from every sample's PDF and DOCX: that SMP is a
 * permanent tattoo, no guaranteed result, the patch test, hygiene, fees, the choices, the privacy
 * notice, the registrations, every health question with its answer, and the "what this means
 * for you" notes that apply to the patient (and only those).
 */
class ConsentContentTest {
    private static final SmpDocs ENGINE = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
            .formats(java.util.Set.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
    private static final Map<String, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ProcedureContent CONTENT = ENGINE.clinic().content();

    /** The notes each sample should get, by their condition, worked out by hand from the case files. */
    private static final Map<String, List<String>> NOTES = Map.of(
            "accented-name-interpreter.json", List.of(),
            "cyrillic-name.json", List.of("diabetes", "scars"),
            "diffuse-thinning-woman.json", List.of("hair-worn-long", "allergies"),
            "fue-scar-camouflage.json", List.of("scars", "previous-transplant"),
            "greek-name.json", List.of("bloodThinners"),
            "minor-with-guardian.json", List.of("scars", "minor"),
            "norwood6-density.json", List.of("allergies"));

    static Stream<Path> samples() {
        return Samples.cases().stream();
    }

    private static PatientCase read(Path file) {
        return ENGINE.readCase(file);
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyClauseIsPrinted(Path file) {
        PatientCase c = read(file);
        String pdf = consentText(c);
        List<String> clauses = new ArrayList<>();
        clauses.addAll(CONTENT.permanence());
        clauses.addAll(CONTENT.results());
        clauses.addAll(CONTENT.patchTest());
        clauses.addAll(CONTENT.hygiene());
        clauses.addAll(CONTENT.fees());
        clauses.addAll(CONTENT.choicesIntro());
        clauses.addAll(CONTENT.privacy());
        CONTENT.choices().stream().map(ConsentChoice::text).forEach(clauses::add);
        CONTENT.drawbacks().stream().map(Drawback::title).forEach(clauses::add);
        for (String clause : clauses) {
            assertTrue(pdf.contains(fold(clause)), clause);
        }
        for (Practitioner p : ENGINE.clinic().practitioners()) {
            boolean treats = c.plan().practitionerId().equals(p.id())
                    || c.sessions().stream().anyMatch(s -> s.practitionerId().equals(p.id())
                            || s.anaesthetic().givenBy().equals(p.id()));
            assertEquals(treats, pdf.contains("Registration: " + p.registrationNumber()), p.id());
        }
        assertTrue(pdf.contains("Premises licence " + ENGINE.clinic().premisesLicence()));
        assertTrue(pdf.contains("You can stop at any time, even during a session."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyHealthQuestionHasTheAnswerGiven(Path file) throws IOException {
        PatientCase c = read(file);
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(ENGINE.render(DocumentKind.CONSENT, c).bytes(OutputFormat.DOCX)))) {
            XWPFTable answers = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals(CONTENT.healthQuestions().get(0).question()))
                    .findFirst().orElseThrow();
            List<XWPFTableRow> rows = answers.getRows();
            assertEquals(CONTENT.healthQuestions().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                HealthQuestion q = CONTENT.healthQuestions().get(i);
                assertEquals(q.question(), rows.get(i).getCell(0).getText());
                assertEquals(c.screening().answers().get(q.id()) ? "Yes" : "No", rows.get(i).getCell(1).getText(), q.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whatThisMeansForYouHoldsTheNotesThatApply(Path file) {
        PatientCase c = read(file);
        String pdf = consentText(c);
        List<String> expected = NOTES.get(file.getFileName().toString());
        for (PersonalNote note : CONTENT.forYou()) {
            assertEquals(expected.contains(note.when()), pdf.contains(fold(note.text())), note.when());
        }
        assertEquals(expected.isEmpty(), pdf.contains("Nothing in your health answers, your history or your plan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void thePatchTestIsRecordedAsDoneOrDeclined(Path file) {
        PatientCase c = read(file);
        String pdf = consentText(c);
        if (c.patchTest().done()) {
            assertTrue(pdf.contains(fold("Your patch test: done on " + day(c.patchTest().date()) + ", "
                    + c.patchTest().site() + ". Result: " + c.patchTest().result() + ".")), pdf);
        } else {
            assertTrue(pdf.contains("Your patch test: you chose not to have a patch test"), pdf);
        }
    }

    @Test
    void theSamplesHaveAPatchTestDoneAndOneDeclined() {
        List<PatientCase> cases = Samples.cases().stream().map(ConsentContentTest::read).toList();
        assertTrue(cases.stream().anyMatch(c -> c.patchTest().done()));
        assertTrue(cases.stream().anyMatch(c -> !c.patchTest().done()));
    }

    @Test
    void aChoiceMadeEarlierIsAFactWithItsDateAndTheOthersAreEmptyBoxes() {
        PatientCase earlier = read(Samples.ROOT.resolve("cases/norwood6-density.json"));
        String xhtml = ENGINE.xhtml(DocumentKind.CONSENT, earlier, 0);
        String pdf = consentText(earlier);
        assertTrue(pdf.contains("Recorded on Mon 19 Oct 2026: you agreed. " + CONTENT.choices().get(0).text()), pdf);
        assertTrue(pdf.contains("Recorded on Mon 19 Oct 2026: you did not agree. " + CONTENT.choices().get(1).text()));
        assertFalse(xhtml.contains("class=\"checkbox\""), "no box for a choice already made");

        PatientCase today = read(Samples.ROOT.resolve("cases/greek-name.json"));
        String toTick = ENGINE.xhtml(DocumentKind.CONSENT, today, 0);
        for (ConsentChoice choice : CONTENT.choices()) {
            assertTrue(toTick.contains("<span class=\"checkbox\" data-field=\"choice-" + choice.id() + "\" data-role=\"patient\"></span>"),
                    choice.id());
        }
        assertFalse(toTick.contains("data-checked"));
    }

    @Test
    void languagesAreNamedAndTheDateOfBirthHasNoWeekday() {
        PatientCase czech = read(Samples.ROOT.resolve("cases/accented-name-interpreter.json"));
        String pdf = consentText(czech);
        assertTrue(pdf.contains("Document language English"), "not a code");
        assertTrue(pdf.contains("I interpreted this whole form into Czech for"), "the attestation names the language");
        assertTrue(pdf.contains("Language Czech"));
        assertTrue(pdf.contains("Date of birth " + czech.patient().dateOfBirth()
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + " "), pdf);
    }

    @Test
    void aMinorsConsentHasTheGuardiansOwnStatementAndInitials() {
        PatientCase minor = read(Samples.ROOT.resolve("cases/minor-with-guardian.json"));
        for (DocumentKind kind : List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE)) {
            String xhtml = ENGINE.xhtml(kind, minor, 0);
            for (Drawback d : CONTENT.drawbacks()) {
                assertTrue(xhtml.contains("data-field=\"initials-" + d.id() + "\""), d.id());
                assertTrue(xhtml.contains("data-field=\"initials-guardian-" + d.id() + "\""), d.id());
            }
        }
        String pdf = consentText(minor);
        for (String item : ENGINE.clinic().minors().guardianStatement()) {
            assertTrue(pdf.contains(fold(item)), item);
        }
        PatientCase adult = read(Samples.ROOT.resolve("cases/greek-name.json"));
        assertFalse(ENGINE.xhtml(DocumentKind.CONSENT, adult, 0).contains("initials-guardian-"));
    }

    @Test
    void inWordTheStatementAndEverySignerAreKeptTogetherToo() throws IOException {
        PatientCase minor = read(Samples.ROOT.resolve("cases/minor-with-guardian.json"));
        for (DocumentKind kind : List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE)) {
            try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(
                    ENGINE.render(kind, minor).bytes(OutputFormat.DOCX)))) {
                List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
                int start = -1;
                for (int i = 0; i < body.size(); i++) {
                    if (body.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
                            && p.getText().equals("Your statement")) {
                        start = i;
                    }
                }
                assertTrue(start >= 0, kind + ": the statement");
                int kept = 0;
                for (org.apache.poi.xwpf.usermodel.IBodyElement e : body.subList(start, body.size() - 1)) {
                    List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = e instanceof XWPFTable t
                            ? t.getRows().stream().flatMap(r -> r.getTableCells().stream())
                                    .flatMap(cell -> cell.getParagraphs().stream()).toList()
                            : List.of((org.apache.poi.xwpf.usermodel.XWPFParagraph) e);
                    for (org.apache.poi.xwpf.usermodel.XWPFParagraph p : paragraphs) {
                        assertTrue(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext(),
                                kind + ": keep with next: " + p.getText());
                        kept++;
                    }
                }
                assertTrue(kept > 10, kind + ": the statement and the signers' blocks");
            }
        }
    }

    @Test
    void signingDatesAreLeftForTheSigners() {
        for (Path file : Samples.cases()) {
            PatientCase c = read(file);
            for (DocumentKind kind : List.of(DocumentKind.CONSENT, DocumentKind.DISCLOSURE)) {
                String xhtml = ENGINE.xhtml(kind, c, 0);
                assertTrue(xhtml.contains("data-kind=\"date\""), file + " " + kind);
                assertFalse(xhtml.matches("(?s).*data-kind=\"date\" data-field=\"[^\"]+\">[^<].*"),
                        file + " " + kind + ": a date field is empty");
            }
        }
    }

    /**
     * The consent's text twice over: in reading order (paragraphs and lists read straight) and in
     * the order it was written (a wrapped table cell reads straight), so that a search finds a
     * sentence wherever the layout put it.
     */
    private static String consentText(PatientCase c) {
        return TEXTS.computeIfAbsent(c.id(), id -> {
            byte[] pdf = ENGINE.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF);
            return Samples.text(pdf, true) + " | " + Samples.text(pdf, false);
        });
    }

    private static String day(java.time.LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK));
    }
}
