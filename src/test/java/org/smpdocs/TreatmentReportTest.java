package org.smpdocs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.Anaesthetic;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Practitioner;
import org.smpdocs.model.Signer;
import org.smpdocs.model.SignerRole;
import org.smpdocs.model.TreatmentSession;
import org.smpdocs.model.VitalSigns;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The treatment report of every session of every sample, read back from the PDF (PDFBox) and the
 * DOCX (POI): the anaesthetic's lot, expiry, route, dose in ml and mg, who gave and who
 * prescribed it; allergies and medicines; the same-day re-check; the observations behind
 * "observations normal"; where the photographs are; the earlier sessions; for a minor, the
 * directing doctor and the guardian present; the Fitzpatrick type in Roman numerals. Expected
 * text is computed here from the case, independently of the template. And the sign-off is never
 * alone on its page, on A4 and Letter.
 */
class TreatmentReportTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<PaperSize, SmpDocs> PDF_ENGINES = new EnumMap<>(PaperSize.class);
    private static SmpDocs bothFormats;

    static Stream<Arguments> sessions() {
        return Samples.cases().stream().flatMap(file -> read(file).sessions().stream()
                .sorted(Comparator.comparingInt(TreatmentSession::number))
                .map(s -> Arguments.of(file.getFileName().toString(), s.number())));
    }

    static Stream<Arguments> sessionsOnEachPaper() {
        return sessions().flatMap(a -> Stream.of(PaperSize.values())
                .map(paper -> Arguments.of(a.get()[0], a.get()[1], paper)));
    }

    @ParameterizedTest(name = "{0} session {1}")
    @MethodSource("sessions")
    void reportPrintsTheSessionRecordInBothFormats(String fileName, int number) {
        PatientCase c = read(Samples.ROOT.resolve("cases").resolve(fileName));
        TreatmentSession s = c.session(number).orElseThrow();
        RenderedDocument report = bothFormats().render(DocumentKind.REPORT, c, number);
        String pdf = Samples.text(report.bytes(OutputFormat.PDF), false);
        String docx = docxText(report.bytes(OutputFormat.DOCX));
        List<String> lines = expectedLines(Samples.engine().clinic(), c, s);
        for (String line : lines) {
            assertAll(line,
                    () -> assertTrue(pdf.contains(line), () -> "PDF lacks: " + line + "\n" + pdf),
                    () -> assertTrue(docx.contains(line), () -> "DOCX lacks: " + line + "\n" + docx));
        }
        for (String text : List.of(pdf, docx)) {
            assertFalse(text.contains("Fitzpatrick " + c.patient().skinType()), "skin type as a number");
            boolean minor = Samples.engine().clinic().minors().appliesTo(c);
            assertEquals(minor, text.contains("Treatment of a minor"), "the minor's part only for a minor");
            assertEquals(earlierRows(c, s), earlierSessionsSection(text), "earlier sessions, exactly and in order");
        }
    }

    /** The dose in mg worked out in the test: strength in % times 10 mg/ml per % times the volume. */
    @Test
    void doseInMilligramsIsComputedFromStrengthAndVolume() {
        PatientCase minor = read(Samples.ROOT.resolve("cases/minor-with-guardian.json"));
        PatientCase mark = read(Samples.ROOT.resolve("cases/norwood6-density.json"));
        assertTrue(Samples.text(Samples.engine().render(DocumentKind.REPORT, minor, 1).bytes(OutputFormat.PDF), false)
                .contains("Lidocaine hydrochloride 2%, local injection, 1.5 ml (30 mg)"));
        String s1 = Samples.text(Samples.engine().render(DocumentKind.REPORT, mark, 1).bytes(OutputFormat.PDF), false);
        assertTrue(s1.contains("6 ml (120 mg)"), s1);
        assertTrue(s1.contains("Fitzpatrick II"), s1);
    }

    @ParameterizedTest(name = "{0} session {1} on {2}")
    @MethodSource("sessionsOnEachPaper")
    void signOffSharesItsPageWithTheLastPartOfTheRecord(String fileName, int number, PaperSize paper) {
        PatientCase c = read(Samples.ROOT.resolve("cases").resolve(fileName));
        byte[] pdf = engine(paper).render(DocumentKind.REPORT, c, number).bytes(OutputFormat.PDF);
        assertSignOffWithRecord(c, c.session(number).orElseThrow(), pages(pdf));
    }

    /**
     * Pushes the end of the record across the page boundary one vital-signs row at a time: wherever
     * the page breaks, the sign-off's page also holds the last part of the record, and for some
     * lengths the group did move to a new page as a whole (so the rule was exercised).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(PaperSize.class)
    void signOffStaysWithTheRecordWhereverThePageBreaks(PaperSize paper) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(Samples.ROOT.resolve("cases/diffuse-thinning-woman.json").toFile());
        ArrayNode vitals = (ArrayNode) tree.at("/sessions/0/observations/vitals");
        boolean moved = false;
        for (int extra = 0; extra <= 24; extra++) {
            if (extra > 0) {
                vitals.addObject().put("time", LocalTime.of(10, 0).plusMinutes(extra).format(TIME))
                        .put("systolicMmHg", 118).put("diastolicMmHg", 76).put("pulseBpm", 70).put("note", "Routine check");
            }
            PatientCase c = Samples.engine().readCase("case.json", JSON.writeValueAsBytes(tree));
            List<String> pages = pages(engine(paper).render(DocumentKind.REPORT, c, 1).bytes(OutputFormat.PDF));
            assertSignOffWithRecord(c, c.session(1).orElseThrow(), pages);
            String signOffPage = pages.get(pages.size() - 1);
            moved |= !signOffPage.contains("Aftercare sheet given") && pages.get(pages.size() - 2).contains("Aftercare sheet given");
        }
        assertTrue(moved, "no length put the page break just before the sign-off group");
    }

    /** In Word the same group is kept together: each of its paragraphs keeps with the next. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void docxKeepsTheSignOffWithTheLastPartOfTheRecord(Path file) throws IOException {
        PatientCase c = read(file);
        byte[] docx = bothFormats().render(DocumentKind.REPORT, c).bytes(OutputFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            collect(doc.getBodyElements(), paragraphs);
            int start = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).getText().equals("Planned treatment")) {
                    start = i;
                }
            }
            assertTrue(start > 0, "a Planned treatment heading");
            List<XWPFParagraph> group = paragraphs.subList(start, paragraphs.size());
            assertTrue(group.stream().anyMatch(p -> p.getText().equals("Sign-off")));
            assertTrue(group.stream().anyMatch(p -> p.getText().equals("Lead practitioner")));
            for (XWPFParagraph p : group) {
                assertTrue(p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext(),
                        () -> "keeps with next: " + p.getText());
            }
        }
    }

    private static void assertSignOffWithRecord(PatientCase c, TreatmentSession s, List<String> pages) {
        Clinic clinic = Samples.engine().clinic();
        List<Integer> withSignature = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Sign-off Printed name")) {
                withSignature.add(i);
            }
        }
        assertEquals(1, withSignature.size(), "one sign-off");
        String page = pages.get(withSignature.get(0));
        String lead = clinic.practitioner(c.plan().practitionerId()).orElseThrow().name();
        String practitioner = clinic.practitioner(s.practitionerId()).orElseThrow().name();
        assertAll(
                () -> assertTrue(page.contains("Planned treatment"), page),
                () -> assertTrue(page.contains("Lead practitioner " + lead), page),
                () -> assertTrue(page.contains("Sign-off Printed name " + practitioner), page),
                () -> assertEquals(pages.size() - 1, withSignature.get(0), "the sign-off ends the report"));
    }

    /** What the report must say of this session, worked out from the case. */
    private static List<String> expectedLines(Clinic clinic, PatientCase c, TreatmentSession s) {
        Anaesthetic a = s.anaesthetic();
        List<String> lines = new ArrayList<>();
        lines.add("Skin type Fitzpatrick " + roman(c.patient().skinType()));
        BigDecimal mg = a.concentrationPercent().multiply(BigDecimal.valueOf(10)).multiply(a.volumeMl());
        lines.add(a.agent() + " " + plain(a.concentrationPercent()) + "%, " + routeLabel(a.route().name()) + ", "
                + plain(a.volumeMl()) + " ml (" + plain(mg) + " mg)");
        lines.add("Given by " + named(clinic, a.givenBy()));
        lines.add("Prescribed by " + a.prescriber().name() + " (" + a.prescriber().registrationNumber() + ") "
                + a.lot() + " " + DAY.format(a.expiry()));
        lines.add(s.pigment().lot() + " " + DAY.format(s.pigment().expiry()));
        lines.add(s.needle().configuration() + " " + s.needle().lot() + " " + DAY.format(s.needle().expiry()));
        lines.add("Allergies " + listOrNone(c.patient().history().allergies(), "None reported"));
        lines.add("Medicines " + listOrNone(c.patient().history().medications(), "None reported"));
        List<String> precautions = clinic.content().healthQuestions().stream()
                .filter(q -> q.ifYes() == org.smpdocs.model.YesMeans.PRECAUTION && c.screening().yes(q.id()))
                .map(q -> Character.toUpperCase(q.reason().charAt(0)) + q.reason().substring(1)).toList();
        lines.add("Precautions " + (precautions.isEmpty() ? "None: no health answer called for extra care"
                : String.join("; ", precautions)));
        lines.add("Patch test " + (c.patchTest().done() ? "Done on " + DAY.format(c.patchTest().date()) + ", "
                + c.patchTest().site() + ". Result: " + c.patchTest().result()
                : "Declined by the patient" + (c.patchTest().date() == null ? "" : " on " + DAY.format(c.patchTest().date()))));
        lines.add("Health on the day " + (s.preTreatmentCheck().healthUnchanged() ? "Unchanged since the consent"
                : "Changed since the consent: " + s.preTreatmentCheck().healthChanges()));
        lines.add("Consent on the day Confirmed again by the patient before treatment");
        lines.add("Re-checked by " + named(clinic, s.preTreatmentCheck().checkedBy()));
        lines.add("Scalp before treatment " + s.observations().scalpBefore());
        lines.add("Scalp at the end " + s.observations().scalpAfter());
        for (VitalSigns v : s.observations().vitals()) {
            lines.add(TIME.format(v.time()) + " " + v.systolicMmHg() + "/" + v.diastolicMmHg() + " mmHg " + v.pulseBpm()
                    + " per min" + (v.note() == null ? "" : " " + v.note()));
        }
        lines.add("Photographs stored in " + s.photoStorage());
        if (clinic.minors().appliesTo(c)) {
            lines.add("Medical reason " + c.consent().minor().medicalReason());
            lines.add("Directing doctor " + c.consent().minor().directingDoctor().name() + ", registration number "
                    + c.consent().minor().directingDoctor().registrationNumber());
            Signer guardian = c.consent().signers().stream()
                    .filter(g -> g.role() == SignerRole.GUARDIAN && g.name().equals(s.guardianPresent()))
                    .findFirst().orElseThrow();
            lines.add("Guardian present " + guardian.name() + " (" + guardian.relationship() + ")");
        }
        return lines.stream().map(l -> l.replaceAll("\\s+", " ")).toList();
    }

    /** The earlier-sessions table as text: header and one row per session numbered below this one. */
    private static String earlierRows(PatientCase c, TreatmentSession s) {
        List<TreatmentSession> earlier = c.sessions().stream().filter(e -> e.number() < s.number())
                .sorted(Comparator.comparingInt(TreatmentSession::number)).toList();
        if (earlier.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Earlier sessions Session Date Lots used Adverse events");
        for (TreatmentSession e : earlier) {
            b.append(' ').append(e.number()).append(' ').append(DAY.format(e.date()))
                    .append(" Pigment ").append(e.pigment().lot()).append(" Needle ").append(e.needle().lot())
                    .append(" Anaesthetic ").append(e.anaesthetic().lot()).append(' ')
                    .append(listOrNone(e.adverseEvents(), "None"));
        }
        return b.toString().replaceAll("\\s+", " ");
    }

    /** The text from the "Earlier sessions" heading to the next section's, or "" without one. */
    private static String earlierSessionsSection(String text) {
        int start = text.indexOf("Earlier sessions");
        return start < 0 ? "" : text.substring(start, text.indexOf(" Planned treatment", start));
    }

    /** Roman numerals, worked out rather than looked up. */
    static String roman(int n) {
        int[] values = {10, 9, 5, 4, 1};
        String[] symbols = {"X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                b.append(symbols[i]);
            }
        }
        return b.toString();
    }

    @Test
    void romanNumeralsOfTheSixFitzpatrickTypes() {
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI"),
                Stream.of(1, 2, 3, 4, 5, 6).map(TreatmentReportTest::roman).toList());
    }

    private static String routeLabel(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String named(Clinic clinic, String id) {
        Practitioner p = clinic.practitioner(id).orElseThrow();
        return p.name() + (p.registrationNumber() == null ? "" : " (" + p.registrationNumber() + ")");
    }

    private static String listOrNone(List<String> items, String none) {
        return items.isEmpty() ? none : String.join("; ", items);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static PatientCase read(Path file) {
        return Samples.engine().readCase(file);
    }

    /** An engine that renders PDF on this paper, built once. */
    private static synchronized SmpDocs engine(PaperSize paper) {
        return PDF_ENGINES.computeIfAbsent(paper, p -> SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                .paper(p).build());
    }

    /** An engine that renders PDF and DOCX on A4, built once. */
    private static synchronized SmpDocs bothFormats() {
        if (bothFormats == null) {
            bothFormats = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                    .formats(Set.of(OutputFormat.PDF, OutputFormat.DOCX)).build();
        }
        return bothFormats;
    }

    /** The text of each page, white space folded, in the order the producer wrote it. */
    private static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docxText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(p);
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(row -> row.getTableCells().forEach(cell -> collect(cell.getBodyElements(), out)));
            }
        }
    }
}
