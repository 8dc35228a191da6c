package org.smpdocs.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.smpdocs.internal.store.PasswordHashes;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * A front desk started for one test class or test: a new data directory with the sample clinic
 * profile, SQLite, a port of its own, a {@link MovableClock} (at 09:00 UTC on 9 November 2026, the
 * day of a sample session) and cheap password hashes. {@link #staff} makes an account and logs it
 * in through the login page.
 */
final class FrontDeskUnderTest implements AutoCloseable {
    /** The password of every account {@link #staff} makes. */
    static final String PASSWORD = "correct horse battery staple";
    static final Path SAMPLE_CLINIC = Path.of("samples/clinic.json");

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-09T09:00:00Z"));
    final Path dataDir;
    private final Path tempDir;
    private final FrontDeskServer server;

    FrontDeskUnderTest() {
        this(Duration.ofMinutes(15));
    }

    FrontDeskUnderTest(Duration sessionIdle) {
        this(sessionIdle, null);
    }

    private FrontDeskUnderTest(Duration sessionIdle, org.smpdocs.internal.seal.Sealer seal) {
        try {
            tempDir = Files.createTempDirectory("front-desk-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataDir = tempDir.resolve("data");
        server = FrontDeskServer.start(new FrontDeskServer.Options(dataDir, null, null, null, "127.0.0.1", 0,
                null, null, SAMPLE_CLINIC, sessionIdle, seal), clock, new PasswordHashes(64, 1, 1));
    }

    /** {@code http://127.0.0.1:<port>} without the closing slash. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    FrontDeskServer server() {
        return server;
    }

    FrontDesk desk() {
        return server.desk();
    }

    /** The first administrator's one-time password, shown at the start. */
    String initialPassword() {
        return server.initialAdministratorPassword().orElseThrow();
    }

    /** A new account with {@code role} and {@link #PASSWORD}. */
    StaffAccount account(String username, Role role) {
        FrontDesk desk = desk();
        return desk.accounts().create(username, "Test " + username, role,
                desk.hashes().hash(PASSWORD.toCharArray()), false);
    }

    /** A new account with {@code role}, logged in: a client with its session cookie. */
    WebClient staff(String username, Role role) {
        account(username, role);
        WebClient client = new WebClient(base());
        client.logIn(username, PASSWORD);
        return client;
    }

    /** A client that has not logged in. */
    WebClient anonymous() {
        return new WebClient(base());
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            try (Stream<Path> files = Files.walk(tempDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The sample clinic seal (samples/seal: a test certificate, password "sample-only"). */
    static final Path SAMPLE_SEAL = Path.of("samples/seal/clinic-seal.p12");

    /** A front desk started with the clinic's seal ({@code serve --seal-keystore}): documents are signed on a tablet. */
    FrontDeskUnderTest(org.smpdocs.internal.seal.Sealer seal) {
        this(Duration.ofMinutes(15), seal);
    }

    /** The sample clinic seal as {@code serve} loads it. */
    static org.smpdocs.internal.seal.Sealer sampleSeal() {
        return org.smpdocs.internal.seal.Sealer.of(org.smpdocs.internal.seal.SealKey.load(SAMPLE_SEAL,
                "sample-only".toCharArray()));
    }
}
