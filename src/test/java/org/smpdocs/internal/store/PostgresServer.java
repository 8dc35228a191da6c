package org.smpdocs.internal.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, from the machine's own installation (Debian's
 * {@code postgresql} package keeps {@code initdb} and {@code pg_ctl} in
 * {@code /usr/lib/postgresql/N/bin}): a new cluster in a temporary directory, password
 * authentication (SCRAM) for the user {@value #USER}, listening on 127.0.0.1 on a free port with its
 * socket in that directory; stopped and removed by {@link #close()}. PostgreSQL refuses to run as
 * root, so as root (here and in CI) it runs as the {@code postgres} user, or {@code nobody}, through
 * {@code runuser}. Each test takes a new, empty database of it ({@link #newDatabase()}).
 */
final class PostgresServer implements AutoCloseable {
    static final String USER = "smp";
    private static final long START_SECONDS = 120;

    private final Path dir;
    private final Path bin;
    private final List<String> asUser;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean stopped;

    private PostgresServer(Path dir, Path bin, List<String> asUser, int port, String password) {
        this.dir = dir;
        this.bin = bin;
        this.asUser = asUser;
        this.port = port;
        this.password = password;
    }

    /**
     * Why no server can be started here, or empty when one can: PostgreSQL's programs, and as root
     * a user to run them as, must be there.
     */
    static Optional<String> unavailable() {
        if (binaries().isEmpty()) {
            return Optional.of("PostgreSQL's initdb and pg_ctl are not installed (on PATH or in "
                    + "/usr/lib/postgresql/*/bin; Debian: apt-get install postgresql)");
        }
        if (isRoot() && (runAs().isEmpty() || onPath("runuser").isEmpty())) {
            return Optional.of("running as root, and PostgreSQL refuses root: no runuser, or no postgres or nobody user to run it as");
        }
        return Optional.empty();
    }

    /** Creates a cluster and starts it; fails (rather than skips) when an installed PostgreSQL does not start. */
    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow();
        List<String> asUser = new ArrayList<>();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "smp-docs-pg");
        if (isRoot()) {
            String user = runAs().orElseThrow();
            asUser.addAll(List.of(onPath("runuser").orElseThrow().toString(), "-u", user, "--"));
            UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            Files.setOwner(dir, owner);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
        if (isRoot()) {
            Files.setOwner(pwfile, Files.getOwner(dir));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, bin, asUser, port, password);
        try {
            server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--pwfile=" + pwfile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"), "initdb.log");
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), "pg_ctl.log");
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** A new, empty database on this server, as a JDBC URL. */
    String newDatabase() throws SQLException {
        String name = "store_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    char[] password() {
        return password.toCharArray();
    }

    @Override
    public synchronized void close() throws IOException {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                        "-w", "stop"), "pg_ctl-stop.log");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run(List<String> command, String log) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(asUser);
        full.addAll(command);
        Path output = Files.createTempFile("smp-docs-pg", ".log");
        try {
            Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!p.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in " + START_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String server = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
                throw new IOException(String.join(" ", full) + " failed (" + p.exitValue() + ", " + log + "):\n"
                        + Files.readString(output) + server);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static Optional<Path> binaries() {
        Optional<Path> initdb = onPath("initdb");
        if (initdb.isPresent() && onPath("pg_ctl").isPresent()) {
            return Optional.of(initdb.get().getParent());
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresServer::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        String version = bin.getParent().getFileName().toString();
        return version.matches("\\d{1,4}") ? Integer.parseInt(version) : 0;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(java.io.File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Optional<String> runAs() {
        for (String user : List.of("postgres", "nobody")) {
            try {
                Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
                return Optional.of(user);
            } catch (IOException e) {
                // not on this machine; try the next
            }
        }
        return Optional.empty();
    }
}
