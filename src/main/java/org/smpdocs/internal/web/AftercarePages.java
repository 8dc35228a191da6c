package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.internal.store.AccessAction;

/**
 * Sends a session's aftercare e-mail from the documents page ({@link AftercareMail}) and shows the
 * documents page again with whether it went. A message the server accepted is in the access log
 * as SENT; one that did not go is not recorded as sent anywhere.
 */
final class AftercarePages implements WebModule {
    private final FrontDesk desk;
    private final DocumentsPage page;

    AftercarePages(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.page = new DocumentsPage(desk, pages, zone);
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.post("/cases/{caseId}/sessions/{n}/aftercare-email", this::send, Allowed.caseEditors());
    }

    private void send(Context ctx) {
        CaseDocuments c = CaseDocuments.of(ctx, desk);
        int session = c.recordedSession(ctx.pathParam("n"));
        boolean withReport = "on".equals(ctx.formParam("withReport"));
        AftercareMail.Outcome o = page.mail().send(c.patientCase(), session, withReport);
        if (o.result() == AftercareMail.Outcome.Result.SENT) {
            desk.accessLog().record(Requests.staff(ctx), AccessAction.SENT, c.caseId());
        }
        HttpStatus status = switch (o.result()) {
            case SENT, SENT_BEFORE -> HttpStatus.OK;
            case NOT_SET_UP -> HttpStatus.CONFLICT;
            case FAILED -> HttpStatus.BAD_GATEWAY;
        };
        page.show(ctx, c.caseId(), status, Map.of("mail", Map.of("session", o.session(), "went", o.went(),
                "message", o.message())));
    }
}
