package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;
import org.smpdocs.Samples;

/**
 * Search by name, patient id or case id, on the sample cases: accents, case and the letters that
 * do not decompose are folded; every word typed must begin a word of the names.
 */
class SearchTest {
    @Test
    void namesFoldToTheWordsPeopleTypeWithoutAccents() {
        assertEquals(List.of("sean", "o", "suilleabhain"), SearchFolding.words("Seán Ó Súilleabháin"));
        assertEquals(List.of("jiri", "dvorak"), SearchFolding.words("Jiří Dvořák"));
        assertEquals(List.of("o", "brien"), SearchFolding.words("O'Brien"));
        assertEquals(List.of("jean", "luc"), SearchFolding.words(" Jean-Luc  "));
        assertEquals(List.of("odegard", "strasse", "lukasz", "aeroe", "thorsdottir"),
                SearchFolding.words("Ødegård Straße Łukasz Ærøe Þórsdóttir"));
        assertEquals(List.of("αλεξανδροσ", "παπαδοπουλοσ"), SearchFolding.words("ΑΛΈΞΑΝΔΡΟΣ Παπαδόπουλος"));
        assertEquals(List.of("дмитрии", "соколов"), SearchFolding.words("Дмитрий Соколов"));
        assertEquals(List.of("istanbul"), SearchFolding.words("İstanbul"));
        assertEquals(List.of(), SearchFolding.words(" -' "));
        assertEquals(Set.of("sean", "o", "suilleabhain", "osuilleabhain"),
                SearchFolding.nameWords("Seán", "Ó Súilleabháin"));
    }

    @OnBothDatabases
    void findsByNameIgnoringAccentsCaseAndWordBreaks(StoreUnderTest store) {
        CaseStore cases = saved(store);
        String minor = "C-2026-0155";
        for (String query : List.of("Sean", "SEAN", "seán", "o suil", "Ó Súilleabháin", "suill", "osuil", "sean o",
                "o sean", "Sean O'Suilleabhain")) {
            assertEquals(List.of(minor), ids(cases.search(query, 10)), query);
        }
        assertEquals(List.of("C-2026-0149"), ids(cases.search("dvorak", 10)));
        assertEquals(List.of("C-2026-0149"), ids(cases.search("JIRI DVOŘÁK", 10)));
        assertEquals(List.of("C-2026-0153"), ids(cases.search("αλέξανδρος", 10)));
        assertEquals(List.of("C-2026-0153"), ids(cases.search("ΠΑΠΑΔΟΠΟΥΛΟΣ", 10)), "final sigma");
        assertEquals(List.of("C-2026-0138"), ids(cases.search("соколов", 10)));
        assertEquals(List.of("C-2026-0138"), ids(cases.search("Дми", 10)));
        assertEquals(List.of(), cases.search("sean hollins", 10), "every word must match");
        assertEquals(List.of(), cases.search("ean", 10), "a prefix, not any part");
        assertEquals(List.of(), cases.search("  ", 10));
        assertEquals(List.of(), cases.search(null, 10));
    }

    @OnBothDatabases
    void findsByPatientIdOrCaseIdPrefixIgnoringCaseInNameOrder(StoreUnderTest store) {
        CaseStore cases = saved(store);
        assertEquals(List.of("C-2026-0149"), ids(cases.search("P-10365", 10)));
        assertEquals(List.of("C-2026-0149"), ids(cases.search("p-10365", 10)));
        assertEquals(List.of("C-2026-0155"), ids(cases.search(" c-2026-0155 ", 10)));
        // C-2026-014x: Dvořák (0149), Hollins (0142), by family name
        assertEquals(List.of("C-2026-0149", "C-2026-0142"), ids(cases.search("C-2026-014", 10)));
        List<CaseSummary> all = cases.search("C-2026", 10);
        assertEquals(7, all.size());
        assertEquals(List.of("Donnelly", "Dvořák", "Haddad", "Hollins", "Ó Súilleabháin", "Παπαδόπουλος", "Соколов"),
                all.stream().map(CaseSummary::familyName).toList());
        assertEquals(3, cases.search("C-2026", 3).size(), "the limit");
    }

    @OnBothDatabases
    void searchesHistoriesAndTheDaysListReadAnIndexNotTheWholeTable(StoreUnderTest store) {
        saved(store);
        Database db = store.database();
        for (String sql : List.of(CaseStore.searchSql(2, true), CaseStore.searchSql(1, false), CaseStore.HISTORY,
                CaseStore.ON_DAY)) {
            String plan = plan(db, sql);
            if (store.vendor() == Database.Vendor.SQLITE) {
                // SQLite says SCAN for a full read of a table, SEARCH for a read through an index
                for (String table : List.of("case_name_word", "case_version", "case_day")) {
                    assertFalse(plan.contains("SCAN " + table) || plan.contains("SCAN v "), sql + "\n" + plan);
                }
                assertTrue(plan.contains("SEARCH"), plan);
            } else {
                assertFalse(plan.contains("Seq Scan"), sql + "\n" + plan);
                assertTrue(plan.contains("Index"), plan);
            }
        }
    }

    private static String plan(Database db, String sql) {
        return db.jdbi().withHandle(h -> {
            if (db.vendor() == Database.Vendor.POSTGRESQL) {
                // with sequential scans priced out, PostgreSQL still reads a table whole where no index serves
                h.execute("SET enable_seqscan = off");
            }
            Query q = h.createQuery((db.vendor() == Database.Vendor.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql);
            for (String name : List.of("w0", "w1", "id", "caseId", "day")) {
                if (sql.contains(":" + name + " ") || sql.endsWith(":" + name) || sql.contains(":" + name + ")")) {
                    q.bind(name, "x");
                }
            }
            for (String name : List.of("w0end", "w1end", "idend")) {
                if (sql.contains(":" + name)) {
                    q.bind(name, "y");
                }
            }
            if (sql.contains(":limit")) {
                q.bind("limit", 10);
            }
            return String.join("\n", q.map((rs, ctx) -> rs.getString(rs.getMetaData().getColumnCount())).list());
        });
    }

    private static CaseStore saved(StoreUnderTest store) {
        CaseStore cases = new CaseStore(store.database(), store.clock);
        long desk = store.someone("desk", Role.FRONT_DESK).id();
        for (Path file : Samples.cases()) {
            cases.save(Samples.engine().readCase(file), desk);
        }
        return cases;
    }

    private static List<String> ids(List<CaseSummary> found) {
        return found.stream().map(CaseSummary::caseId).toList();
    }
}
