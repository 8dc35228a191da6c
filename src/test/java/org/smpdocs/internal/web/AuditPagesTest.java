package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.RenderedDocument;
import org.smpdocs.internal.archive.ExportVerifier;
import org.smpdocs.internal.archive.Verification;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.AccessEvent;
import org.smpdocs.internal.store.Role;
import org.smpdocs.model.PatientCase;

class AuditPagesTest {
    private static FrontDeskUnderTest desk;
    private static WebClient auditor;
    private static int recorded;

    @BeforeAll
    static void start() {
        desk = new FrontDeskUnderTest();
        // issue documents the way render --archive does
        for (String name : List.of("fue-scar-camouflage.json", "norwood6-density.json")) {
            PatientCase c = desk.desk().engine().readCase(Path.of("samples/cases", name));
            RenderedDocument consent = desk.desk().engine().render(DocumentKind.CONSENT, c);
            recorded += desk.desk().archive().record(consent, CaseSnapshot.json(c)).size();
        }
        auditor = desk.staff("audrey", Role.AUDITOR);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static byte[] export() {
        auditor.get("/audit");
        WebClient.Response r = auditor.post("/audit/export", Map.of("from", "2026-11-01", "to", "2026-11-30",
                "patient", "", "kind", ""));
        assertEquals(200, r.status(), r.body());
        assertEquals("application/zip", r.header("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"smp-docs-export-2026-11-01-to-2026-11-30.zip\"",
                r.header("Content-Disposition").orElseThrow());
        return r.bytes();
    }

    @Test
    void anExportedPeriodVerifiesAndCarriesTheAccessLog() throws IOException {
        byte[] zip = export();
        Path file = Files.createTempFile("audit-export", ".zip");
        try {
            Files.write(file, zip);
            Verification v = ExportVerifier.check(file);
            assertTrue(v.intact(), v.findings().toString());
            assertEquals(recorded, v.records());
        } finally {
            Files.delete(file);
        }
        Map<String, byte[]> entries = unzip(zip);
        assertTrue(entries.containsKey("audit.jsonl"));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : new String(entries.get("access-log.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        List<AccessEvent> expected = desk.desk().accessLog().between(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")).stream().filter(e -> e.id() <= lines.get(lines.size() - 1)
                        .get("id").asLong()).toList();
        assertEquals(expected.size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.get("username").asText().equals("audrey")
                && l.get("action").asText().equals("LOGGED_IN")));
        for (JsonNode l : lines) {
            List<String> fields = new ArrayList<>();
            l.fieldNames().forEachRemaining(fields::add);
            assertTrue(List.of("id", "at", "accountId", "username", "action", "caseId").containsAll(fields), fields::toString);
        }
        assertTrue(desk.desk().accessLog().between(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")).stream().anyMatch(e -> e.action() == AccessAction.EXPORTED
                        && e.username().equals("audrey")));
        try (Stream<Path> left = Files.list(desk.dataDir.resolve("tmp"))) {
            assertEquals(List.of(WebServer.UPLOADS), left.map(p -> p.getFileName().toString()).toList(),
                    "the export's temporary file is gone");
        }
    }

    @Test
    void anIntactUploadHasNoFindingsAndATamperedOneShowsTheAlteredDocument() throws IOException {
        byte[] zip = export();
        auditor.get("/audit");
        Document ok = auditor.postFile("/audit/verify-upload", Map.of(), "export", "period.zip", zip).page();
        assertTrue(ok.select(".verification h2").text().endsWith("intact"), ok.select(".verification").text());
        assertTrue(ok.select(".findings li").isEmpty());

        Map<String, byte[]> entries = unzip(zip);
        String pdf = entries.keySet().stream().filter(n -> n.startsWith("documents/") && n.endsWith(".pdf")).findFirst()
                .orElseThrow();
        byte[] forged = entries.get(pdf).clone();
        forged[forged.length / 2] ^= 0x01;
        entries.put(pdf, forged);
        WebClient.Response r = auditor.postFile("/audit/verify-upload", Map.of(), "export", "period.zip", zip(entries));
        assertEquals(200, r.status());
        Document page = r.page();
        assertTrue(page.select(".verification h2").text().endsWith("not intact"), page.select(".verification").text());
        assertEquals(1, page.select(".findings li").size());
        String finding = page.select(".findings li").text();
        assertTrue(finding.contains("Changed since it was recorded") && finding.contains(pdf), finding);
        try (Stream<Path> left = Files.list(desk.dataDir.resolve("tmp"))) {
            assertEquals(List.of(WebServer.UPLOADS), left.map(p -> p.getFileName().toString()).toList(),
                    "uploads are deleted once checked");
        }
        Path incoming = desk.dataDir.resolve("tmp").resolve(WebServer.UPLOADS);
        BrowserUnderTest.waitUntil(() -> {
            try (Stream<Path> left = Files.list(incoming)) {
                return left.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the server to delete the upload it received once the request ended");
    }

    @Test
    void theArchiveIsVerifiedInPlace() throws IOException {
        auditor.get("/audit");
        Document page = auditor.post("/audit/verify", Map.of()).page();
        assertTrue(page.select(".verification").text().contains(recorded + " records checked"),
                page.select(".verification").text());
        assertTrue(page.select(".verification h2").text().endsWith(": intact"));
        assertTrue(desk.desk().accessLog().between(desk.clock.instant(), desk.clock.instant().plusSeconds(1)).stream()
                .anyMatch(e -> e.action() == AccessAction.VERIFIED && e.username().equals("audrey")));
    }

    @Test
    void aFreshDataDirectorySaysThereIsNoArchiveYet() throws Exception {
        try (FrontDeskUnderTest fresh = new FrontDeskUnderTest()) {
            WebClient a = fresh.staff("ada", Role.AUDITOR);
            a.get("/audit");
            Document page = a.post("/audit/verify", Map.of()).page();
            assertTrue(page.select(".verification").text().contains("There is no records archive yet"),
                    page.select(".verification").text());
            assertFalse(page.select(".verification").text().contains(fresh.dataDir.toString()), "no path shown");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsShownByItsField() {
        auditor.get("/audit");
        WebClient.Response r = auditor.post("/audit/export", Map.of("from", "2026-11-30", "to", "2026-11-01"));
        assertEquals(422, r.status());
        assertTrue(r.problemFor("to").isPresent());
        assertFalse(r.problemFor("from").isPresent());
    }

    @Test
    void onlyTheAuditorMayExportOrVerify() {
        for (Role role : List.of(Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMINISTRATOR)) {
            WebClient other = desk.staff("not-auditor-" + role.name().toLowerCase(), role);
            assertEquals(403, other.get("/audit").status(), role.name());
            other.get("/");
            assertEquals(403, other.post("/audit/export", Map.of("from", "2026-11-01", "to", "2026-11-30")).status(),
                    role.name());
            assertEquals(403, other.post("/audit/verify", Map.of()).status(), role.name());
            assertEquals(403, other.postFile("/audit/verify-upload", Map.of(), "export", "x.zip", new byte[] {1}).status(),
                    role.name());
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertNotNull(entries.get("access-log.jsonl"));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
