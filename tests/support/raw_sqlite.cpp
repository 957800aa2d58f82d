#include "raw_sqlite.h"

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <utility>

namespace frontdesk::test {
namespace {

[[noreturn]] void raise(sqlite3* db, std::string_view what) {
    throw std::runtime_error(std::string(what) + ": " +
                             (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

RawDb::RawDb(const std::filesystem::path& path, Mode mode) {
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string why = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close_v2(m_db);
        throw std::runtime_error(path.string() + ": " + why);
    }
    sqlite3_busy_timeout(m_db, 5000);
}

RawDb::~RawDb() {
    sqlite3_close_v2(m_db);
}

void RawDb::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : "unknown error";
        sqlite3_free(message);
        throw std::runtime_error(sql + ": " + why);
    }
}

std::vector<std::vector<std::string>> RawDb::rows(const std::string& sql) {
    RawQuery q(*this, sql);
    std::vector<std::vector<std::string>> out;
    while (q.step()) {
        std::vector<std::string> row;
        row.reserve(static_cast<std::size_t>(q.columns()));
        for (int c = 0; c < q.columns(); ++c)
            row.emplace_back(q.isNull(c) ? std::string_view("NULL") : q.getText(c));
        out.push_back(std::move(row));
    }
    return out;
}

std::string RawDb::text(const std::string& sql) {
    const auto all = rows(sql);
    if (all.empty() || all.front().empty()) throw std::runtime_error(sql + ": no row");
    return all.front().front();
}

std::int64_t RawDb::integer(const std::string& sql) {
    return std::stoll(text(sql));
}

RawQuery::RawQuery(RawDb& db, std::string_view sql) : m_db(db.handle()) {
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        raise(m_db, sql);
}

RawQuery::~RawQuery() {
    sqlite3_finalize(m_stmt);
}

RawQuery& RawQuery::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) raise(m_db, "bind");
    return *this;
}

RawQuery& RawQuery::bind(int index, std::string_view value) {
    if (sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        raise(m_db, "bind");
    return *this;
}

bool RawQuery::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    raise(m_db, sqlite3_sql(m_stmt));
}

void RawQuery::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int RawQuery::columns() const {
    return sqlite3_column_count(m_stmt);
}

bool RawQuery::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t RawQuery::getInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view RawQuery::getText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

void rewindSchema(RawDb& raw, int version) {
    // undo[v] undoes migration v (the one that took the schema from v to v + 1)
    const std::vector<std::pair<int, const char*>> undo{
        {13, "DROP TABLE statement_run;"},
        {12,
         "DROP INDEX reminder_report; CREATE INDEX reminder_day ON reminder(on_date);"
         " DROP INDEX ledger_report_day; CREATE INDEX ledger_report_day ON ledger_entry(kind,"
         " posted_on) WHERE kind = 'patient_payment' OR kind = 'small_balance_writeoff'"
         " OR kind = 'writeoff_reversal';"},
        {11, "DROP TABLE call_event; ALTER TABLE station DROP COLUMN extension;"},
        {10, "DROP TABLE jwt_seen;"},
        {9,
         "DROP TABLE station; DROP TABLE kiosk_lockout; DROP TABLE kiosk_visit;"
         " DROP TABLE request_once;"},
        {8,
         "DROP TRIGGER family_balance_on_new_summary; DROP TRIGGER family_balance_on_balance;"
         " DROP TRIGGER family_balance_on_move;"
         " CREATE TRIGGER family_balance_on_new_summary AFTER INSERT ON patient_summary BEGIN"
         " INSERT INTO family_balance (family_id, balance_cents) SELECT COALESCE(family_id, id),"
         " NEW.balance_cents FROM patient WHERE id = NEW.patient_id ON CONFLICT (family_id) DO"
         " UPDATE SET balance_cents = balance_cents + excluded.balance_cents; END;"
         " CREATE TRIGGER family_balance_on_balance AFTER UPDATE OF balance_cents ON"
         " patient_summary WHEN NEW.balance_cents <> OLD.balance_cents BEGIN"
         " INSERT INTO family_balance (family_id, balance_cents) SELECT COALESCE(family_id, id),"
         " NEW.balance_cents - OLD.balance_cents FROM patient WHERE id = NEW.patient_id"
         " ON CONFLICT (family_id) DO UPDATE SET balance_cents = balance_cents +"
         " excluded.balance_cents; END;"
         " CREATE TRIGGER family_balance_on_move AFTER UPDATE OF family_id ON patient"
         " WHEN COALESCE(OLD.family_id, OLD.id) <> COALESCE(NEW.family_id, NEW.id) BEGIN"
         " UPDATE family_balance SET balance_cents = balance_cents - COALESCE((SELECT"
         " balance_cents FROM patient_summary WHERE patient_id = NEW.id), 0)"
         " WHERE family_id = COALESCE(OLD.family_id, OLD.id);"
         " INSERT INTO family_balance (family_id, balance_cents) SELECT COALESCE(NEW.family_id,"
         " NEW.id), COALESCE((SELECT balance_cents FROM patient_summary WHERE patient_id ="
         " NEW.id), 0) WHERE true ON CONFLICT (family_id) DO UPDATE SET balance_cents ="
         " balance_cents + excluded.balance_cents; END;"},
        {7,
         "DROP INDEX checkin_outbox_pending; ALTER TABLE checkin_outbox DROP COLUMN given_up_at;"
         " CREATE INDEX checkin_outbox_pending ON checkin_outbox(id) WHERE sent_at IS NULL;"},
        {6,
         "ALTER TABLE patient_summary DROP COLUMN last_reminder_note;"
         " ALTER TABLE patient_summary DROP COLUMN paid_unposted_on;"},
        {5,
         "DROP INDEX ledger_report_day;"
         " CREATE INDEX ledger_kind_day ON ledger_entry(kind, posted_on);"},
        {4,
         "DROP TRIGGER family_balance_on_new_summary; DROP TRIGGER family_balance_on_balance;"
         " DROP TRIGGER family_balance_on_move; DROP TABLE family_balance;"
         " ALTER TABLE patient_summary DROP COLUMN balance_reminders;"},
        {3,
         "DROP TRIGGER patient_keys_on_insert; DROP TRIGGER patient_keys_on_rename;"
         " DROP INDEX patient_family_key; DROP INDEX patient_given_key;"
         " ALTER TABLE patient DROP COLUMN family_key; ALTER TABLE patient DROP COLUMN "
         "given_key;"}};
    const int current = static_cast<int>(raw.integer("PRAGMA user_version"));
    if (current != undo.front().first + 1)
        throw std::runtime_error("rewindSchema knows the migrations up to " +
                                 std::to_string(undo.front().first + 1) + ", the database has " +
                                 std::to_string(current));
    for (const auto& [v, sql] : undo) {
        if (v < version) break;
        raw.exec(sql);
    }
    raw.exec("PRAGMA user_version = " + std::to_string(version));
}

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace frontdesk::test
