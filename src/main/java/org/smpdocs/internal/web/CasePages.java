package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.InvalidInputException;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.CaseVersion;
import org.smpdocs.internal.store.StaffAccount;
import org.smpdocs.internal.store.StoredCase;

/**
 * The case pages: a case's own page (patient, plan, versions, sessions and where to go next), the
 * case form ({@link CaseFormPage}), the session form ({@link SessionFormPage}), the import of a
 * case file and the download of a case's JSON. Every page names the case by its id only.
 */
final class CasePages implements WebModule {
    /** The largest case file an import takes. */
    static final int MAX_IMPORT_BYTES = 1 << 20;

    private final FrontDesk desk;
    private final Pages pages;
    private final CaseFormPage form;
    private final SessionFormPage sessions;
    private final ZoneId zone;

    CasePages(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.form = new CaseFormPage(desk, pages, zone);
        this.sessions = new SessionFormPage(desk, pages, zone);
    }

    @Override
    public void routes(RoutesConfig routes) {
        form.routes(routes);
        sessions.routes(routes);
        routes.post("/cases/import", this::importCase, Allowed.caseEditors());
        routes.get("/cases/{caseId}", this::show, Allowed.caseReaders());
        routes.get("/cases/{caseId}/case.json", this::download, Allowed.caseReaders());
    }

    private void show(Context ctx) {
        StaffAccount staff = Requests.staff(ctx);
        String caseId = ctx.pathParam("caseId");
        StoredCase latest = desk.cases().latest(caseId).orElseThrow(CaseFormPage::noCase);
        List<CaseVersion> history = desk.cases().history(caseId);
        desk.accessLog().record(staff, AccessAction.VIEWED, caseId);
        Map<String, Object> m = new HashMap<>(CaseSummaryView.of(CaseCheck.parse(latest.json()), desk.engine().clinic()));
        m.put("caseId", caseId);
        m.put("version", latest.version().version());
        m.put("versions", history.stream().map(v -> versionRow(v)).toList());
        m.put("links", Map.of("edit", CasePaths.of(caseId, "edit"), "documents", CasePaths.of(caseId, "documents"),
                "session", CasePaths.of(caseId, "sessions/new"), "json", CasePaths.of(caseId, "case.json")));
        pages.show(ctx, "case", m);
    }

    private Map<String, Object> versionRow(CaseVersion v) {
        Map<String, Object> row = new HashMap<>();
        row.put("version", v.version());
        row.put("savedAt", CaseSummaryView.when(v.savedAt(), zone));
        row.put("savedBy", v.savedByUsername());
        row.put("issued", v.issued());
        row.put("issuedAt", v.issued() ? CaseSummaryView.when(v.issuedAt(), zone) : "");
        return row;
    }

    private void download(Context ctx) {
        StaffAccount staff = Requests.staff(ctx);
        StoredCase latest = desk.cases().latest(ctx.pathParam("caseId")).orElseThrow(CaseFormPage::noCase);
        desk.accessLog().record(staff, AccessAction.EXPORTED, latest.version().caseId());
        ctx.header("Content-Disposition", "attachment; filename=\"" + latest.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(latest.jsonBytes());
    }

    private void importCase(Context ctx) {
        StaffAccount staff = Requests.staff(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            showImport(ctx, HttpStatus.BAD_REQUEST, List.of("Choose a case file (JSON) to import."));
            return;
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            showImport(ctx, HttpStatus.CONTENT_TOO_LARGE, List.of("A case file is at most "
                    + MAX_IMPORT_BYTES / 1024 + " KB; this one is larger."));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded case file cannot be read", e);
        }
        CaseVersion saved;
        try {
            String id = desk.engine().readCase("the uploaded case file", bytes).id();
            if (CasePaths.reserved(id)) {
                showImport(ctx, HttpStatus.UNPROCESSABLE_CONTENT, List.of("id: reserved (expected a case id other than "
                        + String.join(" or ", CasePaths.RESERVED) + ", which name pages)"));
                return;
            }
            if (desk.cases().latest(id).isPresent()) {
                // an import never replaces a case: changes go through the case form, which checks the version
                showImport(ctx, HttpStatus.CONFLICT, List.of("id: exists (expected a case id not yet kept here: "
                        + "to change case " + id + ", open it and edit it)"));
                return;
            }
            saved = desk.cases().importCase(desk.engine(), "the uploaded case file", bytes, staff.id());
        } catch (InvalidInputException e) {
            showImport(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.problems().stream().map(Object::toString).toList());
            return;
        }
        desk.accessLog().record(staff, AccessAction.CHANGED, saved.caseId());
        throw new SeeOther(CasePaths.of(saved.caseId()));
    }

    private void showImport(Context ctx, HttpStatus status, List<String> problems) {
        pages.show(ctx, status, "case-import", Map.of("problems", problems, "importMaxKb", MAX_IMPORT_BYTES / 1024));
    }
}
