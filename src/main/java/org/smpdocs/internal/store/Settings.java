package org.smpdocs.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

/** The administrator's {@link Setting settings}, with who changed each last. Thread-safe. */
public final class Settings {
    private final Jdbi jdbi;
    private final Clock clock;

    /** On the system clock. */
    public Settings(Database database) {
        this(database, Clock.systemUTC());
    }

    public Settings(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> get(Setting setting) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM setting WHERE name = :name")
                .bind("name", setting.key()).mapTo(String.class).findOne());
    }

    /**
     * Sets a value, by the staff account {@code changedBy}.
     *
     * @throws InvalidInputException when the value does not suit the setting (a port that is not a
     *         number, say); the problem's path is the setting's key
     */
    public void put(Setting setting, String value, long changedBy) {
        Objects.requireNonNull(value, "value");
        String problem = setting.problem(value);
        if (problem != null) {
            throw new InvalidInputException("settings", List.of(new Problem(setting.key(), "setting-value", problem)));
        }
        Instant now = Columns.now(clock);
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO setting (name, value, updated_by, updated_at) VALUES "
                + "(:name, :value, :by, :now) ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .bind("name", setting.key()).bind("value", value).bind("by", changedBy)
                .bind("now", Columns.timestamp(now)).execute());
    }

    /** Removes a setting (back to its default); whether it was set. */
    public boolean remove(Setting setting) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM setting WHERE name = :name")
                .bind("name", setting.key()).execute() > 0);
    }

    /** Every setting that has a value; keys this version does not know are left out. */
    public Map<Setting, String> all() {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        jdbi.useHandle(h -> h.createQuery("SELECT name, value FROM setting").map((rs, ctx) -> Map.entry(
                rs.getString("name"), rs.getString("value"))).forEach(e -> {
                    for (Setting s : Setting.values()) {
                        if (s.key().equals(e.getKey())) {
                            all.put(s, e.getValue());
                        }
                    }
                }));
        return Collections.unmodifiableMap(all);
    }
}
