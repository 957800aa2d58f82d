#include "store/schema.h"

#include <array>
#include <chrono>
#include <string>
#include <thread>

#include "frontdesk/store/checkin.h"
#include "frontdesk/store/store.h"

namespace frontdesk {
namespace {

constexpr std::int64_t kApplicationId = 0x46444b31;  // "FDK1"

// Migration N takes the schema from version N to N+1. Never edit a shipped one; add another.
constexpr std::array<const char*, Store::kSchemaVersion> kMigrations{
    R"sql(
CREATE TABLE patient (
    id            INTEGER PRIMARY KEY,
    mrn           TEXT NOT NULL UNIQUE,
    family_name   TEXT NOT NULL,
    given_name    TEXT NOT NULL,
    birth_date    TEXT NOT NULL,
    phone_digits  TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT 'en',
    guarantor_id  INTEGER REFERENCES patient(id),
    family_id     INTEGER
);
CREATE INDEX patient_family ON patient(family_id);
CREATE INDEX patient_phone ON patient(phone_digits);
CREATE INDEX patient_birth ON patient(birth_date);

CREATE TABLE patient_summary (
    patient_id            INTEGER PRIMARY KEY REFERENCES patient(id),
    balance_cents         INTEGER NOT NULL DEFAULT 0,
    pending_cents         INTEGER NOT NULL DEFAULT 0,
    written_off_cents     INTEGER NOT NULL DEFAULT 0,
    oldest_open_on        TEXT,
    open_lots             TEXT NOT NULL DEFAULT '',
    reminder_count        INTEGER NOT NULL DEFAULT 0,
    last_reminder_on      TEXT,
    last_reminder_channel TEXT,
    last_reminder_outcome TEXT
);
CREATE INDEX summary_open ON patient_summary(patient_id)
    WHERE balance_cents <> 0 OR pending_cents <> 0 OR written_off_cents <> 0;

CREATE TABLE appointment (
    id            INTEGER PRIMARY KEY,
    source_id     TEXT NOT NULL UNIQUE,
    patient_id    INTEGER NOT NULL REFERENCES patient(id),
    start         TEXT NOT NULL,
    duration_min  INTEGER NOT NULL,
    provider      TEXT NOT NULL,
    location      TEXT NOT NULL,
    status        TEXT NOT NULL
);
CREATE INDEX appointment_start ON appointment(start);
CREATE INDEX appointment_code ON appointment(source_id COLLATE NOCASE);
CREATE INDEX appointment_patient ON appointment(patient_id, start);

CREATE TABLE ledger_entry (
    id               INTEGER PRIMARY KEY,
    source_id        TEXT NOT NULL UNIQUE,
    patient_id       INTEGER NOT NULL REFERENCES patient(id),
    posted_on        TEXT NOT NULL,
    kind             TEXT NOT NULL,
    amount_cents     INTEGER NOT NULL,
    patient_cents    INTEGER NOT NULL,
    insurance_cents  INTEGER NOT NULL,
    memo             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_patient ON ledger_entry(patient_id, posted_on, id);
CREATE INDEX ledger_kind_day ON ledger_entry(kind, posted_on);

CREATE TABLE reminder (
    id           INTEGER PRIMARY KEY,
    patient_id   INTEGER NOT NULL REFERENCES patient(id),
    on_date      TEXT NOT NULL,
    channel      TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX reminder_patient ON reminder(patient_id, on_date);
CREATE INDEX reminder_day ON reminder(on_date);

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    channel     TEXT NOT NULL,
    patient_id  INTEGER,
    action      TEXT NOT NULL
);
CREATE INDEX audit_patient ON audit(patient_id, at);
)sql",
    // 2: the EHR's own patient ids, learned from CDS Hooks calls
    R"sql(
CREATE TABLE ehr_patient (
    ehr_patient_id  TEXT PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patient(id)
);
)sql",
    // 3: the FHIR sync: high-water marks, the EHR's accounts and appointments, and the
    // outbox of check-ins to tell the EHR about
    R"sql(
CREATE TABLE sync_state (
    resource_type  TEXT PRIMARY KEY,
    high_water     TEXT NOT NULL DEFAULT '',
    window_end     TEXT,
    synced_at      TEXT
);

CREATE TABLE ehr_account (
    account_id     TEXT PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES patient(id),
    balance_cents  INTEGER,
    calculated_at  TEXT
);
CREATE INDEX ehr_account_patient ON ehr_account(patient_id);

CREATE TABLE ehr_appointment (
    appointment_id  INTEGER PRIMARY KEY REFERENCES appointment(id),
    ehr_id          TEXT NOT NULL UNIQUE,
    etag            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE checkin_outbox (
    id              INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    status          TEXT NOT NULL,
    queued_at       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         TEXT
);
CREATE INDEX checkin_outbox_pending ON checkin_outbox(id) WHERE sent_at IS NULL;

-- A check-in at the kiosk or the desk is queued in the same transaction as the status change,
-- for appointments that came from the EHR; frontdesk sync sends it.
CREATE TRIGGER checkin_outbox_fill AFTER UPDATE OF status ON appointment
WHEN NEW.status IN ('arrived', 'checked-in') AND OLD.status <> NEW.status
     AND EXISTS (SELECT 1 FROM ehr_appointment WHERE appointment_id = NEW.id)
BEGIN
    INSERT INTO checkin_outbox (appointment_id, status, queued_at)
    VALUES (NEW.id, NEW.status, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
)sql",
    // 4: name keys for the desk's search (prefix, case and accent insensitive), kept by
    // triggers so that every writer keeps them; fold_name is registered on each connection.
    R"sql(
ALTER TABLE patient ADD COLUMN family_key TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN given_key TEXT NOT NULL DEFAULT '';
UPDATE patient SET family_key = fold_name(family_name), given_key = fold_name(given_name);
CREATE INDEX patient_family_key ON patient(family_key);
CREATE INDEX patient_given_key ON patient(given_key);
CREATE TRIGGER patient_keys_on_insert AFTER INSERT ON patient
BEGIN
    UPDATE patient SET family_key = fold_name(NEW.family_name),
                       given_key = fold_name(NEW.given_name) WHERE id = NEW.id;
END;
CREATE TRIGGER patient_keys_on_rename AFTER UPDATE OF family_name, given_name ON patient
BEGIN
    UPDATE patient SET family_key = fold_name(NEW.family_name),
                       given_key = fold_name(NEW.given_name) WHERE id = NEW.id;
END;
)sql",
    // 5: what a prompt reads, each in one row: the family's balance in family_balance (kept by
    // triggers on every summary and family change), and the balance reminders in the summary
    // (written with each reminder), so that a lookup seeks no index but the MRN's.
    R"sql(
CREATE TABLE family_balance (
    family_id      INTEGER PRIMARY KEY,
    balance_cents  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO family_balance (family_id, balance_cents)
    SELECT COALESCE(p.family_id, p.id), SUM(COALESCE(s.balance_cents, 0))
    FROM patient p LEFT JOIN patient_summary s ON s.patient_id = p.id GROUP BY 1;
CREATE TRIGGER family_balance_on_new_summary AFTER INSERT ON patient_summary
BEGIN
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(family_id, id), NEW.balance_cents FROM patient WHERE id = NEW.patient_id
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = balance_cents + excluded.balance_cents;
END;
CREATE TRIGGER family_balance_on_balance AFTER UPDATE OF balance_cents ON patient_summary
WHEN NEW.balance_cents <> OLD.balance_cents
BEGIN
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(family_id, id), NEW.balance_cents - OLD.balance_cents
        FROM patient WHERE id = NEW.patient_id
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = balance_cents + excluded.balance_cents;
END;
CREATE TRIGGER family_balance_on_move AFTER UPDATE OF family_id ON patient
WHEN COALESCE(OLD.family_id, OLD.id) <> COALESCE(NEW.family_id, NEW.id)
BEGIN
    UPDATE family_balance SET balance_cents = balance_cents -
        COALESCE((SELECT balance_cents FROM patient_summary WHERE patient_id = NEW.id), 0)
        WHERE family_id = COALESCE(OLD.family_id, OLD.id);
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(NEW.family_id, NEW.id),
               COALESCE((SELECT balance_cents FROM patient_summary WHERE patient_id = NEW.id), 0)
        WHERE true
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = balance_cents + excluded.balance_cents;
END;

-- "YYYY-MM-DD#id" for each reminder whose outcome counts towards the policy, '!' after a
-- disputed one, joined by ',' in any order (see reminder_log.h)
ALTER TABLE patient_summary ADD COLUMN balance_reminders TEXT NOT NULL DEFAULT '';
UPDATE patient_summary SET balance_reminders = (
    SELECT group_concat(r.on_date || '#' || r.id || CASE r.outcome WHEN 'disputed' THEN '!' ELSE '' END, ',')
    FROM reminder r WHERE r.patient_id = patient_summary.patient_id
        AND r.outcome NOT IN ('not_appropriate', 'apply_credit', 'refund_requested'))
WHERE patient_id IN (SELECT patient_id FROM reminder
        WHERE outcome NOT IN ('not_appropriate', 'apply_credit', 'refund_requested'));
)sql",
    // 6: the report's index by kind and day holds only the kinds the report sums (patient
    // payments, write-offs and their reversals), a fraction of the ledger: a smaller file, and
    // a first import builds it in a fraction of the time. The terms are ORed, not an IN list,
    // so that a query's `kind = '...'` lets SQLite use the partial index.
    R"sql(
DROP INDEX ledger_kind_day;
CREATE INDEX ledger_report_day ON ledger_entry(kind, posted_on)
    WHERE kind = 'patient_payment' OR kind = 'small_balance_writeoff'
          OR kind = 'writeoff_reversal';
)sql",
    // 7: the note typed with the latest reminder, shown on the staff prompt; and a `paid`
    // outcome recorded with no payment posted (the EHR is the ledger of record), cleared by
    // the next ledger entry of the patient, so the prompt says "paid, waiting for the EHR".
    R"sql(
ALTER TABLE patient_summary ADD COLUMN last_reminder_note TEXT NOT NULL DEFAULT '';
ALTER TABLE patient_summary ADD COLUMN paid_unposted_on TEXT;
UPDATE patient_summary SET last_reminder_note = COALESCE((
    SELECT r.note FROM reminder r WHERE r.patient_id = patient_summary.patient_id
        AND r.on_date = patient_summary.last_reminder_on ORDER BY r.id DESC LIMIT 1), '')
WHERE last_reminder_on IS NOT NULL;
)sql",
    // 8: a check-in whose appointment the EHR no longer has (404, 410) is given up: kept in
    // the outbox with its reason and the time, never sent again.
    R"sql(
