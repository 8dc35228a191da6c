package org.smpdocs.internal.web;

import io.javalin.http.Context;
import org.smpdocs.internal.store.StaffAccount;

/** What {@link Guard} found out about a request, for the handlers after it. */
final class Requests {
    private static final String ACCOUNT = "smp.account";
    private static final String SESSION = "smp.session";
    private static final String TOKEN = "smp.token";

    private Requests() {
    }

    static void identify(Context ctx, StaffAccount account, StaffSession session, String token) {
        ctx.attribute(ACCOUNT, account);
        ctx.attribute(SESSION, session);
        ctx.attribute(TOKEN, token);
    }

    /** The logged-in staff member; only on routes that are not open to anyone. */
    static StaffAccount staff(Context ctx) {
        StaffAccount a = ctx.attribute(ACCOUNT);
        if (a == null) {
            throw new IllegalStateException("no staff member on this request");
        }
        return a;
    }

    /** The staff member when logged in, else null (pages open to anyone). */
    static StaffAccount staffOrNull(Context ctx) {
        return ctx.attribute(ACCOUNT);
    }

    /** The session's CSRF token, for the forms of the page; null when nobody is logged in. */
    static String csrf(Context ctx) {
        StaffSession s = ctx.attribute(SESSION);
        return s == null ? null : s.csrfToken();
    }

    /** The session token of the request's cookie, when it was live. */
    static String sessionToken(Context ctx) {
        return ctx.attribute(TOKEN);
    }
}
