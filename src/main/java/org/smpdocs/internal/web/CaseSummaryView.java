package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Practitioner;

/** What the case page shows of a case's JSON: the patient, the plan, the consent and the sessions. */
final class CaseSummaryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    private CaseSummaryView() {
    }

    static Map<String, Object> of(JsonNode json, Clinic clinic) {
        Map<String, Object> m = new HashMap<>();
        JsonNode p = json.path("patient");
        m.put("patient", Map.of("name", (text(p, "givenName") + " " + text(p, "familyName")).strip(),
                "dateOfBirth", text(p, "dateOfBirth"), "id", text(p, "id")));
        JsonNode plan = json.path("plan");
        m.put("plan", Map.of("areas", words(plan.path("areas")), "sessionsPlanned", text(plan, "sessionsPlanned"),
                "pigmentShade", text(plan, "pigmentShade"), "practitioner", practitioner(clinic, text(plan, "practitionerId")),
                "notes", text(plan, "notes")));
        m.put("consentDate", text(json.path("consent"), "date"));
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (JsonNode s : json.path("sessions")) {
            sessions.add(Map.of("number", text(s, "number"), "date", text(s, "date"),
                    "times", text(s, "start") + "–" + text(s, "end"),
                    "practitioner", practitioner(clinic, text(s, "practitionerId")),
                    "areas", words(s.path("areasTreated")), "tolerance", text(s, "tolerance")));
        }
        m.put("sessions", sessions);
        return m;
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        return v.isValueNode() ? v.asText() : "";
    }

    private static String words(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(a -> out.add(a.asText().replace('-', ' ')));
        return String.join(", ", out);
    }

    private static String practitioner(Clinic clinic, String id) {
        return clinic.practitioners().stream().filter(x -> x.id().equals(id)).map(Practitioner::name).findFirst()
                .orElse(id);
    }
}
