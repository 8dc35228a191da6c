package org.smpdocs.internal.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The front desk's cookies: the session token, and the login form's own token (a session does not
 * exist yet). Both HttpOnly, Secure and SameSite=Strict, for the whole site, ending with the
 * browser (the session itself ends on the server after inactivity).
 */
final class Cookies {
    static final String SESSION = "smp_session";
    static final String LOGIN = "smp_login";

    private Cookies() {
    }

    static void set(Context ctx, String name, String value) {
        ctx.cookie(new Cookie(name, value, "/", -1, true, true, null, SameSite.STRICT));
    }

    static void clear(Context ctx, String name) {
        ctx.cookie(new Cookie(name, "", "/", 0, true, true, null, SameSite.STRICT));
    }
}
