package org.smpdocs.internal.web;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.store.Database;
import org.smpdocs.internal.store.FirstStart;
import org.smpdocs.internal.store.PasswordHashes;

/**
 * The front desk started ({@code serve}): the data directory set up on the first start (the
 * database, the clinic profile, the first administrator), the engine built, the server listening.
 * {@link #close()} stops the server and closes the database.
 */
public final class FrontDeskServer implements AutoCloseable {
    private final FrontDesk desk;
    private final Javalin app;
    private final String url;
    private final String initialPassword;

    private FrontDeskServer(FrontDesk desk, Javalin app, String url, String initialPassword) {
        this.desk = desk;
        this.app = app;
        this.url = url;
        this.initialPassword = initialPassword;
    }

    /**
     * How to start: where the data lives, which database (null {@code jdbcUrl}: SQLite in the data
     * directory), where to listen, the TLS key store (required for an address other than the
     * loopback), the clinic profile to copy in on the first start, how long an idle session lasts,
     * and the clinic's seal (null: documents are not signed on a tablet).
     */
    public record Options(Path dataDir, String jdbcUrl, String dbUser, char[] dbPassword, String bind, int port,
            Path tlsKeystore, char[] tlsPassword, Path clinicProfile, Duration sessionIdle, Sealer seal) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(sessionIdle, "sessionIdle");
        }

        /** Without the clinic's seal. */
        public Options(Path dataDir, String jdbcUrl, String dbUser, char[] dbPassword, String bind, int port,
                Path tlsKeystore, char[] tlsPassword, Path clinicProfile, Duration sessionIdle) {
            this(dataDir, jdbcUrl, dbUser, dbPassword, bind, port, tlsKeystore, tlsPassword, clinicProfile, sessionIdle,
                    null);
        }
    }

    /**
     * Starts the front desk.
     *
     * @throws IllegalArgumentException for an address other than the loopback without TLS, or a
     *         first start without a clinic profile
     */
    public static FrontDeskServer start(Options o) {
        return start(o, Clock.systemUTC(), new PasswordHashes());
    }

    static FrontDeskServer start(Options o, Clock clock, PasswordHashes hashes) {
        if (o.tlsKeystore() == null && !loopback(o.bind())) {
            throw new IllegalArgumentException("the front desk listens on " + o.bind()
                    + " only over HTTPS: give the clinic's certificate with --tls-keystore");
        }
        Path clinicProfile = o.dataDir().resolve(FrontDesk.CLINIC_DIRECTORY).resolve(FrontDesk.CLINIC_PROFILE);
        if (!Files.isRegularFile(clinicProfile)) {
            if (o.clinicProfile() == null) {
                throw new IllegalArgumentException("the data directory has no clinic profile yet: "
                        + "give one with --clinic FILE on the first start");
            }
            ClinicFiles.install(o.clinicProfile(), clinicProfile.getParent());
        }
        Database database = o.jdbcUrl() == null ? Database.embedded(o.dataDir())
                : Database.postgres(o.jdbcUrl(), o.dbUser(), o.dbPassword());
        FrontDesk desk = null;
        try {
            desk = new FrontDesk(o.dataDir(), database, clock, hashes, o.sessionIdle(), o.seal());
            Optional<FirstStart.InitialAdministrator> admin = new FirstStart(desk.accounts(), hashes)
                    .createAdministratorIfNone();
            WebServer.Tls tls = o.tlsKeystore() == null ? null : new WebServer.Tls(o.tlsKeystore(), o.tlsPassword());
            Javalin app = WebServer.start(desk, o.bind(), o.port(), tls);
            String host = shownHost(o.bind());
            String url = (tls == null ? "http" : "https") + "://" + host + ":" + app.port() + "/";
            return new FrontDeskServer(desk, app, url, admin.map(FirstStart.InitialAdministrator::oneTimePassword)
                    .orElse(null));
        } catch (RuntimeException e) {
            if (desk != null) {
                desk.close();
            } else {
                database.close();
            }
            throw e;
        }
    }

    /**
     * The host to show in the address: the computer's name when listening on every address
     * ({@code 0.0.0.0}), which is what a tablet types; the address given otherwise.
     */
    static String shownHost(String bind) {
        try {
            if (InetAddress.getByName(bind).isAnyLocalAddress()) {
                return InetAddress.getLocalHost().getHostName();
            }
        } catch (UnknownHostException e) {
            // the address as given
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The address staff open, such as {@code http://127.0.0.1:8080/}. */
    public String url() {
        return url;
    }

    /** The port listened on (useful when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The first administrator's one-time password when this start created the account, to be shown once. */
    public Optional<String> initialAdministratorPassword() {
        return Optional.ofNullable(initialPassword);
    }

    /** The first administrator's user name. */
    public static String administrator() {
        return FirstStart.ADMINISTRATOR;
    }

    FrontDesk desk() {
        return desk;
    }

    /** The running Javalin application (the route-by-route tests list its routes). */
    Javalin app() {
        return app;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            desk.close();
        }
    }
}
