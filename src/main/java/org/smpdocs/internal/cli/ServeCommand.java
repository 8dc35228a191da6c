package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.web.FrontDeskServer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: the front desk in a browser, until stopped with Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the front desk: a web application for the clinic's staff, at http://127.0.0.1:8080/ "
                + "by default. The first start creates the data directory, its database and the administrator "
                + "account \"admin\", whose one-time password is printed once.",
            "Any address other than this computer's own (a tablet on the clinic's Wi-Fi) needs HTTPS: "
                + "give the clinic's certificate with --tls-keystore.",
            "Documents are signed on a tablet only with the clinic's seal: --seal-keystore and its password."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Where the front desk keeps its database, clinic profile and records archive.")
    Path data;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "The clinic profile to start with (first start only; later, the administrator edits it).")
    Path clinic;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "The port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default ${DEFAULT-VALUE}: this computer only).")
    String bind;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "A PostgreSQL database (jdbc:postgresql://host/db) instead of SQLite in the data directory.")
    String db;

    @Option(names = "--db-user", paramLabel = "NAME", description = "The PostgreSQL user.")
    String dbUser;

    @ArgGroup(exclusive = true)
    DbPassword dbPassword;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "The clinic's certificate and key (PKCS#12), for HTTPS.")
    Path tlsKeystore;

    @ArgGroup(exclusive = true)
    TlsPassword tlsPassword;

    @Option(names = "--session-minutes", defaultValue = "15", paramLabel = "N",
            description = "Minutes without a request after which a staff member is logged out (default ${DEFAULT-VALUE}).")
    int sessionMinutes;

    @Mixin
    SealOptions seal;

    private final Map<String, String> environment;

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    static final class DbPassword {
        @Option(names = "--db-password-env", paramLabel = "VAR", description = "The variable holding the PostgreSQL password.")
        String env;

        @Option(names = "--db-password-file", paramLabel = "FILE", description = "A file whose first line is the PostgreSQL password.")
        Path file;
    }

    static final class TlsPassword {
        @Option(names = "--tls-password-env", paramLabel = "VAR", description = "The variable holding the key store's password.")
        String env;

        @Option(names = "--tls-password-file", paramLabel = "FILE", description = "A file whose first line is the key store's password.")
        Path file;
    }

    @Override
    public Integer call() throws InterruptedException {
        CommandLine cli = spec.commandLine();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(cli, "--port must be between 0 and 65535");
        }
        if (sessionMinutes < 1 || sessionMinutes > 24 * 60) {
            throw new ParameterException(cli, "--session-minutes must be between 1 and 1440");
        }
        if (db != null && !db.startsWith("jdbc:postgresql://")) {
            throw new ParameterException(cli, "--db must be a PostgreSQL JDBC address: jdbc:postgresql://host/database");
        }
        char[] dbSecret = db == null || dbPassword == null ? null
                : Secrets.read(cli, dbPassword.env, dbPassword.file, environment).toCharArray();
        if (tlsKeystore != null && tlsPassword == null) {
            throw new ParameterException(cli, "--tls-keystore needs --tls-password-env or --tls-password-file");
        }
        char[] tlsSecret = tlsKeystore == null ? null
                : Secrets.read(cli, tlsPassword.env, tlsPassword.file, environment).toCharArray();
        Sealer sealer = seal.given() ? seal.sealer(cli, environment) : null;
        FrontDeskServer server;
        try {
            server = FrontDeskServer.start(new FrontDeskServer.Options(data, db, dbUser, dbSecret, bind, port,
                    tlsKeystore, tlsSecret, clinic, Duration.ofMinutes(sessionMinutes), sealer));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
        }
        PrintWriter out = cli.getOut();
        out.println("smp-docs front desk: open " + server.url() + " (data in " + data + ")");
        server.initialAdministratorPassword().ifPresent(password -> {
            out.println("First start: log in as \"" + FrontDeskServer.administrator() + "\" with the one-time password "
                    + password);
            out.println("(it is shown only now; you choose your own password at the first login)");
        });
        out.println(sealer == null ? "Signing on a tablet is off: start with --seal-keystore to turn it on."
                : "Documents signed on a tablet are sealed by " + Shown.text(sealer.key().signerName()) + ".");
        out.println("Stop with Ctrl+C.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "smp-docs-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return ExitCodes.OK;
    }
}
