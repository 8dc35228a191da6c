-- The front desk's database, first version (SQLite). The same tables as postgresql/V1: times are
-- UTC milliseconds since 1970 (INTEGER), booleans 0/1, calendar days 'YYYY-MM-DD' text; the
-- *_key and word columns hold folded text (see CaseSearch) compared byte by byte.

CREATE TABLE staff_account (
    id                   INTEGER PRIMARY KEY,
    username             TEXT    NOT NULL,
    username_key         TEXT    NOT NULL,
    display_name         TEXT    NOT NULL,
    role                 TEXT    NOT NULL,
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    last_login_at        INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE UNIQUE INDEX staff_account_username_key ON staff_account (username_key);

-- one row per case: what lists and searches show, from its latest version
CREATE TABLE patient_case (
    case_id        TEXT    NOT NULL PRIMARY KEY,
    case_key       TEXT    NOT NULL,
    patient_id     TEXT    NOT NULL,
    patient_key    TEXT    NOT NULL,
    given_name     TEXT    NOT NULL,
    family_name    TEXT    NOT NULL,
    sort_key       TEXT    NOT NULL,
    latest_version INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX patient_case_by_case_key ON patient_case (case_key);
CREATE INDEX patient_case_by_patient_key ON patient_case (patient_key);
CREATE INDEX patient_case_by_sort_key ON patient_case (sort_key, case_id);

-- every saved version of a case, as its canonical JSON; never changed, never deleted
CREATE TABLE case_version (
    case_id    TEXT    NOT NULL REFERENCES patient_case (case_id),
    version    INTEGER NOT NULL,
    patient_id TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    saved_by   INTEGER NOT NULL REFERENCES staff_account (id),
    saved_at   INTEGER NOT NULL,
    issued_at  INTEGER,
    PRIMARY KEY (case_id, version)
);
CREATE INDEX case_version_by_saved_by ON case_version (saved_by);

CREATE TRIGGER case_version_never_changes BEFORE UPDATE ON case_version
WHEN NEW.case_id IS NOT OLD.case_id OR NEW.version IS NOT OLD.version
    OR NEW.patient_id IS NOT OLD.patient_id OR NEW.content IS NOT OLD.content
    OR NEW.sha256 IS NOT OLD.sha256 OR NEW.saved_by IS NOT OLD.saved_by
    OR NEW.saved_at IS NOT OLD.saved_at
    OR (OLD.issued_at IS NOT NULL AND NEW.issued_at IS NOT OLD.issued_at)
BEGIN
    SELECT RAISE(ABORT, 'a saved case version never changes');
END;
CREATE TRIGGER case_version_never_deleted BEFORE DELETE ON case_version
BEGIN
    SELECT RAISE(ABORT, 'a saved case version is never deleted');
END;

-- the folded words of the latest version's names, for search by prefix
CREATE TABLE case_name_word (
    word    TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES patient_case (case_id),
    PRIMARY KEY (word, case_id)
);
CREATE INDEX case_name_word_by_case ON case_name_word (case_id);

-- the days of the latest version's consent and sessions, for the day's list
CREATE TABLE case_day (
    appointment_day TEXT NOT NULL,
    case_id         TEXT NOT NULL REFERENCES patient_case (case_id),
    PRIMARY KEY (appointment_day, case_id)
);
CREATE INDEX case_day_by_case ON case_day (case_id);

-- work in progress, per staff member: any text, not validated
CREATE TABLE case_draft (
    staff_id  INTEGER NOT NULL REFERENCES staff_account (id),
    draft_key TEXT    NOT NULL,
    content   TEXT    NOT NULL,
    saved_at  INTEGER NOT NULL,
    PRIMARY KEY (staff_id, draft_key)
);

-- who did what to which case: ids and actions only; appended, never changed
CREATE TABLE access_event (
    id          INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    account_id  INTEGER REFERENCES staff_account (id),
    username    TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    case_id     TEXT
);
CREATE INDEX access_event_by_time ON access_event (occurred_at, id);
CREATE INDEX access_event_by_case ON access_event (case_id, occurred_at);

CREATE TRIGGER access_event_never_changes BEFORE UPDATE ON access_event
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
CREATE TRIGGER access_event_never_deleted BEFORE DELETE ON access_event
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TABLE setting (
    name       TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_by INTEGER REFERENCES staff_account (id),
    updated_at INTEGER NOT NULL
);