ALTER TABLE checkin_outbox ADD COLUMN given_up_at TEXT;
DROP INDEX checkin_outbox_pending;
CREATE INDEX checkin_outbox_pending ON checkin_outbox(id)
    WHERE sent_at IS NULL AND given_up_at IS NULL;
)sql",
    // 9: the family balance triggers add with SUM(), which fails ("integer overflow") where
    // `+` silently turned a sum past 64 bits into a floating-point number: a posting that
    // would take a family's balance out of the range of money is refused, not rounded.
    R"sql(
DROP TRIGGER family_balance_on_new_summary;
DROP TRIGGER family_balance_on_balance;
DROP TRIGGER family_balance_on_move;
CREATE TRIGGER family_balance_on_new_summary AFTER INSERT ON patient_summary
BEGIN
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(family_id, id), NEW.balance_cents FROM patient WHERE id = NEW.patient_id
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = (SELECT SUM(x) FROM (
            SELECT family_balance.balance_cents AS x UNION ALL SELECT excluded.balance_cents));
END;
CREATE TRIGGER family_balance_on_balance AFTER UPDATE OF balance_cents ON patient_summary
WHEN NEW.balance_cents <> OLD.balance_cents
BEGIN
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(family_id, id),
               (SELECT SUM(x) FROM (SELECT NEW.balance_cents AS x UNION ALL
                                    SELECT -OLD.balance_cents))
        FROM patient WHERE id = NEW.patient_id
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = (SELECT SUM(x) FROM (
            SELECT family_balance.balance_cents AS x UNION ALL SELECT excluded.balance_cents));
