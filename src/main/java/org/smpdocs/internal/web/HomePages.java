package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.smpdocs.internal.store.AccessAction;
import org.smpdocs.internal.store.CaseSummary;

/**
 * The start page: today's appointments (cases with the consent or a session today) and the search
 * by name, patient id or case id. The search is posted, so what was searched for never appears in
 * an address, a browser's history or a log.
 */
final class HomePages implements WebModule {
    /** The most cases a search lists. */
    static final int SEARCH_LIMIT = 50;
    static final int MAX_QUERY = 100;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final FrontDesk desk;
    private final Pages pages;
    private final ZoneId zone;

    HomePages(FrontDesk desk, Pages pages, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/", this::today, Allowed.STAFF);
        routes.get("/search", ctx -> showSearch(ctx, "", null), Allowed.caseReaders());
        routes.post("/search", this::search, Allowed.caseReaders());
    }

    private void today(Context ctx) {
        LocalDate day = LocalDate.now(desk.clock().withZone(zone));
        List<CaseSummary> cases = desk.cases().onDay(day);
        Map<String, Object> m = new HashMap<>();
        m.put("day", DAY.format(day));
        m.put("cases", CaseRows.of(cases));
        pages.show(ctx, "today", m);
    }

    private void search(Context ctx) {
        String q = Objects.requireNonNullElse(ctx.formParam("q"), "").strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        List<CaseSummary> found = q.isEmpty() ? List.of() : desk.cases().search(q, SEARCH_LIMIT);
        desk.accessLog().record(Requests.staff(ctx), AccessAction.SEARCHED);
        showSearch(ctx, q, found);
    }

    private void showSearch(Context ctx, String q, List<CaseSummary> found) {
        Map<String, Object> m = new HashMap<>();
        m.put("q", q);
        if (found != null) {
            m.put("cases", CaseRows.of(found));
            m.put("limit", SEARCH_LIMIT);
        }
        pages.show(ctx, "search", m);
    }
}
