package org.smpdocs.internal.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: a Content-Security-Policy that allows script, style and
 * frames from this server only (no inline script or style), no framing by other sites, no
 * sniffing, no referrer, nothing cached (pages hold patient data), and HSTS over HTTPS.
 */
final class SecurityHeaders {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-src 'self'; object-src 'self'; "
            + "frame-ancestors 'self'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx, boolean https) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cache-Control", "no-store");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
