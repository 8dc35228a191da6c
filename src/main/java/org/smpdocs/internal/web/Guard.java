package org.smpdocs.internal.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.smpdocs.internal.store.StaffAccount;

/**
 * Runs before every matched route: finds the staff member of the session cookie, sends one who
 * must change a temporary password to do so first, refuses a role the route does not allow, and
 * refuses a form posted without its session's CSRF token. A route that names no role is refused
 * for everyone, so a route cannot be left open by forgetting it.
 */
final class Guard {
    /** The form field every posted form carries. */
    static final String CSRF_FIELD = "_csrf";
    /** The header a script may send the token in instead. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    static final String PASSWORD_PATH = "/password";
    static final String LOGOUT_PATH = "/logout";

    private final FrontDesk desk;

    Guard(FrontDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            throw new ForbiddenResponse("This page is not open to anyone.");
        }
        if (allowed.contains(Allowed.ANYONE)) {
            if (ctx.method() == HandlerType.POST && !String.valueOf(ctx.contentType())
                    .startsWith("application/x-www-form-urlencoded")) {
                // nothing but a small form may be posted before logging in: no upload is read
                throw new HttpResponseException(415, "This form must be sent as a form.");
            }
            identifyIfLoggedIn(ctx);
            return;
        }
        String token = ctx.cookie(Cookies.SESSION);
        Optional<StaffSession> session = desk.sessions().use(token);
        Optional<StaffAccount> account = session.flatMap(s -> desk.accounts().byId(s.accountId()))
                .filter(a -> !a.disabled());
        if (account.isEmpty()) {
            if (token != null) {
                Cookies.clear(ctx, Cookies.SESSION);
            }
            if (ctx.method() == HandlerType.GET) {
                throw new SeeOther("/login");
            }
            throw new UnauthorizedResponse("Your session has ended. Log in again.");
        }
        StaffAccount staff = account.get();
        Requests.identify(ctx, staff, session.get(), token);
        if (ctx.method() == HandlerType.POST) {
            requireCsrf(ctx, session.get().csrfToken());
        }
        if (staff.mustChangePassword() && !ctx.path().equals(PASSWORD_PATH) && !ctx.path().equals(LOGOUT_PATH)) {
            if (ctx.method() == HandlerType.GET) {
                throw new SeeOther(PASSWORD_PATH);
            }
            throw new ForbiddenResponse("Change your password first.");
        }
        if (!Allowed.lets(allowed, staff.role())) {
            throw new ForbiddenResponse("Your role does not allow this.");
        }
    }

    private void identifyIfLoggedIn(Context ctx) {
        String token = ctx.cookie(Cookies.SESSION);
        if (token == null) {
            return;
        }
        desk.sessions().use(token).ifPresent(s -> desk.accounts().byId(s.accountId())
                .filter(a -> !a.disabled())
                .ifPresent(a -> Requests.identify(ctx, a, s, token)));
    }

    /** Refuses the request unless it carries {@code expected} in its form or header. */
    static void requireCsrf(Context ctx, String expected) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null) {
            given = ctx.formParam(CSRF_FIELD);
        }
        if (given == null || expected == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("This form has expired or did not come from this front desk. "
                    + "Go back, reload the page and try again.");
        }
    }
}
