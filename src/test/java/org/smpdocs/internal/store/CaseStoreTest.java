package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.Samples;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

class CaseStoreTest {
    private static final String MINOR = "minor-with-guardian.json";

    @OnBothDatabases
    void everySampleIsStoredAsItsCanonicalJsonAndReadsBackAsTheSameCase(StoreUnderTest store, @TempDir Path dir)
            throws Exception {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        for (Path file : Samples.cases()) {
            PatientCase c = Samples.engine().readCase(file);
            CaseVersion saved = cases.save(c, desk);
            assertEquals(new CaseVersion(c.id(), 1, c.patient().id(), Digests.sha256Hex(CaseSnapshot.json(c)), desk, "desk",
                    store.clock.instant(), null), saved);
            StoredCase stored = cases.latest(c.id()).orElseThrow();
            assertEquals(saved, stored.version());
            assertArrayEquals(CaseSnapshot.json(c), stored.jsonBytes());
            assertEquals(c, stored.read(Samples.engine()));
            // the export is a case file
            Path exported = Files.write(dir.resolve(stored.fileName()), stored.jsonBytes());
            assertEquals(c, Samples.engine().readCase(exported));
        }
        assertEquals(Optional.empty(), cases.latest("C-0000-0000"));
        assertEquals(List.of(), cases.history("C-0000-0000"));
    }

