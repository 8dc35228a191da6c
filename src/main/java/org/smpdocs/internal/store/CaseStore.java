package org.smpdocs.internal.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/**
 * The cases, as versions of their canonical JSON (the case file format). Saving a case appends a
 * new version, numbered from 1; a version is never changed or deleted afterwards (the database's
 * triggers refuse it), so a document issued from one can always be traced to exactly what it was
 * made from; {@link #markIssued} notes that one was. Saving content identical to the latest version
 * adds nothing. Search and the day's list see each case's latest version: its names (folded, see
 * {@link SearchFolding}), patient id, case id, and the days of its consent and sessions.
 *
 * <p>Cases are validated by the caller (the engine's {@link SmpDocs#readCase}) before they are
 * saved; {@link #importCase} does both. Thread-safe.
 */
public final class CaseStore {
    /** The most words of a name search that count. */
    static final int MAX_SEARCH_WORDS = 6;
    private static final String VERSION_COLUMNS = "v.case_id, v.version, v.patient_id, v.sha256, v.saved_by, "
            + "s.username AS saved_by_username, v.saved_at, v.issued_at";
    private static final String VERSION_FROM = " FROM case_version v JOIN staff_account s ON s.id = v.saved_by ";
    private static final String SUMMARY_COLUMNS = "case_id, patient_id, given_name, family_name, latest_version, updated_at";
    /** A case's versions, newest first. */
    static final String HISTORY = "SELECT " + VERSION_COLUMNS + VERSION_FROM + "WHERE v.case_id = :caseId "
            + "ORDER BY v.version DESC";
    /** The cases with an appointment on a day, by name. */
    static final String ON_DAY = "SELECT " + SUMMARY_COLUMNS + " FROM patient_case WHERE case_id IN "
            + "(SELECT case_id FROM case_day WHERE appointment_day = :day) ORDER BY sort_key, case_id";

    private final Jdbi jdbi;
    private final Clock clock;
    private final String lockForUpdate;

    /** On the system clock. */
    public CaseStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public CaseStore(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
        // PostgreSQL locks the case's row until the version is written; SQLite's write
        // transactions are serial already (IMMEDIATE)
        this.lockForUpdate = database.vendor() == Database.Vendor.POSTGRESQL ? " FOR UPDATE" : "";
    }

    /**
     * Saves {@code c} (already validated) as the case's next version, by the staff account
     * {@code savedBy}. When its JSON is the latest version's, nothing is added and that version is
     * returned.
     */
    public CaseVersion save(PatientCase c, long savedBy) {
        return save(c, savedBy, OptionalInt.empty());
    }

    /**
     * Saves {@code c} as the next version only if the latest is still {@code basedOn} (0: the case
     * must be new), so that two desks editing the same case do not overwrite each other unseen.
     *
     * @throws InvalidInputException ({@code case-changed}) when another version was saved meanwhile
     *         or, for {@code basedOn} 0, the case id is taken
     */
    public CaseVersion save(PatientCase c, long savedBy, int basedOn) {
        if (basedOn < 0) {
            throw new IllegalArgumentException("versions count from 1; 0 for a new case");
        }
        return save(c, savedBy, OptionalInt.of(basedOn));
    }

    /**
     * Reads a case file's bytes with the engine's validation and saves it as the case's next
     * version: the import of a case file.
     *
     * @throws InvalidInputException with every problem of the file; nothing is saved
     */
    public CaseVersion importCase(SmpDocs engine, String name, byte[] json, long savedBy) {
        return save(engine.readCase(name, json), savedBy);
    }

    /** The latest version of a case, with its JSON. */
    public Optional<StoredCase> latest(String caseId) {
        return jdbi.withHandle(h -> stored(h, caseId,
                "v.version = (SELECT latest_version FROM patient_case WHERE case_id = :caseId)", null));
    }

    /** One version of a case, with its JSON. */
    public Optional<StoredCase> version(String caseId, int version) {
        return jdbi.withHandle(h -> stored(h, caseId, "v.version = :version", version));
    }

    /** Every version of a case, newest first (empty for a case never saved). */
    public List<CaseVersion> history(String caseId) {
        return jdbi.withHandle(h -> h.createQuery(HISTORY).bind("caseId", caseId).map(CaseStore::versionRow).list());
    }

