package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.AccessEvent;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * The documents page and its routes on a running front desk: preview (not recorded), print and
 * DOCX (recorded in the records archive as the command line records them), an issued record opened
 * again, who may do what. Every document is read back: PDFBox for PDFs, POI for DOCX.
 */
class DocumentPagesTest {
    private static final Path SAMPLE = Path.of("samples/cases/norwood6-density.json");

    private static FrontDeskUnderTest desk;
    private static String caseId;
    private static String givenName;
    private static String familyName;
    private static int latestSession;

    @BeforeAll
    static void start() throws IOException {
        desk = new FrontDeskUnderTest();
        byte[] json = Files.readAllBytes(SAMPLE);
        JsonNode sample = new ObjectMapper().readTree(json);
        caseId = sample.get("id").asText();
        givenName = sample.get("patient").get("givenName").asText();
        familyName = sample.get("patient").get("familyName").asText();
        for (JsonNode s : sample.get("sessions")) {
            latestSession = Math.max(latestSession, s.get("number").asInt());
        }
        StaffAccount importer = desk.account("importer", Role.FRONT_DESK);
        desk.desk().cases().importCase(desk.desk().engine(), "sample.json", json, importer.id());
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static String docs() {
        return "/cases/" + caseId + "/documents";
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static List<AuditEntry> records() {
        return desk.desk().archive().entries().stream().filter(e -> e.document().caseId().equals(caseId)).toList();
    }

    private static long events(AccessAction action, String username) {
        return desk.desk().accessLog().ofCase(caseId, 1000).stream()
                .filter(e -> e.action() == action && e.username().equals(username)).count();
    }

    private static void assertNoPatientName(String header) {
        assertFalse(header.contains(givenName), header);
        assertFalse(header.contains(familyName), header);
    }

    @Test
    void previewIsThePdfInlineNamingThePatientAndIsNotRecorded() throws IOException {
        WebClient c = desk.staff("fd-preview", Role.FRONT_DESK);
        int before = records().size();
        WebClient.Response r = c.get(docs() + "/consent/preview");
        assertEquals(200, r.status());
        assertEquals("application/pdf", r.header("Content-Type").orElseThrow());
        String disposition = r.header("Content-Disposition").orElseThrow();
        assertEquals("inline; filename=\"preview-" + caseId + "-consent.pdf\"", disposition);
        assertNoPatientName(disposition);
        String text = pdfText(r.bytes());
        assertTrue(text.contains(familyName), "the consent names the patient");
        assertTrue(text.replaceAll("\\s", "").contains(PreviewStamp.TEXT.replaceAll("\\s", "")), "a preview says it is one");
        assertEquals(before, records().size(), "a preview is not issued");
        assertEquals(1, events(AccessAction.PREVIEWED, "fd-preview"));

        WebClient.Response aftercare = c.get(docs() + "/aftercare/preview?session=1");
        assertEquals(200, aftercare.status());
        assertEquals("inline; filename=\"preview-" + caseId + "-aftercare-s1.pdf\"", aftercare.header("Content-Disposition").orElseThrow());
        assertTrue(pdfText(aftercare.bytes()).contains(givenName));
    }

    @Test
    void unknownKindOrSessionIsNotFound() {
        WebClient c = desk.staff("fd-404", Role.FRONT_DESK);
        assertEquals(404, c.get(docs() + "/invoice/preview").status());
        assertEquals(404, c.get(docs() + "/aftercare/preview?session=" + (latestSession + 1)).status());
        assertEquals(404, c.get(docs() + "/aftercare/preview?session=x").status());
        assertEquals(404, c.get(docs() + "/consent/preview?session=1").status(), "a consent belongs to no session");
        assertEquals(404, c.get("/cases/C-2099-0001/documents/consent/preview").status());
        WebClient.Response missing = c.get(docs() + "/invoice/preview");
        assertTrue(missing.page().text().contains("no such document kind"));
    }

    @Test
    void printRecordsTheDocumentAsIssuedMarksTheVersionAndReturnsThePdf() throws IOException {
        WebClient c = desk.staff("fd-print", Role.FRONT_DESK);
        // a case of its own, so that no other test has issued from it yet
        byte[] json = Files.readAllBytes(Path.of("samples/cases/greek-name.json"));
        String ownId = new ObjectMapper().readTree(json).get("id").asText();
        String ownFamily = new ObjectMapper().readTree(json).get("patient").get("familyName").asText();
        desk.desk().cases().importCase(desk.desk().engine(), "own.json", json,
                desk.desk().accounts().byUsername("fd-print").orElseThrow().id());
        String ownDocs = "/cases/" + ownId + "/documents";
        c.get(ownDocs);
        assertNull(desk.desk().cases().latest(ownId).orElseThrow().version().issuedAt());
        assertEquals(200, c.post(ownDocs + "/aftercare/print", Map.of()).status());
        assertNull(desk.desk().cases().latest(ownId).orElseThrow().version().issuedAt(),
                "an aftercare sheet does not make the version issued");
        assertEquals(200, c.post(ownDocs + "/consent/print", Map.of()).status());
        assertNotNull(desk.desk().cases().latest(ownId).orElseThrow().version().issuedAt(), "a consent does");
        assertTrue(pdfText(c.get(ownDocs + "/consent/preview").bytes()).contains(ownFamily));

        int before = records().size();
        WebClient.Response r = c.post(docs() + "/consent/print", Map.of());
        assertEquals(200, r.status());
        assertEquals("application/pdf", r.header("Content-Type").orElseThrow());
        assertEquals("inline; filename=\"" + caseId + "-consent.pdf\"", r.header("Content-Disposition").orElseThrow());
        assertTrue(pdfText(r.bytes()).contains(familyName));
        assertFalse(pdfText(r.bytes()).contains(PreviewStamp.TEXT), "what is issued is not marked as a preview");

        List<AuditEntry> after = records();
        assertEquals(before + 1, after.size(), "one record: the PDF");
        AuditEntry issued = after.get(after.size() - 1);
        assertEquals(DocumentKind.CONSENT, issued.document().kind());
        assertEquals(OutputFormat.PDF, issued.document().format());
        assertArrayEquals(r.bytes(), desk.desk().archive().document(issued), "the archive holds the bytes printed");
        assertNotNull(desk.desk().cases().latest(caseId).orElseThrow().version().issuedAt(), "the version is issued");
        assertEquals(1, events(AccessAction.PRINTED, "fd-print"));
        assertTrue(desk.desk().archive().verify().isEmpty(), "the archive still verifies");

        Document page = c.get(docs()).page();
        Element row = page.selectFirst("table.history tr[data-record=" + issued.sequence() + "]");
        assertNotNull(row, "the history lists the record");
        assertTrue(row.text().contains("consent"));
        assertTrue(row.text().contains("not signed"));
        assertEquals("/cases/" + caseId + "/records/" + issued.sequence(), row.selectFirst("a").attr("href"));
        assertTrue(page.select("ul.staff-actions li").eachText().stream().anyMatch(t -> t.contains("printed by fd-print")));
    }

    @Test
    void docxIsRecordedTooAndNamesThePatient() throws IOException {
        WebClient c = desk.staff("pr-docx", Role.PRACTITIONER);
        c.get(docs());
        int before = records().size();
        WebClient.Response r = c.post(docs() + "/report/docx?session=1", Map.of());
        assertEquals(200, r.status());
        assertEquals(DocumentPages.DOCX_TYPE, r.header("Content-Type").orElseThrow());
        String disposition = r.header("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"" + caseId + "-report-s1.docx\"", disposition);
        assertNoPatientName(disposition);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()));
                XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            assertTrue(text.getText().contains(familyName));
        }
        List<AuditEntry> after = records();
        assertEquals(before + 1, after.size());
        AuditEntry issued = after.get(after.size() - 1);
        assertEquals(OutputFormat.DOCX, issued.document().format());
        assertEquals(1, issued.document().session());
        assertArrayEquals(r.bytes(), desk.desk().archive().document(issued));
        assertEquals(1, events(AccessAction.DOWNLOADED, "pr-docx"));
    }

    @Test
    void auditorMayPreviewAndOpenIssuedRecordsButNotPrint() throws IOException {
        WebClient fd = desk.staff("fd-for-auditor", Role.FRONT_DESK);
        fd.get(docs());
        byte[] printed = fd.post(docs() + "/disclosure/print", Map.of()).bytes();
        AuditEntry issued = records().get(records().size() - 1);

        WebClient auditor = desk.staff("auditor", Role.AUDITOR);
        WebClient.Response page = auditor.get(docs());
        assertEquals(200, page.status());
        assertFalse(page.page().select("iframe.preview").isEmpty(), "previews are shown");
        assertTrue(page.page().select("form[action$=/print], form[action$=/docx], form[action$=/aftercare-email]").isEmpty(),
                "no print, download or send for the auditor");
        assertEquals(200, auditor.get(docs() + "/disclosure/preview").status());
        int before = records().size();
        assertEquals(403, auditor.post(docs() + "/consent/print", Map.of()).status());
        assertEquals(403, auditor.post(docs() + "/consent/docx", Map.of()).status());
        assertEquals(403, auditor.post("/cases/" + caseId + "/sessions/1/aftercare-email", Map.of()).status());
        assertEquals(before, records().size(), "nothing issued");

        WebClient.Response again = auditor.get("/cases/" + caseId + "/records/" + issued.sequence());
        assertEquals(200, again.status());
        assertEquals("application/pdf", again.header("Content-Type").orElseThrow());
        assertArrayEquals(printed, again.bytes());
        assertTrue(pdfText(again.bytes()).contains(familyName));
        String disposition = again.header("Content-Disposition").orElseThrow();
        assertEquals("inline; filename=\"" + caseId + "-disclosure-record" + issued.sequence() + ".pdf\"", disposition);
        assertNoPatientName(disposition);

        WebClient admin = desk.staff("admin2", Role.ADMINISTRATOR);
        assertEquals(200, admin.get(docs()).status());
        assertEquals(403, admin.post(docs() + "/consent/print", Map.of()).status());
    }

    @Test
    void aRecordIsOpenedOnlyUnderItsOwnCase() throws IOException {
        WebClient fd = desk.staff("fd-other", Role.FRONT_DESK);
        fd.get(docs());
        fd.post(docs() + "/consent/print", Map.of());
        long sequence = records().get(records().size() - 1).sequence();
        byte[] other = Files.readAllBytes(Path.of("samples/cases/fue-scar-camouflage.json"));
        String otherId = new ObjectMapper().readTree(other).get("id").asText();
        desk.desk().cases().importCase(desk.desk().engine(), "other.json", other,
                desk.desk().accounts().byUsername("fd-other").orElseThrow().id());
        assertEquals(404, fd.get("/cases/" + otherId + "/records/" + sequence).status());
        assertEquals(404, fd.get("/cases/" + caseId + "/records/999999").status());
        assertEquals(404, fd.get("/cases/" + caseId + "/records/abc").status());
    }

    @Test
    void thePageListsEveryDocumentWithItsPreviewAndForms() {
        WebClient c = desk.staff("fd-page", Role.FRONT_DESK);
        WebClient.Response r = c.get(docs());
        assertEquals(200, r.status());
        Document page = r.page();
        List<String> previews = page.select("iframe.preview").eachAttr("src");
        assertTrue(previews.contains(docs() + "/consent/preview"));
        assertTrue(previews.contains(docs() + "/disclosure/preview"));
        assertTrue(previews.contains(docs() + "/packet/preview"));
        for (int n = 1; n <= latestSession; n++) {
            assertTrue(previews.contains(docs() + "/aftercare/preview?session=" + n));
            assertTrue(previews.contains(docs() + "/report/preview?session=" + n));
            assertNotNull(page.selectFirst("form[action=/cases/" + caseId + "/sessions/" + n + "/aftercare-email]"));
        }
        assertEquals(previews.size(), page.select("form.print").size());
        assertEquals(previews.size(), page.select("form.docx").size());
        assertTrue(page.select("[style]").isEmpty(), "no inline style");
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("form[method=post]").stream().allMatch(f -> f.selectFirst("input[name=" + Guard.CSRF_FIELD + "]") != null));
        assertTrue(desk.desk().accessLog().ofCase(caseId, 1000).stream().map(AccessEvent::username).anyMatch("fd-page"::equals));
    }

    @Test
    void aPreviewSeenAgainIsTheSameAndANewVersionIsPreviewedAnew() throws IOException {
        WebClient c = desk.staff("fd-again", Role.FRONT_DESK);
        byte[] first = c.get(docs() + "/disclosure/preview").bytes();
        assertArrayEquals(first, c.get(docs() + "/disclosure/preview").bytes());
        assertEquals(2, events(AccessAction.PREVIEWED, "fd-again"), "each look is logged, kept or not");

        var stored = desk.desk().cases().latest(caseId).orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode changed =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(stored.json());
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("patient")).put("familyName", "Renamed-Newversion");
        desk.desk().cases().importCase(desk.desk().engine(), "changed.json", new ObjectMapper().writeValueAsBytes(changed),
                desk.account("fd-editor", Role.FRONT_DESK).id());
        String again = pdfText(c.get(docs() + "/disclosure/preview").bytes());
        assertTrue(again.contains("Renamed-Newversion"), "the new version's preview");
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("patient")).put("familyName", familyName);
        desk.desk().cases().importCase(desk.desk().engine(), "back.json", new ObjectMapper().writeValueAsBytes(changed),
                desk.account("fd-editor2", Role.FRONT_DESK).id());
    }
}