END;
CREATE TRIGGER family_balance_on_move AFTER UPDATE OF family_id ON patient
WHEN COALESCE(OLD.family_id, OLD.id) <> COALESCE(NEW.family_id, NEW.id)
BEGIN
    UPDATE family_balance SET balance_cents = (SELECT SUM(x) FROM (
            SELECT family_balance.balance_cents AS x UNION ALL
            SELECT -COALESCE((SELECT balance_cents FROM patient_summary
                              WHERE patient_id = NEW.id), 0)))
        WHERE family_id = COALESCE(OLD.family_id, OLD.id);
    INSERT INTO family_balance (family_id, balance_cents)
        SELECT COALESCE(NEW.family_id, NEW.id),
               COALESCE((SELECT balance_cents FROM patient_summary WHERE patient_id = NEW.id), 0)
        WHERE true
        ON CONFLICT (family_id) DO UPDATE SET balance_cents = (SELECT SUM(x) FROM (
            SELECT family_balance.balance_cents AS x UNION ALL SELECT excluded.balance_cents));
END;
)sql",
    // 10: the clinic server's stations (stations.h) and what a second server process on the
    // same database needs to answer alike: kiosk lock-outs, kiosk check-in handles and the
    // answers of writes sent with an idempotency key. Secrets are kept as SHA-256 digests.
    R"sql(