    /**
     * Notes that a document was issued from this version (the first time counts; later calls keep
     * it). From then on the version is read-only in every respect.
     *
     * @return the version as now stored; empty when there is no such version
     */
    public Optional<CaseVersion> markIssued(String caseId, int version) {
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE case_version SET issued_at = :now WHERE case_id = :caseId AND version = :version "
                    + "AND issued_at IS NULL")
                    .bind("now", Columns.timestamp(now)).bind("caseId", caseId).bind("version", version).execute();
            return h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM + "WHERE v.case_id = :caseId "
                    + "AND v.version = :version").bind("caseId", caseId).bind("version", version)
                    .map(CaseStore::versionRow).findOne();
        });
    }

    /**
     * The cases whose latest version matches {@code query}, by family then given name, at most
     * {@code limit}: every word of the query (folded) begins a word of the given or family name,
     * or the query begins the patient id or the case id (ignoring case).
     */
    public List<CaseSummary> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<String> words = SearchFolding.words(query == null ? "" : query);
        words = words.subList(0, Math.min(words.size(), MAX_SEARCH_WORDS));
        String id = SearchFolding.id(query == null ? "" : query);
        if (words.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        String sql = searchSql(words.size(), !id.isEmpty());
        List<String> prefixes = words;
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("limit", limit);
            for (int i = 0; i < prefixes.size(); i++) {
                q.bind("w" + i, prefixes.get(i)).bind("w" + i + "end", prefixes.get(i) + SearchFolding.AFTER_ALL);
            }
            if (!id.isEmpty()) {
                q.bind("id", id).bind("idend", id + SearchFolding.AFTER_ALL);
            }
            return q.map(CaseStore::summaryRow).list();
        });
    }

    /** The cases whose latest version has the consent or a session on {@code day}, by name. */
    public List<CaseSummary> onDay(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery(ON_DAY).bind("day", day.toString()).map(CaseStore::summaryRow).list());
    }

    /**
     * A search for {@code words} name prefixes ({@code :w0}, {@code :w0end}, ...) and, if
     * {@code byId}, an id prefix ({@code :id}, {@code :idend}); every part a range over an index.
     */
    static String searchSql(int words, boolean byId) {
        List<String> selects = new ArrayList<>();
        if (words > 0) {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                each.add("SELECT case_id FROM case_name_word WHERE word >= :w" + i + " AND word < :w" + i + "end");
            }
            // first, so that both databases read A INTERSECT B UNION C as (A INTERSECT B) UNION C
            selects.add(String.join(" INTERSECT ", each));
        }
        if (byId) {
            selects.add("SELECT case_id FROM patient_case WHERE patient_key >= :id AND patient_key < :idend");
            selects.add("SELECT case_id FROM patient_case WHERE case_key >= :id AND case_key < :idend");
        }
        return "SELECT " + SUMMARY_COLUMNS + " FROM patient_case WHERE case_id IN (" + String.join(" UNION ", selects)
                + ") ORDER BY sort_key, case_id LIMIT :limit";
    }

    private CaseVersion save(PatientCase c, long savedBy, OptionalInt basedOn) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(c.patient(), "the case's patient");
        String caseId = c.id();
        String given = c.patient().givenName();
        String family = c.patient().familyName();
        byte[] bytes = CaseSnapshot.json(c);
        String json = new String(bytes, StandardCharsets.UTF_8);
        String sha256 = Digests.sha256Hex(bytes);
        Instant now = Columns.now(clock);
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO patient_case (case_id, case_key, patient_id, patient_key, given_name, "
                    + "family_name, sort_key, latest_version, updated_at) VALUES (:caseId, :caseKey, :patientId, "
                    + ":patientKey, :given, :family, :sortKey, 0, :now) ON CONFLICT (case_id) DO NOTHING")
                    .bind("caseId", caseId).bind("caseKey", SearchFolding.id(caseId))
                    .bind("patientId", c.patient().id()).bind("patientKey", SearchFolding.id(c.patient().id()))
                    .bind("given", given).bind("family", family).bind("sortKey", SearchFolding.sortKey(given, family))
                    .bind("now", Columns.timestamp(now)).execute();
            int latest = h.createQuery("SELECT latest_version FROM patient_case WHERE case_id = :caseId" + lockForUpdate)
                    .bind("caseId", caseId).mapTo(Integer.class).one();
            if (basedOn.isPresent() && basedOn.getAsInt() != latest) {
                throw changed(caseId, basedOn.getAsInt(), latest);
            }
            if (latest > 0) {
                CaseVersion last = h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                        + "WHERE v.case_id = :caseId AND v.version = :version")
                        .bind("caseId", caseId).bind("version", latest).map(CaseStore::versionRow).one();
                if (last.sha256().equals(sha256)) {
                    return last;
                }
            }
            int next = latest + 1;
            h.createUpdate("INSERT INTO case_version (case_id, version, patient_id, content, sha256, saved_by, saved_at) "
                    + "VALUES (:caseId, :version, :patientId, :content, :sha256, :savedBy, :now)")
                    .bind("caseId", caseId).bind("version", next).bind("patientId", c.patient().id())
                    .bind("content", json).bind("sha256", sha256).bind("savedBy", savedBy)
                    .bind("now", Columns.timestamp(now)).execute();
            h.createUpdate("UPDATE patient_case SET patient_id = :patientId, patient_key = :patientKey, given_name = :given, "
                    + "family_name = :family, sort_key = :sortKey, latest_version = :version, updated_at = :now "
                    + "WHERE case_id = :caseId")
                    .bind("patientId", c.patient().id()).bind("patientKey", SearchFolding.id(c.patient().id()))
                    .bind("given", given).bind("family", family).bind("sortKey", SearchFolding.sortKey(given, family))
                    .bind("version", next).bind("now", Columns.timestamp(now)).bind("caseId", caseId).execute();
            index(h, c);
            return h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                    + "WHERE v.case_id = :caseId AND v.version = :version")
                    .bind("caseId", caseId).bind("version", next).map(CaseStore::versionRow).one();
        });
    }

    /** The latest version's search words and days, in place of the previous version's. */
    private static void index(Handle h, PatientCase c) {
        String caseId = c.id();
        h.createUpdate("DELETE FROM case_name_word WHERE case_id = :caseId").bind("caseId", caseId).execute();
        h.createUpdate("DELETE FROM case_day WHERE case_id = :caseId").bind("caseId", caseId).execute();
        PreparedBatch words = h.prepareBatch("INSERT INTO case_name_word (word, case_id) VALUES (:word, :caseId)");
        for (String word : SearchFolding.nameWords(c.patient().givenName(), c.patient().familyName())) {
            words.bind("word", word).bind("caseId", caseId).add();
        }
        if (words.size() > 0) {
            words.execute();
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        if (c.consent() != null && c.consent().date() != null) {
            days.add(c.consent().date());
        }
        for (TreatmentSession s : c.sessions()) {
            if (s != null && s.date() != null) {
                days.add(s.date());
            }
        }
        PreparedBatch dayRows = h.prepareBatch("INSERT INTO case_day (appointment_day, case_id) VALUES (:day, :caseId)");
        for (LocalDate day : days) {
            dayRows.bind("day", day.toString()).bind("caseId", caseId).add();
        }
        if (dayRows.size() > 0) {
            dayRows.execute();
        }
    }

    private static Optional<StoredCase> stored(Handle h, String caseId, String condition, Integer version) {
        Query q = h.createQuery("SELECT " + VERSION_COLUMNS + ", v.content" + VERSION_FROM + "WHERE v.case_id = :caseId AND "
                + condition).bind("caseId", caseId);
        if (version != null) {
            q.bind("version", version.intValue());
        }
        return q.map((rs, ctx) -> new StoredCase(versionRow(rs, ctx), rs.getString("content"))).findOne();
    }

    private static CaseVersion versionRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CaseVersion(rs.getString("case_id"), rs.getInt("version"), rs.getString("patient_id"),
                rs.getString("sha256"), rs.getLong("saved_by"), rs.getString("saved_by_username"),
                Columns.instant(rs, "saved_at"), Columns.instant(rs, "issued_at"));
    }

    private static CaseSummary summaryRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CaseSummary(rs.getString("case_id"), rs.getString("patient_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getInt("latest_version"), Columns.instant(rs, "updated_at"));
    }

    private static InvalidInputException changed(String caseId, int basedOn, int latest) {
        String expected = latest == 0 ? "version " + basedOn + " of a saved case, but case " + caseId + " was never saved"
                : basedOn == 0 ? "a case id no other case has: " + caseId + " is saved already (version " + latest + ")"
                : "the latest version, " + latest + ", which was saved after version " + basedOn
                        + " was opened: open the case again and make the changes there";
        return new InvalidInputException("case " + caseId, List.of(new Problem("", "case-changed", expected)));
    }
}
