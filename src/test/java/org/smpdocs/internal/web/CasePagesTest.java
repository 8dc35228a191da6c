package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.AccessEvent;
import org.smpdocs.internal.store.CaseVersion;
import org.smpdocs.internal.store.Role;

class CasePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("samples/cases");
    private static FrontDeskUnderTest desk;

    @BeforeAll
    static void start() {
        desk = new FrontDeskUnderTest();
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static ObjectNode sample(String file) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readAllBytes(SAMPLES.resolve(file)));
    }

    /** A sample case under a new id, without its sessions: what the case form makes. */
    private static ObjectNode newCase(String file, String id) throws IOException {
        ObjectNode c = sample(file);
        c.put("id", id);
        c.putArray("sessions");
        return c;
    }

    private static WebClient.Response importCase(WebClient client, ObjectNode c) throws IOException {
        client.get("/cases/new");
        return client.postFile("/cases/import", Map.of(), "file", "upload.json", JSON.writeValueAsBytes(c));
    }

    @Test
    void aNewCaseWithTwoMistakesShowsBothAtTheirFieldsAndSavesNothingThenSavesWhenFixed() throws IOException {
        WebClient frontDesk = desk.staff("nina", Role.FRONT_DESK);
        ObjectNode c = newCase("greek-name.json", "C-WEB-NEW-1");
        Document blank = frontDesk.get("/cases/new").page();
        FormFill form = FormFill.of(blank, "form.case-form").fill(c, "");
        form.set("patient.dateOfBirth", "").set("screening.diabetes");

        WebClient.Response wrong = frontDesk.postPairs("/cases/new", form.pairs("save"));
        assertEquals(422, wrong.status());
        assertEquals("not-null (expected a value)", wrong.problemFor("patient.dateOfBirth").orElseThrow());
        assertTrue(wrong.problemFor("screening.diabetes").orElseThrow().startsWith("every-question-answered (expected "));
        List<String> summary = wrong.page().select(".problems li").eachText();
        assertEquals(2, summary.size(), summary.toString());
        assertTrue(summary.get(0).startsWith("patient.dateOfBirth: not-null") || summary.get(1).startsWith("patient.dateOfBirth: not-null"));
        assertEquals(List.of("#f-patient.dateOfBirth", "#f-screening.diabetes"),
                wrong.page().select(".problems li a").eachAttr("href").stream().sorted().toList());
        assertEquals(c.at("/patient/familyName").asText(), wrong.page().selectFirst("[name=patient.familyName]").attr("value"),
                "what was entered stays in the form");
        assertTrue(desk.desk().cases().latest("C-WEB-NEW-1").isEmpty(), "nothing saved while invalid");

        FormFill fixed = FormFill.of(wrong.page(), "form.case-form").fill(c, "");
        WebClient.Response saved = frontDesk.postPairs("/cases/new", fixed.pairs("save"));
        assertEquals(303, saved.status(), () -> saved.page().select(".problems").text());
        assertEquals("/cases/C-WEB-NEW-1", saved.location());
        JsonNode stored = JSON.readTree(desk.desk().cases().latest("C-WEB-NEW-1").orElseThrow().json());
        assertEquals(c.at("/patient/dateOfBirth"), stored.at("/patient/dateOfBirth"));
        assertEquals(c.at("/plan/areas"), stored.at("/plan/areas"));
        assertEquals(c.at("/screening"), stored.at("/screening"));
        assertEquals(c.at("/consent/signers"), stored.at("/consent/signers"));

        Document page = frontDesk.get("/cases/C-WEB-NEW-1").page();
        String name = c.at("/patient/givenName").asText() + " " + c.at("/patient/familyName").asText();
        assertEquals(name, page.selectFirst("h1").ownText().strip());
        assertTrue(page.select("table.versions tbody tr").text().contains("nina"));
        assertTrue(page.select("a[href=/cases/C-WEB-NEW-1/documents]").size() == 1);
        assertTrue(page.select("a[href=/cases/C-WEB-NEW-1/edit]").size() == 1, "front desk may edit");
        assertTrue(page.select("a[href=/cases/C-WEB-NEW-1/sessions/new]").isEmpty(), "only practitioners record sessions");
        assertTrue(actions("C-WEB-NEW-1").containsAll(List.of(AccessAction.CHANGED, AccessAction.VIEWED)));
    }

    @Test
    void screeningIsUnansweredOnANewCase() {
        Document page = desk.staff("olga", Role.PRACTITIONER).get("/cases/new").page();
        List<Element> radios = page.select("input[type=radio][name^=screening.]");
        assertEquals(2 * desk.desk().engine().clinic().content().healthQuestions().size(), radios.size());
        assertTrue(radios.stream().noneMatch(r -> r.hasAttr("checked")));
    }

    @Test
    void aDraftIsKeptUncheckedAndComesBack() {
        WebClient frontDesk = desk.staff("pia", Role.FRONT_DESK);
        FormFill form = FormFill.of(frontDesk.get("/cases/new").page(), "form.case-form")
                .set("id", "C-WEB-DRAFT").set("patient.givenName", "Draftina").set("screening.diabetes", "no");
        WebClient.Response kept = frontDesk.postPairs("/cases/new", form.pairs("draft"));
        assertEquals(303, kept.status());
        assertTrue(desk.desk().cases().latest("C-WEB-DRAFT").isEmpty());
        Document again = frontDesk.get("/cases/new").page();
        assertNotNull(again.selectFirst(".draft-notice"));
        assertEquals("Draftina", again.selectFirst("[name=patient.givenName]").attr("value"));
        assertEquals("no", again.selectFirst("input[name=screening.diabetes][checked]").attr("value"));
        assertTrue(again.select("input[name=screening.keloidScarring][checked]").isEmpty());
        assertTrue(desk.staff("quinn", Role.FRONT_DESK).get("/cases/new").page().selectFirst(".draft-notice") == null,
                "a draft is its staff member's own");
        frontDesk.postPairs("/cases/new", FormFill.of(again, "form.case-form").pairs("discard"));
        assertTrue(frontDesk.get("/cases/new").page().selectFirst(".draft-notice") == null);
    }

    @Test
    void editingAnIssuedVersionMakesVersionTwoAndLeavesVersionOneAsItWas() throws IOException {
        WebClient frontDesk = desk.staff("rosa", Role.FRONT_DESK);
        ObjectNode c = sample("norwood6-density.json");
        c.put("id", "C-WEB-EDIT");
        assertEquals(303, importCase(frontDesk, c).status());
        String v1 = desk.desk().cases().version("C-WEB-EDIT", 1).orElseThrow().json();
        desk.desk().cases().markIssued("C-WEB-EDIT", 1);

        FormFill form = FormFill.of(frontDesk.get("/cases/C-WEB-EDIT/edit").page(), "form.case-form");
        assertFalse(form.has("id"), "a case's id stays");
        assertEquals(List.of("1"), form.value("basedOn"));
        form.set("plan.notes", "Changed at the desk.");
        WebClient.Response saved = frontDesk.postPairs("/cases/C-WEB-EDIT/edit", form.pairs("save"));
        assertEquals(303, saved.status(), () -> saved.page().select(".problems").text());

        List<CaseVersion> history = desk.desk().cases().history("C-WEB-EDIT");
        assertEquals(2, history.size());
        assertTrue(history.get(1).issued());
        assertFalse(history.get(0).issued());
        assertEquals(v1, desk.desk().cases().version("C-WEB-EDIT", 1).orElseThrow().json());
        JsonNode v2 = JSON.readTree(desk.desk().cases().version("C-WEB-EDIT", 2).orElseThrow().json());
        assertEquals("Changed at the desk.", v2.at("/plan/notes").asText());
        assertEquals(c.at("/sessions"), v2.at("/sessions"), "what the form does not show stays");
        assertEquals(c.at("/plan/medicinePauses"), v2.at("/plan/medicinePauses"));

        WebClient.Response stale = frontDesk.postPairs("/cases/C-WEB-EDIT/edit", form.set("plan.notes", "Other").pairs("save"));
        assertEquals(409, stale.status());
        assertTrue(stale.page().select(".problems").text().contains("case-changed"));
        assertEquals(2, desk.desk().cases().history("C-WEB-EDIT").size());
        Document page = frontDesk.get("/cases/C-WEB-EDIT").page();
        assertEquals(2, page.select("table.versions tbody tr").size());
        assertTrue(page.select("table.versions tbody tr").last().text().contains("Issued"));
    }

    @Test
    void anImportedCaseDownloadsAsTheSameJson() throws IOException {
        WebClient frontDesk = desk.staff("sara", Role.FRONT_DESK);
        ObjectNode c = sample("cyrillic-name.json");
        WebClient.Response imported = importCase(frontDesk, c);
        assertEquals(303, imported.status());
        String id = c.get("id").asText();
        assertEquals("/cases/" + id, imported.location());
        WebClient.Response json = frontDesk.get("/cases/" + id + "/case.json");
        assertEquals(200, json.status());
        assertEquals("attachment; filename=\"" + id + ".json\"", json.header("Content-Disposition").orElseThrow());
        assertEquals(desk.desk().engine().readCase("sample", JSON.writeValueAsBytes(c)),
                desk.desk().engine().readCase("download", json.bytes()), "the same case");
        assertEquals(c.at("/patient"), JSON.readTree(json.bytes()).at("/patient"));
        frontDesk.get("/cases/new");
        ObjectNode changed = (ObjectNode) JSON.readTree(json.bytes());
        ((ObjectNode) changed.get("patient")).put("familyName", "Someone-Else");
        WebClient.Response again = frontDesk.postFile("/cases/import", Map.of(), "file", "x.json",
                JSON.writeValueAsBytes(changed));
        assertEquals(409, again.status(), "an import never replaces a case kept here");
        assertTrue(again.page().select("li.import-problem").text().startsWith("id: exists"));
        assertEquals(1, desk.desk().cases().history(id).size());
        assertEquals(c.at("/patient/familyName"), JSON.readTree(desk.desk().cases().latest(id).orElseThrow().json())
                .at("/patient/familyName"));
        assertTrue(actions(id).contains(AccessAction.EXPORTED));

        ObjectNode bad = c.deepCopy();
        ((ObjectNode) bad.get("patient")).put("skinType", "pale");
        bad.put("id", "C-WEB-BAD");
        WebClient.Response refused = importCase(frontDesk, bad);
        assertEquals(422, refused.status());
        assertEquals(List.of("patient.skinType: wrong-type"), refused.page().select("li.import-problem").eachText().stream()
                .map(t -> t.substring(0, t.indexOf(" ("))).toList());
        assertTrue(desk.desk().cases().latest("C-WEB-BAD").isEmpty());
    }

    @Test
    void aPractitionerRecordsASessionAndItAppears() throws IOException {
        WebClient practitioner = desk.staff("tara", Role.PRACTITIONER);
        ObjectNode c = sample("accented-name-interpreter.json");
        c.put("id", "C-WEB-SESSION");
        assertEquals(303, importCase(practitioner, c).status());
        int n = c.get("sessions").size();
        JsonNode session = c.get("sessions").get(n - 1).deepCopy();
        ((ObjectNode) session).put("date", "2026-11-09");

        FormFill form = FormFill.of(practitioner.get("/cases/C-WEB-SESSION/sessions/new").page(), "form.session-form");
        String p = "sessions[" + n + "].";
        assertEquals(List.of("2026-11-09"), form.value(p + "date"));
        form.fill(session, "sessions[" + n + "]").set(p + "anaesthetic.lot", "").set(p + "end", "09:00");
        WebClient.Response wrong = practitioner.postPairs("/cases/C-WEB-SESSION/sessions/new", form.pairs("save"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.problemFor(p + "anaesthetic.lot").orElseThrow().startsWith("not-blank"));
        assertTrue(wrong.page().select(".problems li").size() >= 2, "the times are wrong too");
        assertEquals(1, desk.desk().cases().history("C-WEB-SESSION").size());

        FormFill fixed = FormFill.of(wrong.page(), "form.session-form").fill(session, "sessions[" + n + "]");
        WebClient.Response saved = practitioner.postPairs("/cases/C-WEB-SESSION/sessions/new", fixed.pairs("save"));
        assertEquals(303, saved.status(), () -> saved.page().select(".problems").text());
        JsonNode stored = JSON.readTree(desk.desk().cases().latest("C-WEB-SESSION").orElseThrow().json());
        assertEquals(n + 1, stored.get("sessions").size());
        assertEquals(n + 1, stored.at("/sessions/" + n + "/number").asInt());
        assertEquals(session.get("anaesthetic"), stored.at("/sessions/" + n + "/anaesthetic"));
        assertEquals(session.get("photos"), stored.at("/sessions/" + n + "/photos"));
        Document page = practitioner.get("/cases/C-WEB-SESSION").page();
        assertEquals(n + 1, page.select("table.sessions tbody tr").size());
        assertEquals(String.valueOf(n + 1), page.select("table.sessions tbody tr").last().selectFirst("td").text());
    }

    @Test
    void theFrontDeskMayNotRecordASessionNorTheAuditorEditButBothMayRead() throws IOException {
        WebClient frontDesk = desk.staff("uma", Role.FRONT_DESK);
        ObjectNode c = sample("fue-scar-camouflage.json");
        c.put("id", "C-WEB-ROLES");
        assertEquals(303, importCase(frontDesk, c).status());
        assertEquals(403, frontDesk.get("/cases/C-WEB-ROLES/sessions/new").status());
        frontDesk.get("/cases/C-WEB-ROLES");
        assertEquals(403, frontDesk.post("/cases/C-WEB-ROLES/sessions/new", Map.of("basedOn", "1")).status());

        WebClient auditor = desk.staff("vera", Role.AUDITOR);
        WebClient.Response view = auditor.get("/cases/C-WEB-ROLES");
        assertEquals(200, view.status());
        assertTrue(view.page().select("a[href=/cases/C-WEB-ROLES/edit]").isEmpty());
        assertEquals(403, auditor.get("/cases/C-WEB-ROLES/edit").status());
        assertEquals(403, auditor.post("/cases/C-WEB-ROLES/edit", Map.of("basedOn", "1", "plan.notes", "x")).status());
        assertEquals(403, auditor.get("/cases/new").status());
        assertEquals(200, auditor.get("/cases/C-WEB-ROLES/case.json").status());
        assertEquals(1, desk.desk().cases().history("C-WEB-ROLES").size());

        WebClient.Response unknown = auditor.get("/cases/C-NO-SUCH-CASE");
        assertEquals(404, unknown.status());
        assertFalse(unknown.body().contains("C-NO-SUCH-CASE"));
    }

    @Test
    void noPageLinksToAnAddressWithThePatientsName() throws IOException {
        WebClient practitioner = desk.staff("wren", Role.PRACTITIONER);
        ObjectNode c = sample("minor-with-guardian.json");
        c.put("id", "C-WEB-LINKS");
        assertEquals(303, importCase(practitioner, c).status());
        List<String> names = List.of(c.at("/patient/givenName").asText(), c.at("/patient/familyName").asText());
        List<String> addresses = new ArrayList<>();
        for (String path : List.of("/cases/C-WEB-LINKS", "/cases/C-WEB-LINKS/edit", "/cases/C-WEB-LINKS/sessions/new", "/cases/new")) {
            WebClient.Response r = practitioner.get(path);
            assertEquals(200, r.status(), path);
            if (path.equals("/cases/C-WEB-LINKS")) {
                assertTrue(r.body().contains(names.get(1)), "the case page names the patient");
            }
            addresses.addAll(r.page().select("a[href]").eachAttr("href"));
            addresses.addAll(r.page().select("form[action]").eachAttr("action"));
        }
        assertTrue(addresses.size() > 10);
        for (String a : addresses) {
            String decoded = URLDecoder.decode(a, StandardCharsets.UTF_8);
            for (String name : names) {
                assertFalse(decoded.contains(name), a);
            }
        }
        assertNotEquals(0, addresses.stream().filter(a -> a.equals("/cases/C-WEB-LINKS/sessions/new")).count());
    }

    @Test
    void aNewCaseMayNotTakeAnIdInUseAndAnEditKeepsItsDraftWithTheVersionItWasBasedOn() throws IOException {
        WebClient frontDesk = desk.staff("xena", Role.FRONT_DESK);
        ObjectNode c = sample("diffuse-thinning-woman.json");
        c.put("id", "C-WEB-TAKEN");
        assertEquals(303, importCase(frontDesk, c).status());
        String before = desk.desk().cases().latest("C-WEB-TAKEN").orElseThrow().json();

        ObjectNode other = newCase("greek-name.json", "C-WEB-TAKEN");
        FormFill form = FormFill.of(frontDesk.get("/cases/new").page(), "form.case-form").fill(other, "");
        WebClient.Response taken = frontDesk.postPairs("/cases/new", form.pairs("save"));
        assertEquals(409, taken.status());
        assertTrue(taken.problemFor("id").orElseThrow().startsWith("case-changed (expected a case id no other case has"));
        assertEquals(before, desk.desk().cases().latest("C-WEB-TAKEN").orElseThrow().json());

        FormFill edit = FormFill.of(frontDesk.get("/cases/C-WEB-TAKEN/edit").page(), "form.case-form")
                .set("patient.givenName", "");
        assertEquals(303, frontDesk.postPairs("/cases/C-WEB-TAKEN/edit", edit.pairs("draft")).status());
        Document again = frontDesk.get("/cases/C-WEB-TAKEN/edit").page();
        assertNotNull(again.selectFirst(".draft-notice"));
        assertEquals("", again.selectFirst("[name=patient.givenName]").attr("value"));
        assertEquals("1", again.selectFirst("[name=basedOn]").attr("value"));
        assertEquals(1, desk.desk().cases().history("C-WEB-TAKEN").size(), "a draft is no version");
        WebClient.Response invalid = frontDesk.postPairs("/cases/C-WEB-TAKEN/edit", FormFill.of(again, "form.case-form").pairs("save"));
        assertEquals(422, invalid.status());
        assertTrue(invalid.problemFor("patient.givenName").orElseThrow().startsWith("not-blank"));
    }

    private static List<AccessAction> actions(String caseId) {
        return desk.desk().accessLog().ofCase(caseId, 100).stream().map(AccessEvent::action).toList();
    }
}
