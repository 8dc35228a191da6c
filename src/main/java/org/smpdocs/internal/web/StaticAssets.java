package org.smpdocs.internal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheet and scripts the pages load, from the class path ({@code static/}). Only the
 * names listed here are served, so no path from a request reaches the class loader.
 */
final class StaticAssets implements WebModule {
    static final Map<String, String> TYPES = Map.of(
            "style.css", "text/css; charset=utf-8",
            "front-desk.js", "text/javascript; charset=utf-8",
            "tablet.js", "text/javascript; charset=utf-8",
            "signature_pad.umd.min.js", "text/javascript; charset=utf-8");

    /** Files kept under {@code static/vendor/} with their licence: third-party code, as released. */
    static final Map<String, String> VENDORED = Map.of(
            "signature_pad.umd.min.js", "vendor/signature_pad.umd.min.js");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/static/{name}", this::serve, Allowed.ANYONE);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("name");
        String type = TYPES.get(name);
        if (type == null) {
            throw new NotFoundResponse("No such file.");
        }
        byte[] bytes = cache.computeIfAbsent(name, StaticAssets::read);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + VENDORED.getOrDefault(name, name))) {
            if (in == null) {
                throw new NotFoundResponse("No such file.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
