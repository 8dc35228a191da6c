package org.smpdocs.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * An open database of the front desk: a small pool of connections, the schema migrated to this
 * version, and the {@link Jdbi} the repositories run their SQL through. Either the embedded SQLite
 * file {@value #FILE_NAME} in a data directory (WAL journal, {@code synchronous=FULL}, foreign keys
 * on, a busy timeout; write transactions begin {@code IMMEDIATE}, so that writers queue instead of
 * failing) or a PostgreSQL database for a clinic group. Thread-safe; close it once, when the
 * application stops.
 *
 * <pre>{@code
 * try (Database db = Database.embedded(Path.of("clinic-data"))) {
 *     StaffAccounts accounts = new StaffAccounts(db);
 *     ...
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    /** The embedded database's file in the data directory. */
    public static final String FILE_NAME = "smp-docs.db";
    /** How long a statement waits for another connection's write lock (SQLite) or a connection. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * The pool's and the migrations' own progress notes (starting, validated, "Database:
     * jdbc:sqlite:***") say nothing a clinic needs; their warnings and errors still show. Held so
     * the levels stick: java.util.logging keeps loggers weakly.
     */
    private static final Logger[] QUIET = {Logger.getLogger("com.zaxxer.hikari"), Logger.getLogger("org.flywaydb")};

    static {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }

    private final Vendor vendor;
    private final String location;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Migrations.Outcome migrations;

    private Database(Vendor vendor, String location, HikariDataSource pool) {
        this.vendor = vendor;
        this.location = location;
        this.pool = pool;
        try {
            this.migrations = Migrations.run(pool, vendor, location);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens (creating it on first start) the embedded database in {@code dataDir}: the directory is
     * created readable by its owner only where the file system has POSIX permissions, and so is the
     * database file; the schema is migrated to this version.
     *
     * @throws SmpDocsException ({@link ErrorCode#OUTPUT}) when the directory or the file cannot be
     *         created or opened, is not a database, or cannot be migrated
     */
    public static Database embedded(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path file = dataDir.resolve(FILE_NAME);
        String location = "the database " + file;
        prepare(dataDir, file, location);
        HikariConfig config = poolConfig("jdbc:sqlite:" + file.toAbsolutePath());
        config.setDriverClassName("org.sqlite.JDBC");
        // one file, one writer at a time: a few connections so that pages read while one writes
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MILLIS));
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        return open(Vendor.SQLITE, location, config, null);
    }

    /**
     * Opens a PostgreSQL database (a clinic group's; it must exist, the schema is created or
     * migrated in it). The password is used for this pool only; messages never show it, nor the
     * URL's parameters.
     *
     * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?parameters]}
     * @throws SmpDocsException ({@link ErrorCode#OUTPUT}) when the server cannot be reached, refuses
     *         the login, or the schema cannot be migrated
     */
    public static Database postgres(String jdbcUrl, String user, char[] password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String shown = withoutParameters(jdbcUrl);
        String location = "the database " + shown;
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " is not a PostgreSQL JDBC URL: expected "
                    + "jdbc:postgresql://host[:port]/database");
        }
        HikariConfig config = poolConfig(jdbcUrl);
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(8);
        config.setUsername(user);
        String secret = new String(password);
        config.setPassword(secret);
        return open(Vendor.POSTGRESQL, location, config, secret);
    }

    /** The Jdbi of this database; repositories take the database and use this. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which kind of database this is. */
    public Vendor vendor() {
        return vendor;
    }

    /** How many schema migrations opening this database applied (0: it was up to date). */
    public int migrationsApplied() {
        return migrations.applied();
    }

    /** The schema version the database is at, such as "1". */
    public String schemaVersion() {
        return migrations.version();
    }

    /** Closes every connection; an embedded database's WAL is written back into its file. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + location + "]";
    }

    private static Database open(Vendor vendor, String location, HikariConfig config, String secret) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " cannot be opened: " + reason(e, secret), e);
        }
        return new Database(vendor, location, pool);
    }

    private static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("smp-docs-store");
        config.setMinimumIdle(1);
        config.setConnectionTimeout(BUSY_TIMEOUT_MILLIS);
        // fail at once when the database cannot be reached, not at the first page
        config.setInitializationFailTimeout(1);
        return config;
    }

    private static void prepare(Path dataDir, Path file, String location) {
        try {
            if (!Files.isDirectory(dataDir)) {
                if (isPosix(dataDir.toAbsolutePath().getParent())) {
                    Files.createDirectories(dataDir,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dataDir);
                }
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                // created empty and owner-only before SQLite opens it: its WAL and shared-memory
                // files take the same permissions
                if (isPosix(dataDir)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } else if (!Files.isRegularFile(file)) {
                throw new SmpDocsException(ErrorCode.OUTPUT, location + " is not a regular file");
            }
        } catch (FileAlreadyExistsException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " cannot be created: "
                    + e.getFile() + " is in the way", e);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " cannot be created: " + reason(e), e);
        }
    }

    private static boolean isPosix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

    /** What the system said about a file, in its words where it said any. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e.getClass().getSimpleName();
            return f.getFile() == null ? why : f.getFile() + ": " + why;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    /** The innermost cause's message, with the password (should a driver repeat it) masked. */
    static String reason(Throwable e, String secret) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (secret != null && !secret.isEmpty()) {
            message = message.replace(secret, "***");
        }
        return message;
    }

    /** The kinds of database the front desk runs on. */
    public enum Vendor {
        /** The embedded file in the data directory. */
        SQLITE("sqlite"),
        /** A server, for a clinic group. */
        POSTGRESQL("postgresql");

        private final String migrations;

        Vendor(String migrations) {
            this.migrations = migrations;
        }

        /** The folder of this vendor's migrations, under {@code org/smpdocs/internal/store/migration}. */
        String migrations() {
            return migrations;
        }
    }
}
