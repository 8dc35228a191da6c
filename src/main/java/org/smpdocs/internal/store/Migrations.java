package org.smpdocs.internal.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/**
 * Brings a database's schema to this version with Flyway, from the vendor's folder of versioned
 * SQL scripts ({@code org/smpdocs/internal/store/migration/sqlite|postgresql/V<n>__<what>.sql}).
 * A database that a newer smp-docs has migrated further is refused rather than used: this version
 * would not know what its tables mean.
 */
final class Migrations {
    private static final String LOCATION = "classpath:org/smpdocs/internal/store/migration/";

    private Migrations() {
    }

    /** What a run did: how many migrations it applied and the version the schema is at. */
    record Outcome(int applied, String version) {
    }

    static Outcome run(DataSource dataSource, Database.Vendor vendor, String location) {
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION + vendor.migrations())
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load();
            refuseNewer(flyway.info(), location);
            int applied = flyway.migrate().migrationsExecuted;
            MigrationInfo current = flyway.info().current();
            return new Outcome(applied, current == null ? "0" : current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " cannot be migrated to this version's schema: "
                    + Database.reason(e, null), e);
        }
    }

    private static void refuseNewer(MigrationInfoService info, String location) {
        String known = "0";
        String newest = null;
        for (MigrationInfo m : info.all()) {
            if (m.getVersion() == null) {
                continue;
            }
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m.getVersion().getVersion();
            } else {
                known = m.getVersion().getVersion();
            }
        }
        if (newest != null) {
            throw new SmpDocsException(ErrorCode.OUTPUT, location + " was migrated by a newer smp-docs to schema version "
                    + newest + "; this version knows up to " + known + ": use the newer smp-docs");
        }
    }
}
