package org.smpdocs.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One test's database, new and empty, on SQLite or PostgreSQL; opened at the first
 * {@link #database()}, reopened by {@link #reopen()}, closed (and an SQLite directory removed)
 * after the test. Its {@link #clock} starts at a fixed time and moves only when told.
 */
final class StoreUnderTest implements AutoCloseable {
    /** Where a test's database lives and how to open it. */
    record Location(Database.Vendor vendor, Supplier<Database> opener, Path tempDir) {
    }

    final TestClock clock = new TestClock(Instant.parse("2026-11-24T09:30:00.123Z"));
    private final Location location;
    private Database database;

    StoreUnderTest(Location location) {
        this.location = location;
    }

    Database.Vendor vendor() {
        return location.vendor();
    }

    /** The SQLite data directory (null on PostgreSQL). */
    Path dataDir() {
        return location.tempDir() == null ? null : location.tempDir().resolve("data");
    }

    Database database() {
        if (database == null) {
            database = location.opener().get();
        }
        return database;
    }

    /** Closes the database and opens it again, as a restart of the application does. */
    Database reopen() {
        if (database != null) {
            database.close();
            database = null;
        }
        return database();
    }

    StaffAccounts accounts() {
        return new StaffAccounts(database(), clock, StaffAccounts.Lockout.DEFAULT);
    }

    /** A staff account to save things as. */
    StaffAccount someone(String username, Role role) {
        return accounts().create(username, "Test " + username, role, "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$"
                + "AAAAAAAAAAAAAAAAAAAAAA", false);
    }

    @Override
    public void close() throws IOException {
        if (database != null) {
            database.close();
        }
        if (location.tempDir() != null) {
            try (Stream<Path> all = Files.walk(location.tempDir())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A clock that stands still until moved. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