    @OnBothDatabases
    void aCaseFileIsImportedOnlyWhenValidAndThenIsTheLatestVersion(StoreUnderTest store) throws Exception {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        byte[] file = Files.readAllBytes(Cases.file(MINOR));
        CaseVersion imported = cases.importCase(Samples.engine(), MINOR, file, desk);
        assertEquals(1, imported.version());
        assertEquals(Cases.sample(MINOR), cases.latest("C-2026-0155").orElseThrow().read(Samples.engine()));

        ObjectNode root = Cases.tree(MINOR);
        Cases.patient(root).put("skinType", 9);
        byte[] broken = new ObjectMapper().writeValueAsBytes(root);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> cases.importCase(Samples.engine(), MINOR, broken, desk));
        assertEquals(List.of("patient.skinType"), e.problems().stream().map(Problem::path).toList());
        assertEquals(1, cases.history("C-2026-0155").size(), "nothing saved");
    }

    @OnBothDatabases
    void eachChangeIsANewVersionAndTheHistoryListsThemNewestFirst(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        long practitioner = store.someone("okafor", Role.PRACTITIONER).id();
        PatientCase first = Cases.sample(MINOR);
        PatientCase second = Cases.edited(MINOR, root -> Cases.patient(root).put("phone", "07700 900999"));
        Instant t1 = store.clock.instant();
        cases.save(first, desk);
        store.clock.advance(Duration.ofMinutes(5));
        CaseVersion v2 = cases.save(second, practitioner);
        assertEquals(2, v2.version());
        assertEquals("okafor", v2.savedByUsername());

        store.clock.advance(Duration.ofMinutes(5));
        assertEquals(v2, cases.save(second, desk), "the same content again adds no version");
        List<CaseVersion> history = cases.history(first.id());
        assertEquals(List.of(2, 1), history.stream().map(CaseVersion::version).toList());
        assertEquals(List.of(t1.plus(Duration.ofMinutes(5)), t1), history.stream().map(CaseVersion::savedAt).toList());
        assertEquals(List.of("okafor", "desk"), history.stream().map(CaseVersion::savedByUsername).toList());
        assertEquals(first, cases.version(first.id(), 1).orElseThrow().read(Samples.engine()));
        assertEquals(second, cases.latest(first.id()).orElseThrow().read(Samples.engine()));
        assertEquals(Optional.empty(), cases.version(first.id(), 3));
    }

    @OnBothDatabases
    void anIssuedVersionIsFrozenAndTheNextSaveIsANewVersion(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        PatientCase c = Cases.sample(MINOR);
        cases.save(c, desk);
        store.clock.advance(Duration.ofMinutes(1));
        Instant issuedAt = store.clock.instant();
        CaseVersion issued = cases.markIssued(c.id(), 1).orElseThrow();
        assertEquals(issuedAt, issued.issuedAt());
        assertTrue(issued.issued());
        store.clock.advance(Duration.ofMinutes(1));
        assertEquals(issuedAt, cases.markIssued(c.id(), 1).orElseThrow().issuedAt(), "the first issue counts");
        assertEquals(Optional.empty(), cases.markIssued(c.id(), 2));

        PatientCase changed = Cases.edited(MINOR, root -> Cases.patient(root).put("phone", "07700 900111"));
        CaseVersion next = cases.save(changed, desk);
        assertEquals(2, next.version());
        assertNull(next.issuedAt());
        StoredCase kept = cases.version(c.id(), 1).orElseThrow();
        assertEquals(c, kept.read(Samples.engine()));
        assertEquals(issuedAt, kept.version().issuedAt());

        // not even SQL changes a saved version
        Database db = store.database();
        for (String sql : List.of("UPDATE case_version SET content = '{}' WHERE version = 1",
                "UPDATE case_version SET content = '{}' WHERE version = 2",
                "UPDATE case_version SET issued_at = NULL WHERE version = 1",
                "UPDATE case_version SET saved_by = saved_by + 1 WHERE version = 2",
                "DELETE FROM case_version WHERE version = 1")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.execute(sql)), sql);
            assertTrue(String.valueOf(e.getMessage()).contains("a saved case version is never deleted")
                    || String.valueOf(e.getMessage()).contains("a saved case version never changes"), e.getMessage());
        }
        assertEquals(c, cases.version(c.id(), 1).orElseThrow().read(Samples.engine()));
    }

    @OnBothDatabases
    void aSaveBasedOnAnOlderVersionIsRefusedWithoutSavingAnything(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        PatientCase c = Cases.sample(MINOR);
        PatientCase a = Cases.edited(MINOR, root -> Cases.patient(root).put("phone", "07700 900001"));
        PatientCase b = Cases.edited(MINOR, root -> Cases.patient(root).put("phone", "07700 900002"));
        assertEquals(1, cases.save(c, desk, 0).version());
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> cases.save(a, desk, 0));
        assertEquals(List.of(new Problem("", "case-changed", "a case id no other case has: C-2026-0155 is saved already "
                + "(version 1)")), taken.problems());
        assertEquals(2, cases.save(a, desk, 1).version());
        InvalidInputException stale = assertThrows(InvalidInputException.class, () -> cases.save(b, desk, 1));
        assertEquals("the latest version, 2, which was saved after version 1 was opened: open the case again and make "
                + "the changes there", stale.problems().get(0).expected());
        assertEquals(List.of(2, 1), cases.history(c.id()).stream().map(CaseVersion::version).toList());
        InvalidInputException never = assertThrows(InvalidInputException.class,
                () -> cases.save(Cases.sample("greek-name.json"), desk, 3));
        assertTrue(never.problems().get(0).expected().endsWith("case C-2026-0153 was never saved"));
        assertEquals(Optional.empty(), cases.latest("C-2026-0153"));
        assertEquals(List.of(), cases.search("Papadopoulos", 10), "not even a trace in the search");
    }

    @OnBothDatabases
    void theDaysListsShowTheCasesWithTheConsentOrASessionThatDay(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        for (Path file : Samples.cases()) {
            cases.save(Samples.engine().readCase(file), desk);
        }
        // from the files themselves: the consent's and the sessions' dates
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Path file : Samples.cases()) {
            ObjectNode root = Cases.tree(file.getFileName().toString());
            String id = root.get("id").asText();
            expected.computeIfAbsent(root.get("consent").get("date").asText(), k -> new TreeSet<>()).add(id);
            root.get("sessions").forEach(s -> expected.computeIfAbsent(s.get("date").asText(),
                    k -> new TreeSet<>()).add(id));
        }
        assertTrue(expected.size() > 8, expected.toString());
        expected.forEach((day, ids) -> assertEquals(ids, cases.onDay(LocalDate.parse(day)).stream()
                .map(CaseSummary::caseId).collect(Collectors.toCollection(TreeSet::new)), day));
        // by family name: Dvořák's consent, Haddad's and Hollins's sessions
        assertEquals(List.of("Dvořák", "Haddad", "Hollins"), cases.onDay(LocalDate.of(2026, 11, 2)).stream()
                .map(CaseSummary::familyName).toList());
        assertEquals(List.of(), cases.onDay(LocalDate.of(2026, 11, 1)));
    }

    @OnBothDatabases
    void listsFollowTheLatestVersion(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        cases.save(Cases.sample(MINOR), desk);
        store.clock.advance(Duration.ofMinutes(2));
        cases.save(Cases.edited(MINOR, root -> {
            Cases.patient(root).put("familyName", "Sullivan");
            ((ObjectNode) root.get("sessions").get(0)).put("date", "2026-11-20");
        }), desk);
        assertEquals(List.of(), cases.search("Súilleabháin", 10));
        CaseSummary found = cases.search("sullivan", 10).get(0);
        assertEquals(new CaseSummary("C-2026-0155", "P-10390", "Seán", "Sullivan", 2, store.clock.instant()), found);
        assertEquals(List.of(), cases.onDay(LocalDate.of(2026, 11, 19)));
        assertEquals(List.of("C-2026-0155"), cases.onDay(LocalDate.of(2026, 11, 20)).stream()
                .map(CaseSummary::caseId).toList());
        assertFalse(found.toString().contains("Sullivan"), found.toString());
    }

    @OnBothDatabases
    void desksSavingTheSameCaseAtOnceGetOneVersionEachInTurn(StoreUnderTest store) throws Exception {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        List<PatientCase> edits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String phone = "07700 9001" + (10 + i);
            edits.add(Cases.edited(MINOR, root -> Cases.patient(root).put("phone", phone)));
        }
        ExecutorService desks = Executors.newFixedThreadPool(4);
        try {
            List<Future<CaseVersion>> saved = new ArrayList<>();
            for (PatientCase edit : edits) {
                saved.add(desks.submit(() -> cases.save(edit, desk)));
            }
            Set<Integer> versions = new TreeSet<>();
            for (Future<CaseVersion> f : saved) {
                versions.add(f.get(60, TimeUnit.SECONDS).version());
            }
            assertEquals(IntStream.rangeClosed(1, 16).boxed().collect(Collectors.toCollection(TreeSet::new)), versions);
        } finally {
            desks.shutdownNow();
        }
        assertEquals(16, cases.history("C-2026-0155").size());
        assertEquals(16, cases.latest("C-2026-0155").orElseThrow().version().version());
    }
}
