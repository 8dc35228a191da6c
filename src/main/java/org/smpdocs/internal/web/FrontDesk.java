package org.smpdocs.internal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsBuilder;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.store.AccessLog;
import org.smpdocs.internal.store.CaseDrafts;
import org.smpdocs.internal.store.CaseStore;
import org.smpdocs.internal.store.Database;
import org.smpdocs.internal.store.PasswordHashes;
import org.smpdocs.internal.store.Setting;
import org.smpdocs.internal.store.Settings;
import org.smpdocs.internal.store.StaffAccounts;

/**
 * What every request of the front desk shares: the database and its stores, the records archive,
 * the engine (built once, and again only when an administrator changes the clinic profile or the
 * template directory), the staff sessions and the clock. The data directory holds the SQLite
 * database (unless PostgreSQL is used), {@code clinic/clinic.json} with its logo, and the records
 * archive {@code records/}.
 */
final class FrontDesk implements AutoCloseable {
    static final String CLINIC_DIRECTORY = "clinic";
    static final String CLINIC_PROFILE = "clinic.json";
    static final String RECORDS = "records";

    private final Path dataDir;
    private final Database database;
    private final Clock clock;
    private final StaffAccounts accounts;
    private final CaseStore cases;
    private final CaseDrafts drafts;
    private final AccessLog accessLog;
    private final Settings settings;
    private final PasswordHashes hashes;
    private final StaffSessions sessions;
    private final LoginThrottle throttle;
    private final Archive archive;
    private final AtomicReference<SmpDocs> engine = new AtomicReference<>();
    private final Sealer seal;

    FrontDesk(Path dataDir, Database database, Clock clock, PasswordHashes hashes, Duration idle) {
        this(dataDir, database, clock, hashes, idle, null);
    }

    /** {@code seal}: the clinic's seal for documents signed on a tablet, or null when none was given. */
    FrontDesk(Path dataDir, Database database, Clock clock, PasswordHashes hashes, Duration idle, Sealer seal) {
        this.seal = seal;
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.accounts = new StaffAccounts(database, clock, StaffAccounts.Lockout.DEFAULT);
        this.cases = new CaseStore(database, clock);
        this.drafts = new CaseDrafts(database, clock);
        this.accessLog = new AccessLog(database, clock);
        this.settings = new Settings(database, clock);
        this.sessions = new StaffSessions(clock, idle);
        this.throttle = new LoginThrottle(clock);
        this.archive = new Archive(dataDir.resolve(RECORDS));
        archive.checkAppendable();
        try {
            reloadEngine();
        } catch (IllegalStateException e) {
            // a template folder removed since it was set must not keep the front desk from starting
            Logger.getLogger("org.smpdocs.web").warning("the template directory set is missing: the built-in "
                    + "templates are used until an administrator sets the directory again");
            engine.set(SmpDocs.builder().clinicProfile(clinicProfile()).clock(clock).build());
        }
    }

    Path dataDir() {
        return dataDir;
    }

    /** The clinic profile the engine is built from. */
    Path clinicProfile() {
        return dataDir.resolve(CLINIC_DIRECTORY).resolve(CLINIC_PROFILE);
    }

    Database database() {
        return database;
    }

    Clock clock() {
        return clock;
    }

    StaffAccounts accounts() {
        return accounts;
    }

    CaseStore cases() {
        return cases;
    }

    CaseDrafts drafts() {
        return drafts;
    }

    AccessLog accessLog() {
        return accessLog;
    }

    Settings settings() {
        return settings;
    }

    PasswordHashes hashes() {
        return hashes;
    }

    StaffSessions sessions() {
        return sessions;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    Archive archive() {
        return archive;
    }

    /** The engine every request uses. */
    SmpDocs engine() {
        return engine.get();
    }

    /**
     * Builds the engine again from the clinic profile and the template directory now set; the
     * engine in use stays when the new one cannot be built (the exception says why).
     */
    void reloadEngine() {
        Path templates = settings.get(Setting.TEMPLATE_DIRECTORY).map(Path::of).orElse(null);
        if (templates != null && !Files.isDirectory(templates)) {
            throw new IllegalStateException("the template directory set is not a directory: " + templates);
        }
        engine.set(SmpDocs.builder().clinicProfile(clinicProfile()).templateDirectory(templates).clock(clock).build());
    }

    /** The clinic's seal, when {@code serve} was given one: documents are signed on a tablet only then. */
    Optional<Sealer> seal() {
        return Optional.ofNullable(seal);
    }

    /**
     * A builder of an engine as the front desk's documents are issued now (its clinic profile and
     * template directory): what regenerates an issued record before it is signed.
     */
    SmpDocsBuilder asIssued() {
        Path templates = settings.get(Setting.TEMPLATE_DIRECTORY).map(Path::of).orElse(null);
        return SmpDocs.builder().clinicProfile(clinicProfile()).templateDirectory(templates);
    }

    @Override
    public void close() {
        database.close();
    }
}
