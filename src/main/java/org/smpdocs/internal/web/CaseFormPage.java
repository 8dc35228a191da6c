package org.smpdocs.internal.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.CaseDraft;
import org.smpdocs.internal.store.CaseVersion;
import org.smpdocs.internal.store.StaffAccount;
import org.smpdocs.internal.store.StoredCase;

/**
 * The case form, for a new case and to edit one: every problem the validation finds shown at its
 * field at once, nothing saved while there is one (422); "Keep as draft" keeps the form as it is
 * for the staff member, unchecked, until it is saved or discarded. A save makes the case's next
 * version (versions, issued ones above all, are never changed) and is refused when another
 * version was saved since the form was opened.
 */
final class CaseFormPage {
    /** The draft key of a new case: no case id begins with "+". */
    static final String NEW = "+new";

    private final FrontDesk desk;
    private final Pages pages;
    private final ZoneId zone;

    CaseFormPage(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void routes(RoutesConfig routes) {
        routes.get("/cases/new", ctx -> open(ctx, null), Allowed.caseEditors());
        routes.post("/cases/new", ctx -> post(ctx, null), Allowed.caseEditors());
        routes.get("/cases/{caseId}/edit", ctx -> open(ctx, ctx.pathParam("caseId")), Allowed.caseEditors());
        routes.post("/cases/{caseId}/edit", ctx -> post(ctx, ctx.pathParam("caseId")), Allowed.caseEditors());
    }

    private void open(Context ctx, String caseId) {
        StaffAccount staff = Requests.staff(ctx);
        Optional<CaseDraft> draft = desk.drafts().find(staff.id(), key(caseId));
        if (draft.isPresent()) {
            ObjectNode kept = CaseCheck.parse(draft.get().content());
            ObjectNode json = kept.get("case") instanceof ObjectNode o ? o : CaseCheck.empty();
            show(ctx, HttpStatus.OK, caseId, json, kept.path("basedOn").asInt(0), List.of(), draft.get());
            return;
        }
        if (caseId == null) {
            show(ctx, HttpStatus.OK, null, newCase(), 0, List.of(), null);
        } else {
            StoredCase latest = desk.cases().latest(caseId).orElseThrow(CaseFormPage::noCase);
            show(ctx, HttpStatus.OK, caseId, CaseCheck.parse(latest.json()), latest.version().version(), List.of(), null);
        }
    }

    private void post(Context ctx, String caseId) {
        StaffAccount staff = Requests.staff(ctx);
        int basedOn = basedOn(ctx);
        ObjectNode base = caseId == null ? newCase() : CaseCheck.parse(desk.cases()
                .version(caseId, basedOn).orElseThrow(CaseFormPage::noCase).json());
        ObjectNode json = FormJson.apply(base, CaseFormFields.all(sections(caseId)), ctx.formParamMap());
        if (caseId != null) {
            json.put("id", caseId);
        }
        String action = Objects.requireNonNullElse(ctx.formParam("action"), "save");
        if (action.equals("draft")) {
            ObjectNode kept = CaseCheck.empty();
            kept.put("basedOn", basedOn);
            kept.set("case", json);
            desk.drafts().save(staff.id(), key(caseId), CaseCheck.text(kept));
            throw new SeeOther(formPath(caseId));
        }
        if (action.equals("discard")) {
            desk.drafts().discard(staff.id(), key(caseId));
            throw new SeeOther(formPath(caseId));
        }
        CaseCheck.Result result = CaseCheck.check(desk.engine(), caseId == null ? "new case" : "case " + caseId, json);
        if (!result.ok()) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, caseId, json, basedOn, result.problems(), null);
            return;
        }
        if (caseId == null && CasePaths.reserved(result.valid().id())) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, caseId, json, basedOn, List.of(new Problem("id", "reserved",
                    "a case id other than " + String.join(" or ", CasePaths.RESERVED) + ", which name pages")), null);
            return;
        }
        CaseVersion saved;
        try {
            saved = desk.cases().save(result.valid(), staff.id(), basedOn);
        } catch (InvalidInputException e) {
            List<Problem> problems = caseId == null ? e.problems().stream()
                    .map(p -> new Problem("id", p.rule(), p.expected())).toList() : e.problems();
            show(ctx, HttpStatus.CONFLICT, caseId, json, basedOn, problems, null);
            return;
        }
        desk.drafts().discard(staff.id(), key(caseId));
        desk.accessLog().record(staff, AccessAction.CHANGED, saved.caseId());
        throw new SeeOther(CasePaths.of(saved.caseId()));
    }

    private void show(Context ctx, HttpStatus status, String caseId, ObjectNode json, int basedOn,
            List<Problem> problems, CaseDraft draft) {
        Map<String, Object> m = new HashMap<>(FormModel.of(sections(caseId), json, problems));
        m.put("caseId", caseId == null ? "" : caseId);
        m.put("action", formPath(caseId));
        m.put("basedOn", basedOn);
        m.put("draft", draft != null);
        m.put("draftSavedAt", draft == null ? "" : CaseSummaryView.when(draft.savedAt(), zone));
        m.put("importMaxKb", CasePages.MAX_IMPORT_BYTES / 1024);
        pages.show(ctx, status, "case-form", m);
    }

    private List<FormSection> sections(String caseId) {
        return CaseFormFields.caseForm(desk.engine().clinic(), caseId == null);
    }

    /** A new case's form: the patient and the practitioner as its first signers, nothing answered. */
    private static ObjectNode newCase() {
        ObjectNode json = CaseCheck.empty();
        json.putArray("sessions");
        FormJson.put(json, "consent.signers[0].role", json.textNode("patient"));
        FormJson.put(json, "consent.signers[1].role", json.textNode("practitioner"));
        return json;
    }

    private static int basedOn(Context ctx) {
        try {
            int n = Integer.parseInt(Objects.requireNonNullElse(ctx.formParam("basedOn"), "0"));
            if (n < 0) {
                throw new io.javalin.http.BadRequestResponse("The form is not complete: open it again.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new io.javalin.http.BadRequestResponse("The form is not complete: open it again.");
        }
    }

    private static String key(String caseId) {
        return caseId == null ? NEW : caseId;
    }

    private static String formPath(String caseId) {
        return caseId == null ? "/cases/new" : CasePaths.of(caseId, "edit");
    }

    static NotFoundResponse noCase() {
        return new NotFoundResponse("There is no such case.");
    }
}
