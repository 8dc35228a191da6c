package org.smpdocs.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals, which come before it starts listening. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAddressOtherThanThisComputerNeedsHttps() {
        CliRun run = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--clinic", "samples/clinic.json",
                "--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("only over HTTPS"), run.err());
        assertTrue(run.err().contains("--tls-keystore"), run.err());
        assertFalse(Files.exists(dir.resolve("data").resolve("smp-docs.db")), "nothing is created");
    }

    @Test
    void theFirstStartNeedsAClinicProfile() {
        CliRun run = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--port", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--clinic FILE"), run.err());
    }

    @Test
    void aKeyStoreNeedsItsPassword() {
        CliRun run = CliRun.of("serve", "--data", dir.toString(), "--tls-keystore", "x.p12");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--tls-password-env or --tls-password-file"), run.err());
    }

    @Test
    void onlyPostgresqlIsAnotherDatabase() {
        CliRun run = CliRun.of("serve", "--data", dir.toString(), "--db", "jdbc:mysql://db/x");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("jdbc:postgresql://"), run.err());
    }

    @Test
    void theSealNeedsItsPassword() {
        CliRun none = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--clinic", "samples/clinic.json",
                "--port", "0", "--seal-keystore", "samples/seal/clinic-seal.p12");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--seal-password-env VAR or --seal-password-file FILE"), none.err());
        assertFalse(Files.exists(dir.resolve("data").resolve("smp-docs.db")), "nothing is created");
    }
}