CREATE TABLE station (
    name             TEXT PRIMARY KEY,
    role             TEXT NOT NULL,
    location         TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    code_digest      TEXT UNIQUE,
    code_expires_at  INTEGER,
    token_digest     TEXT UNIQUE,
    enrolled_at      INTEGER,
    revoked_at       INTEGER
);
CREATE TABLE kiosk_lockout (
    station       TEXT PRIMARY KEY,
    failed_tries  INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE kiosk_visit (
    handle_digest   TEXT PRIMARY KEY,
    station         TEXT NOT NULL,
    mrn             TEXT NOT NULL,
    expires_at      INTEGER NOT NULL,
    appointment_id  TEXT,
    prompt_state    TEXT
);
CREATE INDEX kiosk_visit_expiry ON kiosk_visit(expires_at);
CREATE TABLE request_once (
    station         TEXT NOT NULL,
    key             TEXT NOT NULL,
    request_digest  TEXT NOT NULL,
    status          INTEGER NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (station, key)
);
CREATE INDEX request_once_age ON request_once(created_at);
)sql",
    // 10 -> 11: the JWT ids (jti) the EHR's tokens have used, kept until the token expires, so
    // that a token replayed to any server process on this database is refused. The id is kept
    // as the SHA-256 of issuer and jti.
    R"sql(
CREATE TABLE jwt_seen (
    id_digest   TEXT PRIMARY KEY,
    expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX jwt_seen_expiry ON jwt_seen(expires_at);
)sql",
    // 11 -> 12: calls the phone system announced (a caller's digits, the extension it rang,
    // the station mapped to that extension, '' for every desk and phone station), kept a day
    // for the desks that long-poll for them; a station's phone extension.
    R"sql(
ALTER TABLE station ADD COLUMN extension TEXT NOT NULL DEFAULT '';
CREATE TABLE call_event (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    caller_digits  TEXT NOT NULL,
    extension      TEXT NOT NULL,
    station        TEXT NOT NULL
);
CREATE INDEX call_event_age ON call_event(at);
)sql",
    // 12 -> 13: the practice report's reads (Store::activity) from indexes alone: a period's
    // reminders (reminder_report, whose first column was reminder_day's) and the payments,
    // write-offs and reversals by day with their patient and amount (ledger_report_day, the
    // same partial index with two more columns).
    R"sql(
