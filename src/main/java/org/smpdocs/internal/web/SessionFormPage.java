package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.CaseVersion;
import org.smpdocs.internal.store.StaffAccount;
import org.smpdocs.internal.store.StoredCase;

/**
 * The practitioner's session form: the session is added to the case's latest version as its next
 * session, the whole case checked as the command line checks it (problems at their fields, paths
 * such as {@code sessions[2].anaesthetic.lot}), and saved as the case's next version.
 */
final class SessionFormPage {
    private final FrontDesk desk;
    private final Pages pages;
    private final ZoneId zone;

    SessionFormPage(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void routes(RoutesConfig routes) {
        routes.get("/cases/{caseId}/sessions/new", this::open, Allowed.PRACTITIONER);
        routes.post("/cases/{caseId}/sessions/new", this::post, Allowed.PRACTITIONER);
    }

    private void open(Context ctx) {
        StoredCase latest = latest(ctx);
        ObjectNode json = CaseCheck.parse(latest.json());
        int index = sessions(json).size();
        String p = "sessions[" + index + "].";
        FormJson.put(json, p + "date", json.textNode(LocalDate.now(desk.clock().withZone(zone)).toString()));
        FormJson.put(json, p + "aftercareVersion", json.textNode(desk.engine().clinic().content().version()));
        JsonNode planned = FormJson.at(json, "plan.practitionerId");
        if (planned != null && planned.isTextual()) {
            FormJson.put(json, p + "practitionerId", planned);
        }
        show(ctx, HttpStatus.OK, latest.version(), json, index, List.of());
    }

    private void post(Context ctx) {
        StaffAccount staff = Requests.staff(ctx);
        StoredCase latest = latest(ctx);
        int basedOn = parse(ctx.formParam("basedOn"));
        StoredCase base = basedOn == latest.version().version() ? latest
                : desk.cases().version(latest.version().caseId(), basedOn).orElse(latest);
        ObjectNode json = CaseCheck.parse(base.json());
        int index = sessions(json).size();
        ObjectNode session = sessions(json).addObject();
        session.put("number", index + 1);
        json = FormJson.apply(json, CaseFormFields.all(sections(index)), ctx.formParamMap());
        String caseId = latest.version().caseId();
        CaseCheck.Result result = CaseCheck.check(desk.engine(), "case " + caseId, json);
        if (!result.ok()) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, base.version(), json, index, result.problems());
            return;
        }
        CaseVersion saved;
        try {
            saved = desk.cases().save(result.valid(), staff.id(), base.version().version());
        } catch (InvalidInputException e) {
            show(ctx, HttpStatus.CONFLICT, base.version(), json, index, e.problems());
            return;
        }
        desk.accessLog().record(staff, AccessAction.CHANGED, saved.caseId());
        throw new SeeOther(CasePaths.of(saved.caseId()));
    }

    private void show(Context ctx, HttpStatus status, CaseVersion version, ObjectNode json, int index,
            List<Problem> problems) {
        Map<String, Object> m = new HashMap<>(FormModel.of(sections(index), json, problems));
        m.put("caseId", version.caseId());
        m.put("caseHref", CasePaths.of(version.caseId()));
        m.put("action", CasePaths.of(version.caseId(), "sessions/new"));
        m.put("basedOn", version.version());
        m.put("number", index + 1);
        pages.show(ctx, status, "session-form", m);
    }

    private List<FormSection> sections(int index) {
        return CaseFormFields.sessionForm(desk.engine().clinic(), index);
    }

    private StoredCase latest(Context ctx) {
        return desk.cases().latest(ctx.pathParam("caseId")).orElseThrow(CaseFormPage::noCase);
    }

    private static ArrayNode sessions(ObjectNode json) {
        return json.get("sessions") instanceof ArrayNode a ? a : json.putArray("sessions");
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(Objects.requireNonNullElse(n, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
