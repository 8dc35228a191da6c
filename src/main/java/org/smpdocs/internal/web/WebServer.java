package org.smpdocs.internal.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The front desk's HTTP server: Javalin on Jetty, listening on one address (HTTPS with the
 * clinic's certificate when given), with {@link Guard} before every route, the security headers on
 * every response, and error pages that name no patient data. The request log names the route's
 * pattern and the status, never the address asked for.
 */
final class WebServer {
    private static final Logger LOG = Logger.getLogger("org.smpdocs.web");

    /** The largest form body read into memory: a case form, a search, a login. */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** The largest upload (streamed to the data directory's {@code tmp/}): an export ZIP to verify. */
    static final long MAX_UPLOAD_MIB = 256;

    private WebServer() {
    }

    /** A TLS key store (PKCS#12) and its password, for HTTPS. */
    record Tls(Path keystore, char[] password) {
        Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
        }
    }

    static Javalin start(FrontDesk desk, String bind, int port, Tls tls) {
        Pages pages = new Pages(new PageRenderer(), () -> desk.engine().clinic().name());
        Guard guard = new Guard(desk);
        boolean https = tls != null;
        List<WebModule> modules = modules(desk, pages);
        Javalin app = Javalin.create(config -> {
            configure(config, desk, bind, port, tls);
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, https));
            config.routes.beforeMatched(guard::check);
            for (WebModule m : modules) {
                m.routes(config.routes);
            }
            config.routes.exception(SeeOther.class, (e, ctx) -> ctx.redirect(e.location(), HttpStatus.SEE_OTHER));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(pages, ctx,
                    HttpStatus.forStatus(e.getStatus()), e.getStatus() == 404 && String.valueOf(e.getMessage())
                            .startsWith("Endpoint ") ? "There is no such page." : e.getMessage()));
            config.routes.exception(ServletException.class, (e, ctx) -> problem(pages, ctx,
                    HttpStatus.BAD_REQUEST, "The form or file sent could not be read. Try again."));
            config.routes.exception(Exception.class, (e, ctx) -> failed(pages, ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.resultInputStream() == null) {
                    problem(pages, ctx, HttpStatus.NOT_FOUND, "There is no such page.");
                }
            });
        });
        return app.start();
    }

    /** The parts of the front desk. */
    private static List<WebModule> modules(FrontDesk desk, Pages pages) {
        return List.of(
                new StaticAssets(),
                new LoginPages(desk, pages),
                new HomePages(desk, pages, ZoneId.systemDefault()),
                new CasePages(desk, pages, ZoneId.systemDefault()),
                new DocumentPages(desk, pages, ZoneId.systemDefault()),
                new AftercarePages(desk, pages, ZoneId.systemDefault()),
                new AuditPages(desk, pages),
                new AdminPages(desk, pages, ZoneId.systemDefault()),
                new AdminSettingsPages(desk, pages),
                new TabletPages(desk, pages));
    }

    private static void configure(JavalinConfig config, FrontDesk desk, String bind, int port, Tls tls) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_FORM_BYTES;
        config.jetty.multipartConfig.cacheDirectory(uploads(desk).toString());
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MIB, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MIB + 1, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
        config.http.generateEtags = false;
        config.router.ignoreTrailingSlashes = true;
        config.requestLogger.http((ctx, ms) -> LOG.info(() -> ctx.method() + " " + routeOf(ctx) + " "
                + ctx.status().getCode() + " " + Math.round(ms) + " ms"));
        if (tls == null) {
            config.jetty.host = bind;
            config.jetty.port = port;
        } else {
            config.jetty.addConnector((server, http) -> httpsConnector(server, http, bind, port, tls));
        }
    }

    private static ServerConnector httpsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
            String bind, int port, Tls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(new String(tls.password()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration secure = new HttpConfiguration(http);
        secure.setSecureScheme("https");
        // the clinic's certificate may name the PC rather than the address the tablet uses
        secure.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(secure));
        connector.setHost(bind);
        connector.setPort(port);
        return connector;
    }

    /** The folder of {@code tmp/} where the server keeps an upload while its request lasts. */
    static final String UPLOADS = "incoming";

    /** Where uploads are kept while a request reads them: {@code tmp/incoming/} of the data directory, owner only. */
    private static Path uploads(FrontDesk desk) {
        Path dir = desk.dataDir().resolve("tmp").resolve(UPLOADS);
        try {
            Files.createDirectories(dir);
            try {
                for (Path d : List.of(dir.getParent(), dir)) {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
                }
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir.toAbsolutePath();
    }

    /** The pattern of the route that answered ({@code /cases/{caseId}}), never the path with its ids. */
    static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "(no route)";
        }
    }

    private static void problem(Pages pages, Context ctx, HttpStatus status, String message) {
        pages.show(ctx, status, "problem", Map.of("status", status.getCode(), "message",
                message == null || message.isBlank() ? status.getMessage() : message));
    }

    private static void failed(Pages pages, Context ctx, Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, () -> "request " + reference + " failed on " + ctx.method() + " " + routeOf(ctx)
                + ": " + e.getClass().getName());
        pages.show(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "problem", Map.of("status", 500, "message",
                "Something went wrong on the front desk's server, and this request may not have been completed. "
                        + "If it happens again, give the administrator this reference: " + reference + "."));
    }
}
