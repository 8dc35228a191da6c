package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.smpdocs.Samples;
import org.smpdocs.model.PatientCase;

class AccessLogTest {
    @OnBothDatabases
    void eventsAreFoundByPeriodOldestFirstWithTheEndLeftOut(StoreUnderTest store) {
        AccessLog log = new AccessLog(store.database(), store.clock);
        StaffAccount desk = store.someone("desk", Role.FRONT_DESK);
        StaffAccount auditor = store.someone("audit", Role.AUDITOR);
        Instant start = store.clock.instant();
        AccessEvent login = log.record(desk, AccessAction.LOGGED_IN);
        store.clock.advance(Duration.ofMinutes(1));
        AccessEvent viewed = log.record(desk, AccessAction.VIEWED, "C-2026-0155");
        store.clock.advance(Duration.ofMinutes(1));
        AccessEvent printed = log.record(desk, AccessAction.PRINTED, "C-2026-0155");
        store.clock.advance(Duration.ofMinutes(1));
        AccessEvent refused = log.recordUnknownLogin();
        store.clock.advance(Duration.ofHours(1));
        AccessEvent exported = log.record(auditor, AccessAction.EXPORTED);

        assertEquals(new AccessEvent(viewed.id(), start.plusSeconds(60), desk.id(), "desk", AccessAction.VIEWED,
                "C-2026-0155"), viewed);
        assertEquals(List.of(login, viewed, printed, refused, exported), log.between(start, store.clock.instant().plusMillis(1)));
        assertEquals(List.of(viewed, printed), log.between(start.plusSeconds(60), start.plusSeconds(180)),
                "from inclusive, to exclusive");
        assertEquals(List.of(), log.between(start.minusSeconds(60), start));
        assertNull(refused.accountId());
        assertEquals(AccessLog.UNKNOWN_USER, refused.username());
        assertEquals(List.of(printed, viewed), log.ofCase("C-2026-0155", 10));
        assertEquals(List.of(printed), log.ofCase("C-2026-0155", 1));
    }

    @OnBothDatabases
    void onlyACaseIdCanNameACase(StoreUnderTest store) {
        AccessLog log = new AccessLog(store.database(), store.clock);
        StaffAccount desk = store.someone("desk", Role.FRONT_DESK);
        for (String notAnId : List.of("Seán Ó Súilleabháin", "", "P 10390", "x".repeat(65), "../C-1")) {
            assertThrows(IllegalArgumentException.class, () -> log.record(desk, AccessAction.VIEWED, notAnId), notAnId);
        }
        assertEquals(List.of(), log.between(Instant.EPOCH, store.clock.instant().plusSeconds(1)));
    }

    @OnBothDatabases
    void theLogIsAppendOnly(StoreUnderTest store) {
        AccessLog log = new AccessLog(store.database(), store.clock);
        log.record(store.someone("desk", Role.FRONT_DESK), AccessAction.LOGGED_IN);
        for (String sql : List.of("UPDATE access_event SET action = 'LOGGED_OUT'", "DELETE FROM access_event")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.database().jdbi().useHandle(h -> h.execute(sql)));
            assertTrue(String.valueOf(e.getMessage()).contains("the access log is append-only"), e.getMessage());
        }
        assertEquals(1, log.between(Instant.EPOCH, store.clock.instant().plusSeconds(1)).size());
    }

    @OnBothDatabases
    void noValueOfAPatientReachesTheLogsTable(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        AccessLog log = new AccessLog(store.database(), store.clock);
        StaffAccount desk = store.someone("desk", Role.FRONT_DESK);
        List<String> patientValues = new ArrayList<>();
        for (Path file : Samples.cases()) {
            PatientCase c = Samples.engine().readCase(file);
            cases.save(c, desk.id());
            cases.search(c.patient().familyName(), 5);
            log.record(desk, AccessAction.SEARCHED);
            for (AccessAction action : List.of(AccessAction.VIEWED, AccessAction.CHANGED, AccessAction.PRINTED,
                    AccessAction.SENT, AccessAction.EXPORTED)) {
                log.record(desk, action, c.id());
            }
            JsonNode patient = Cases.tree(file.getFileName().toString()).get("patient");
            for (String field : List.of("id", "givenName", "familyName", "dateOfBirth", "email", "phone")) {
                if (patient.hasNonNull(field)) {
                    patientValues.add(patient.get(field).asText());
                }
            }
            if (patient.has("address")) {
                patient.get("address").forEach(line -> patientValues.add(line.asText()));
            }
        }
        log.recordUnknownLogin();
        assertTrue(patientValues.size() > 40, patientValues.toString());
        List<String> rows = store.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM access_event")
                .map((rs, ctx) -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    return row.toString();
                }).list());
        assertEquals(1 + Samples.cases().size() * 6, rows.size());
        String table = String.join("\n", rows);
        for (String value : patientValues) {
            assertFalse(table.contains(value), "a patient's value in the access log: " + value);
        }
        assertTrue(table.contains("C-2026-0155"), "the case id is there");
    }

    @OnBothDatabases
    void timesAreTheSameInstantsWhateverTheMachinesTimeZone(StoreUnderTest store) {
        TimeZone before = TimeZone.getDefault();
        try {
            AccessLog log = new AccessLog(store.database(), store.clock);
            StaffAccount desk = store.someone("desk", Role.FRONT_DESK);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            AccessEvent written = log.record(desk, AccessAction.LOGGED_IN);
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            store.reopen();
            AccessLog again = new AccessLog(store.database(), store.clock);
            assertEquals(List.of(written), again.between(store.clock.instant(), store.clock.instant().plusMillis(1)));
            assertEquals(Instant.parse("2026-11-24T09:30:00.123Z"), written.at());
            assertEquals(List.of(), again.between(store.clock.instant().plusMillis(1), store.clock.instant().plusSeconds(60)));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
