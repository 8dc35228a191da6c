package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

class DatabaseTest {
    private static final List<String> TABLES = List.of("staff_account", "patient_case", "case_version",
            "case_name_word", "case_day", "case_draft", "access_event", "setting");

    @OnBothDatabases
    void anEmptyDatabaseIsMigratedToTheFirstVersionWithEveryTable(StoreUnderTest store) {
        Database db = store.database();
        assertEquals(1, db.migrationsApplied());
        assertEquals("1", db.schemaVersion());
        for (String table : TABLES) {
            assertEquals(0L, count(db, "SELECT COUNT(*) FROM " + table), table);
        }
        assertEquals(List.of("1"), db.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success = " + (store.vendor() == Database.Vendor.SQLITE ? "1" : "true")
                        + " ORDER BY installed_rank").mapTo(String.class).list()));
    }

    @OnBothDatabases
    void aReopenedDatabaseKeepsItsDataAndIsNotMigratedAgain(StoreUnderTest store) {
        StaffAccount kept = store.someone("kept", Role.AUDITOR);
        Database again = store.reopen();
        assertEquals(0, again.migrationsApplied());
        assertEquals("1", again.schemaVersion());
        assertEquals(kept, store.accounts().byUsername("kept").orElseThrow());
        assertEquals(1L, count(again, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'"));
    }

    @OnBothDatabases
    void aDatabaseMigratedByANewerVersionIsRefused(StoreUnderTest store) {
        Database db = store.database();
        db.jdbi().useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                + "type, script, checksum, installed_by, installed_on, execution_time, success) VALUES (2, '2', "
                + "'from the future', 'SQL', 'V2__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, "
                + (store.vendor() == Database.Vendor.SQLITE ? "1" : "true") + ")"));
        SmpDocsException e = assertThrows(SmpDocsException.class, store::reopen);
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertTrue(e.getMessage().endsWith(" was migrated by a newer smp-docs to schema version 2; this version knows "
                + "up to 1: use the newer smp-docs"), e.getMessage());
    }

    @Test
    void theEmbeddedFileIsWrittenAheadWithFullSynchronousWritesAndForeignKeys(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("clinic-data");
        try (Database db = Database.embedded(data)) {
            // what every pooled connection runs with
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("2", pragma(db, "synchronous"), "2 is FULL");
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MILLIS), pragma(db, "busy_timeout"));
        }
        // WAL is a property of the file: a plain connection finds it too
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void theDataDirectoryAndTheFileAreTheOwnersOnly(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
        Path data = dir.resolve("new").resolve("clinic-data");
        try (Database db = Database.embedded(data)) {
            new StaffAccounts(db).count();
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(data));
            Set<PosixFilePermission> file = Files.getPosixFilePermissions(data.resolve(Database.FILE_NAME));
            assertEquals(PosixFilePermissions.fromString("rw-------"), file);
            assertEquals(file, Files.getPosixFilePermissions(data.resolve(Database.FILE_NAME + "-wal")));
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedInTheError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "these are not the pages of an SQLite database".repeat(100));
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> Database.embedded(dir));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertTrue(e.getMessage().startsWith("SMP-OUTPUT: the database " + dir.resolve(Database.FILE_NAME) + " cannot be "),
                e.getMessage());
    }

    @Test
    void aDataDirectoryThatIsAFileIsNamedInTheError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "a file");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> Database.embedded(file));
        assertEquals("SMP-OUTPUT: the database " + file.resolve(Database.FILE_NAME) + " cannot be created: " + file
                + " is in the way", e.getMessage());
    }

    @Test
    @ExtendWith(SharedPostgres.class)
    void aRefusedPostgresLoginNamesTheServerButNeverThePasswordNorTheUrlsParameters(PostgresServer server)
            throws Exception {
        {
            String url = server.newDatabase();
            char[] wrong = "Tr0ub4dor&3-wrong".toCharArray();
            SmpDocsException e = assertThrows(SmpDocsException.class,
                    () -> Database.postgres(url + "?ApplicationName=front-desk", PostgresServer.USER, wrong));
            assertEquals(ErrorCode.OUTPUT, e.code());
            assertTrue(e.getMessage().startsWith("SMP-OUTPUT: the database " + url + " cannot be opened: "), e.getMessage());
            assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
            assertFalse(e.getMessage().contains("Tr0ub4dor"), e.getMessage());
            assertFalse(e.getMessage().contains("front-desk"), e.getMessage());
            // and the right one opens it
            try (Database db = Database.postgres(url, PostgresServer.USER, server.password())) {
                assertEquals(Database.Vendor.POSTGRESQL, db.vendor());
                assertEquals(1, db.migrationsApplied());
            }
        }
    }

    @Test
    void aUrlThatIsNotPostgresIsRefusedBeforeAnyConnection() {
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> Database.postgres("jdbc:mysql://db.example/clinic?password=secret", "smp", "secret".toCharArray()));
        assertEquals("SMP-OUTPUT: the database jdbc:mysql://db.example/clinic is not a PostgreSQL JDBC URL: expected "
                + "jdbc:postgresql://host[:port]/database", e.getMessage());
    }

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String pragma(Database db, String name) {
        return db.jdbi().withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }
}