CREATE INDEX reminder_report ON reminder(on_date, patient_id, channel, outcome, staff_id);
DROP INDEX reminder_day;
DROP INDEX ledger_report_day;
CREATE INDEX ledger_report_day ON ledger_entry(kind, posted_on, patient_id, amount_cents)
    WHERE kind = 'patient_payment' OR kind = 'small_balance_writeoff'
          OR kind = 'writeoff_reversal';
)sql",
    // 13 -> 14: the statement runs the practice mailed (frontdesk statements --record), one a
    // day, with their figures: the manager's chart of statements avoided, month by month.
    R"sql(
CREATE TABLE statement_run (
    run_on                    TEXT PRIMARY KEY,
    recorded_at               INTEGER NOT NULL,
    threshold_cents           INTEGER NOT NULL,
    statement_count           INTEGER NOT NULL CHECK (statement_count >= 0),
    statement_total_cents     INTEGER NOT NULL,
    suppressed_small          INTEGER NOT NULL CHECK (suppressed_small >= 0),
    suppressed_written_off    INTEGER NOT NULL CHECK (suppressed_written_off >= 0),
    suppressed_balance_cents  INTEGER NOT NULL,
    cost_saved_cents          INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
};

std::int64_t pragmaInt(sqlite::Database& db, const char* name) {
    sqlite::Statement q(db, std::string("PRAGMA ") + name);
    q.step();
    return q.getInt(0);
}

void foldNameSql(sqlite3_context* context, int, sqlite3_value** args) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    if (!text) return sqlite3_result_null(context);
    const std::string folded = foldName(text);
    sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// The functions the schema's triggers call.
void registerFunctions(sqlite::Database& db) {
    const int rc = sqlite3_create_function_v2(db.handle(), "fold_name", 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, foldNameSql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throw sqlite::SqliteError(rc, "cannot register the function fold_name");
}

// Switching a new file to WAL needs it to itself for a moment, and SQLite answers BUSY at once
// instead of waiting (the busy timeout does not apply): wait here, up to the same 5 s.
void setWal(sqlite::Database& db) {
    for (int attempt = 0;; ++attempt) {
        try {
            db.exec("PRAGMA journal_mode = WAL");
            return;
        } catch (const sqlite::SqliteError& e) {
            if ((e.code() & 0xff) != SQLITE_BUSY || attempt == 500) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
}

bool hasTables(sqlite::Database& db) {
    sqlite::Statement q(db, "SELECT count(*) FROM sqlite_schema");
    q.step();
    return q.getInt(0) > 0;
}

}  // namespace

Result<void> migrate(sqlite::Database& db) {
    registerFunctions(db);
    db.exec("PRAGMA busy_timeout = 5000");
    // Read in one snapshot: another program may be creating the schema at this moment.
    db.exec("BEGIN");
    const std::int64_t version = pragmaInt(db, "user_version");
    const std::int64_t appId = pragmaInt(db, "application_id");
    const bool tables = hasTables(db);
    db.exec("COMMIT");
    if (appId != kApplicationId && (appId != 0 || tables))
        return fail(ErrorCode::Unsupported, "the file is not a Front Desk database");
    if (version > Store::kSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    "the database has schema version " + std::to_string(version) +
                        ", written by a newer Front Desk; this one reads up to version " +
                        std::to_string(Store::kSchemaVersion) + ". Upgrade Front Desk.");
    setWal(db);
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    for (std::int64_t v = version; v < Store::kSchemaVersion; ++v) {
        sqlite::Transaction tx(db);
        // Another program (a kiosk, the desk, the service starting together) may have taken
        // the database past this step while this one waited for the write lock.
        if (pragmaInt(db, "user_version") > v) continue;
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
    return {};
}

}  // namespace frontdesk
