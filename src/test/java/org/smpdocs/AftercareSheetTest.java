package org.smpdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.AftercareStep;
import org.smpdocs.model.MedicinePause;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;
import org.smpdocs.model.UrgentContact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aftercare sheet of every sample, read back as a patient gets it: each dated step a table row
 * with the last day it applies and the day it is fine again, computed here from the session date
 * (session day = day 0, a step of N days applies up to and including day N, fine again from day
 * N + 1; months are calendar months); the plan's medicine pauses with their date and time; whom to
 * call; one page of at least 11 pt text on A4 and Letter; the same table in the Word document.
 */
class AftercareSheetTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final List<String> HEADER = List.of("What to do", "Up to and including", "Fine again from");
    private static final Pattern A_DATE = Pattern.compile("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4}\\b");
    private static final Map<PaperSize, SmpDocs> ENGINES = new EnumMap<>(PaperSize.class);

    private static synchronized SmpDocs engine(PaperSize paper) {
        return ENGINES.computeIfAbsent(paper, p -> SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .paper(p).formats(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)).build());
    }

    private static PatientCase read(Path file) {
        return engine(PaperSize.A4).readCase(file);
    }

    private static List<AftercareStep> steps() {
        return engine(PaperSize.A4).clinic().content().aftercare();
    }

    static Stream<Arguments> casesOnEachPaper() {
        return Samples.cases().stream().flatMap(f -> Stream.of(PaperSize.values()).map(p -> Arguments.of(f, p)));
    }

    /** The row a dated step must have, its dates worked out here from the session date. */
    private static List<String> expectedRow(AftercareStep step, LocalDate session) {
        LocalDate lastDay = step.days() != null ? session.plusDays(step.days()) : session.plusMonths(step.months());
        String what = step.instruction() + "." + (step.detail() == null ? "" : " " + step.detail());
        return List.of(what, DAY.format(lastDay), step.resume() + " from " + DAY.format(lastDay.plusDays(1)));
    }

    private static List<List<String>> expectedRows(LocalDate session) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        steps().stream().filter(s -> s.days() != null || s.months() != null).forEach(s -> rows.add(expectedRow(s, session)));
        return rows;
    }

    /** The PDF's table whose header row is the aftercare table's, as rows of cell texts. */
    private static List<List<String>> stepsTable(TaggedPdf.Node root) {
        List<List<List<String>>> tables = root.all("Table").stream().map(TaggedPdf.Node::rows)
                .filter(rows -> !rows.isEmpty() && rows.get(0).equals(HEADER)).toList();
        assertEquals(1, tables.size(), "one table of dated steps");
        return tables.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void everyDatedStepIsATableRowWithTheLastDayAndTheDayItIsFineAgain(Path file) {
        PatientCase c = read(file);
        LocalDate session = c.latestSession().orElseThrow().date();
        TaggedPdf.Node pdf = TaggedPdf.read(engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF));
        assertEquals(expectedRows(session), stepsTable(pdf));
    }

    @Test
    void theDatesOfOneSampleAreTheOnesAPatientCountsOnACalendar() {
        // norwood6-density, session 2 on Mon 16 Nov 2026 (day 0)
        PatientCase c = read(Samples.ROOT.resolve("cases/norwood6-density.json"));
        List<List<String>> rows = stepsTable(TaggedPdf.read(
                engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF)));
        assertEquals(List.of("Do not wash your scalp. If it gets wet, pat it dry.", "Thu 19 Nov 2026",
                "You may wash it with a mild shampoo from Fri 20 Nov 2026"), rows.get(1), "3 days: days 1, 2 and 3");
        assertEquals(List.of("Do not give blood or plasma. This is the UK rule after any tattoo.", "Tue 16 Mar 2027",
                "You may give blood again from Wed 17 Mar 2027"), rows.get(rows.size() - 1), "4 months");
    }

    @Test
    void aStepInMonthsEndsOnTheLastDayOfAShorterMonth() throws IOException {
        // session 1 moved to Sat 31 Oct 2026: four months on is February, which has no 31st
        String json = Files.readString(Samples.ROOT.resolve("cases/norwood6-density.json"))
                .replace("\"date\": \"2026-11-02\"", "\"date\": \"2026-10-31\"");
        PatientCase c = engine(PaperSize.A4).readCase("month-end.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2026, 10, 31), c.session(1).orElseThrow().date());
        List<List<String>> rows = stepsTable(TaggedPdf.read(
                engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c, 1).bytes(OutputFormat.PDF)));
        assertEquals(List.of("Sun 28 Feb 2027", "You may give blood again from Mon 1 Mar 2027"),
                rows.get(rows.size() - 1).subList(1, 3));
        assertEquals(expectedRows(LocalDate.of(2026, 10, 31)), rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void ongoingAdviceIsListedBelowTheTableWithoutDates(Path file) {
        PatientCase c = read(file);
        TaggedPdf.Node pdf = TaggedPdf.read(engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF));
        List<String> items = pdf.all("LI").stream().map(TaggedPdf.Node::text).toList();
        List<AftercareStep> ongoing = steps().stream().filter(s -> s.days() == null && s.months() == null).toList();
        assertFalse(ongoing.isEmpty());
        List<String> expected = ongoing.stream()
                .map(s -> s.instruction() + "." + (s.detail() == null ? "" : " " + s.detail())).toList();
        assertEquals(expected, items.stream().map(i -> i.replaceFirst("^\\W+", "")).toList(), "the list holds the ongoing steps");
        items.forEach(i -> assertFalse(A_DATE.matcher(i).find(), "no date in ongoing advice: " + i));
        stepsTable(pdf).forEach(row -> ongoing.forEach(s -> assertFalse(row.get(0).startsWith(s.instruction()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void aMedicinePauseOfThePlanSaysWhenTheMedicineMayBeUsedAgain(Path file) {
        PatientCase c = read(file);
        TreatmentSession session = c.latestSession().orElseThrow();
        String text = Samples.text(engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF), false);
        List<MedicinePause> pauses = c.plan().medicinePauses() == null ? List.of() : c.plan().medicinePauses();
        for (MedicinePause pause : pauses) {
            LocalDateTime again = LocalDateTime.of(session.date(), session.end()).plusHours(pause.hoursAfter());
            assertTrue(text.contains("Do not use " + pause.medicine() + " until " + TIME.format(again) + " on "
                    + DAY.format(again.toLocalDate()) + "; you may use it again from then."), text);
            assertTrue(text.contains("Stop using " + pause.medicine() + " " + pause.hoursBefore()
                    + " hours before your next session starts."), text);
        }
        if (pauses.isEmpty()) {
            assertFalse(text.contains("you may use it again from then") || text.contains("Stop using "), "no pause line without a pause");
        }
    }

    @Test
    void theMinoxidilSampleStopsItUntil48HoursAfterTheSessionEnded() throws IOException {
        // diffuse-thinning-woman: session 1 on Tue 17 Nov 2026 ended at 11:40; the plan pauses minoxidil 48 h
        Path file = Samples.ROOT.resolve("cases/diffuse-thinning-woman.json");
        PatientCase c = read(file);
        assertEquals(List.of(new MedicinePause("minoxidil", 48, 96)), c.plan().medicinePauses());
        String text = Samples.text(engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF));
        assertTrue(text.contains("Do not use minoxidil until 11:40 on Sat 21 Nov 2026; you may use it again from then."), text);

        // 14 hours after 11:40 is past midnight: the date moves on with the time
        String json = Files.readString(file).replace("\"hoursAfter\": 96", "\"hoursAfter\": 14");
        PatientCase shorter = engine(PaperSize.A4).readCase("pause.json", json.getBytes(StandardCharsets.UTF_8));
        String shorterText = Samples.text(engine(PaperSize.A4).render(DocumentKind.AFTERCARE, shorter).bytes(OutputFormat.PDF));
        assertTrue(shorterText.contains("Do not use minoxidil until 01:40 on Wed 18 Nov 2026"), shorterText);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void whomToCallWhenSomethingIsWrongWithTheNumbersAsLinks(Path file) throws IOException {
        PatientCase c = read(file);
        byte[] pdf = engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF);
        List<UrgentContact> help = engine(PaperSize.A4).clinic().content().urgentHelp();
        List<List<String>> expected = help.stream().map(h -> List.of(h.situation(), h.contact() + ": " + h.phone())).toList();
        List<List<String>> rows = TaggedPdf.read(pdf).all("Table").stream().map(TaggedPdf.Node::rows)
                .filter(r -> r.size() == help.size() && r.get(0).get(0).equals(help.get(0).situation())).findFirst().orElseThrow();
        assertEquals(expected, rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(1).endsWith(": 999")), "the UK emergency number");
        assertTrue(rows.stream().anyMatch(r -> r.get(1).endsWith(": 111")), "NHS 111");
        assertTrue(rows.stream().anyMatch(r -> r.get(1).endsWith(": " + engine(PaperSize.A4).clinic().phone())), "the clinic");
        List<String> links = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
        }
        assertTrue(links.containsAll(List.of("tel:999", "tel:111", "tel:+441614960471")), links.toString());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("casesOnEachPaper")
    void onePageWithTextOfAtLeast11Points(Path file, PaperSize paper) throws IOException {
        PatientCase c = read(file);
        byte[] pdf = engine(paper).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
            assertEquals(paper == PaperSize.A4 ? 842 : 792, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
        List<TaggedPdf.Node> sections = TaggedPdf.read(pdf).all("Sect");
        assertEquals(1, sections.size(), "the sheet's body is one section");
        List<TextPosition> glyphs = sections.get(0).allGlyphs();
        assertTrue(glyphs.size() > 1000, "the body text is read: " + glyphs.size() + " glyphs");
        float smallest = (float) glyphs.stream().mapToDouble(TextPosition::getYScale).min().orElseThrow();
        assertTrue(smallest >= 11f, "smallest body text " + smallest + " pt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void theWordDocumentHasTheSameTable(Path file) throws IOException {
        PatientCase c = read(file);
        byte[] docx = engine(PaperSize.A4).render(DocumentKind.AFTERCARE, c).bytes(OutputFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<String>>> tables = doc.getTables().stream().map(AftercareSheetTest::rows)
                    .filter(rows -> rows.get(0).equals(HEADER)).toList();
            assertEquals(1, tables.size(), "one table of dated steps");
            assertEquals(expectedRows(c.latestSession().orElseThrow().date()), tables.get(0));
            assertTrue(doc.getTables().stream().filter(t -> rows(t).get(0).equals(HEADER))
                    .allMatch(t -> t.getRow(0).isRepeatHeader()), "the header row repeats");
        }
    }

    /** A table's cells as text; a date's no-break spaces (it stays on one line) read as spaces. */
    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText)
                .map(t -> t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()).toList()).toList();
    }
}
