package org.smpdocs.internal.web;

import java.util.List;
import java.util.Map;
import org.smpdocs.internal.store.CaseSummary;

/** Case summaries as a page lists them: name, patient id, case id and the link to the case. */
final class CaseRows {
    private CaseRows() {
    }

    static List<Map<String, Object>> of(List<CaseSummary> cases) {
        return cases.stream().map(CaseRows::row).toList();
    }

    private static Map<String, Object> row(CaseSummary c) {
        return Map.of("caseId", c.caseId(), "patientId", c.patientId(),
                "name", (c.givenName() + " " + c.familyName()).strip(), "version", c.latestVersion(),
                "href", CasePaths.of(c.caseId()));
    }
}
