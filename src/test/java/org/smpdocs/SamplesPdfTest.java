package org.smpdocs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.Attestations;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Drawback;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.Signer;
import org.smpdocs.model.SignerRole;
import org.smpdocs.model.TreatmentSession;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document of every sample, read back from the PDF with PDFBox. */
class SamplesPdfTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    static Stream<Arguments> documents() {
        return Samples.cases().stream().flatMap(file -> Stream.of(DocumentKind.values()).map(k -> Arguments.of(file, k)));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("documents")
    void documentNamesThePatientExactlyAndCarriesMetadata(Path file, DocumentKind kind) throws IOException {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(file);
        byte[] pdf = engine.render(kind, c).bytes(OutputFormat.PDF);
        String text = Samples.text(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            int pages = doc.getNumberOfPages();
            assertAll(
                    () -> assertTrue(text.contains(c.patient().givenName() + " " + c.patient().familyName()),
                            "patient name exactly as given"),
                    () -> assertTrue(text.contains("Patient " + c.patient().id()), "footer names the patient id"),
                    () -> assertTrue(text.contains("Page 1 of " + pages), "page X of Y"),
                    () -> assertEquals(pages, text.split(Pattern.quote(engine.clinic().name()), -1).length - 1
                            - clinicNamedInBody(kind), "the running header names the clinic on every page"),
                    () -> assertTrue(text.contains("Page " + pages + " of " + pages)),
                    () -> assertEquals(engine.clinic().name(), info.getAuthor()),
                    () -> assertFalse(info.getTitle().isBlank()),
                    () -> assertTrue(info.getSubject().contains(c.patient().id())),
                    () -> assertTrue(info.getKeywords().contains(kind.id())),
                    () -> assertEquals(kind.id(), info.getCustomMetadataValue("smpdocs.kind")),
                    () -> assertEquals(c.id(), info.getCustomMetadataValue("smpdocs.case")),
                    () -> assertEquals(c.patient().id(), info.getCustomMetadataValue("smpdocs.patient")),
                    () -> assertEquals(engine.clinic().content().version(), info.getCustomMetadataValue("smpdocs.content-version")),
                    () -> assertEquals(Samples.CLOCK.millis(), info.getCreationDate().getTimeInMillis()),
                    () -> assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4 width"),
                    () -> assertTrue(allFontsEmbedded(doc), "every font embedded"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void consentListsEveryDrawbackAndASignatureBlockPerSigner(Path file) {
        SmpDocs engine = Samples.engine();
        PatientCase c = read(file);
        String text = textOf(c, DocumentKind.CONSENT, 0);
        Clinic clinic = engine.clinic();
        for (Drawback d : clinic.content().drawbacks()) {
            assertTrue(text.contains(d.title()), "drawback " + d.id());
        }
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("or during a session, when I can ask the practitioner to stop at once"),
                "the right to stop at any time, during a session too");
        c.sessions().forEach(session -> assertTrue(flat.contains(clinic.practitioner(session.practitionerId())
                .orElseThrow().name()), "every practitioner who treats is named, not only the lead"));
        for (Signer s : c.consent().signers()) {
            assertTrue(flat.contains(roleLabel(s.role()) + ". " + attestation(clinic, c, s) + " Printed name "
                    + s.name()), "signature block of " + s.role() + ", with what the signer attests");
        }
        for (SignerRole role : SignerRole.values()) {
            if (c.consent().signer(role).isEmpty()) {
                assertFalse(text.contains(roleLabel(role) + ". "), "no block for absent " + role);
            }
        }
        assertTrue(text.contains(c.plan().sessionsPlanned() + " Pigment shade " + c.plan().pigmentShade()));
        for (String alternative : List.of("Hair transplant", "PRP", "Mesotherapy", "Medication")) {
            assertTrue(text.contains(alternative), alternative);
        }
        assertTrue(text.contains("If this applies to you: are you pregnant or breastfeeding? No"), "health answers");
        c.patient().history().medications().forEach(m -> assertTrue(text.contains(m), "medicine listed"));
        c.patient().history().allergies().forEach(a -> assertTrue(text.contains(a), "allergy listed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void aMinorsConsentStatesTheLawTheMedicalReasonAndTheDirectingDoctor(Path file) {
        PatientCase c = read(file);
        String text = textOf(c, DocumentKind.CONSENT, 0).replaceAll("\\s+", " ");
        Clinic clinic = Samples.engine().clinic();
        boolean minor = clinic.minors().appliesTo(c);
        assertEquals(minor, text.contains("Treatment of a patient under 18"), "the minors' section only for a minor");
        if (minor) {
            assertTrue(text.contains(clinic.minors().rule().replaceAll("\\s+", " ")), text);
            assertTrue(text.contains("Medical reason: " + c.consent().minor().medicalReason()), text);
            assertTrue(text.contains("Directed by: " + c.consent().minor().directingDoctor().name()
                    + ", registered medical practitioner, registration number "
                    + c.consent().minor().directingDoctor().registrationNumber()), text);
            assertTrue(text.contains("Parent's or guardian's statement " + clinic.minors().guardianStatement().get(0)), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void disclosureNumbersEachDrawbackWithItsInitialsBox(Path file) throws IOException {
        SmpDocs engine = Samples.engine();
        PatientCase c = read(file);
        byte[] pdf = engine.render(DocumentKind.DISCLOSURE, c).bytes(OutputFormat.PDF);
        String text = Samples.text(pdf);
        List<Drawback> drawbacks = engine.clinic().content().drawbacks();
        for (int i = 0; i < drawbacks.size(); i++) {
            assertTrue(text.contains((i + 1) + " " + drawbacks.get(i).title()), "numbered drawback " + (i + 1));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fields = doc.getDocumentCatalog().getAcroForm(null).getFields().stream()
                    .map(f -> f.getFullyQualifiedName()).filter(n -> n.startsWith("initials-")).toList();
            List<String> expected = new java.util.ArrayList<>();
            boolean minor = engine.clinic().minors().appliesTo(c);
            for (Drawback d : drawbacks) {
                expected.add("initials-" + d.id());
                if (minor) {
                    expected.add("initials-guardian-" + d.id());
                }
            }
            assertEquals(expected, fields, "one initials box per drawback and signer who initials");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void aftercarePrintsEachStepWithItsCalendarDate(Path file) {
        SmpDocs engine = Samples.engine();
        PatientCase c = read(file);
        TreatmentSession latest = c.latestSession().orElseThrow();
        String text = textOf(c, DocumentKind.AFTERCARE, 0);
        // in the order it was written, which keeps a table cell's wrapped lines together
        String cells = Samples.text(engine.render(DocumentKind.AFTERCARE, c, 0).bytes(OutputFormat.PDF), false);
        engine.clinic().content().aftercare().forEach(step -> {
            assertTrue(cells.contains(step.instruction() + "."), step.instruction());
            if (step.days() != null) {
                String until = DAY.format(latest.date().plusDays(step.days()));
                String fineAgain = DAY.format(latest.date().plusDays(step.days() + 1));
                assertTrue(cells.contains(until + " " + step.resume() + " from " + fineAgain), step.instruction());
            }
        });
        assertTrue(text.contains("Session " + latest.number() + " of " + c.plan().sessionsPlanned()));
        assertTrue(text.contains(engine.clinic().phone()), "whom to call");
        if (latest.number() < c.plan().sessionsPlanned()) {
            assertTrue(text.contains("book session " + (latest.number() + 1) + " of " + c.plan().sessionsPlanned()
                    + " for " + DAY.format(latest.date().plusDays(14)) + " or later"));
        } else {
            assertTrue(text.contains("touch-up review for around "
                    + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(latest.date().plusMonths(24))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.smpdocs.Samples#cases")
    void reportRecordsTheSession(Path file) {
        SmpDocs engine = Samples.engine();
        PatientCase c = read(file);
        TreatmentSession s = c.session(1).orElseThrow();
        String text = textOf(c, DocumentKind.REPORT, 1);
        assertAll(
                () -> assertTrue(text.contains("Session 1 of " + c.plan().sessionsPlanned())),
                () -> assertTrue(text.contains(DAY.format(s.date()))),
                () -> assertTrue(text.contains(s.start() + " to " + s.end())),
                () -> assertTrue(text.contains(s.anaesthetic().agent() + " " + s.anaesthetic().concentrationPercent()
                        .stripTrailingZeros().toPlainString() + "%")),
                () -> assertTrue(text.contains(s.pigment().lot()), "pigment lot"),
                () -> assertTrue(text.contains(DAY.format(s.pigment().expiry())), "pigment expiry"),
                () -> assertTrue(text.contains(s.needle().configuration() + " " + s.needle().lot())),
                () -> assertTrue(s.photos().stream().allMatch(text::contains), "photo ids"),
                () -> assertTrue(text.contains("Aftercare sheet given Version " + s.aftercareVersion())),
                () -> assertTrue(text.contains(engine.clinic().practitioner(s.practitionerId()).orElseThrow().name())));
    }

    /** How often a document's body names the clinic (its identification table), besides the header. */
    private static int clinicNamedInBody(DocumentKind kind) {
        return switch (kind) {
            case CONSENT -> 2; // the identification table and the privacy notice's data controller
            case DISCLOSURE, REPORT -> 1;
            case AFTERCARE -> 0;
            case PACKET -> 3;
        };
    }

    private static PatientCase read(Path file) {
        return Samples.engine().readCase(file);
    }

    /** The text of one document of a case, the latest session for per-session kinds. */
    private static String textOf(PatientCase c, DocumentKind kind, int session) {
        return Samples.text(Samples.engine().render(kind, c, session).bytes(OutputFormat.PDF));
    }

    /** The clinic's sentence for the signer's role, with the patient's name and the language put in. */
    private static String attestation(Clinic clinic, PatientCase c, Signer s) {
        Attestations a = clinic.content().attestations();
        String sentence = switch (s.role()) {
            case PATIENT -> a.patient();
            case GUARDIAN -> a.guardian();
            case WITNESS -> a.witness();
            case INTERPRETER -> a.interpreter();
            case PRACTITIONER -> a.practitioner();
        };
        return sentence.replace("{patient}", c.patient().fullName())
                .replace("{language}", s.language() == null ? "" : languageName(s.language())).replaceAll("\\s+", " ");
    }

    /** The language's English name, as the sample documents (written in English) print it. */
    private static String languageName(String tag) {
        return Map.of("cs", "Czech", "el", "Greek").get(tag);
    }

    private static String roleLabel(SignerRole role) {
        return switch (role) {
            case PATIENT -> "Patient";
            case GUARDIAN -> "Parent or legal guardian";
            case PRACTITIONER -> "Practitioner";
            case WITNESS -> "Witness";
            case INTERPRETER -> "Interpreter";
        };
    }

    private static boolean allFontsEmbedded(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    return false;
                }
            }
        }
        return true;
    }
}
