#include "store/sqlite.h"

namespace frontdesk::sqlite {

namespace {
[[noreturn]] void raise(sqlite3* db, int rc) {
    throw SqliteError(rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}
}  // namespace

Database::Database(const std::string& path, int flags) {
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::exec(const std::string& sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw SqliteError(rc, text);
    }
}

Statement::Statement(Database& db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) raise(db.handle(), rc);
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) raise(m_db.handle(), rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) raise(m_db.handle(), rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) raise(m_db.handle(), rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    raise(m_db.handle(), rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Statement::isInteger(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

std::int64_t Statement::getInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::getText(int column) const {
    return std::string(getTextView(column));
}

std::string_view Statement::getTextView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

Transaction::Transaction(Database& db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0) {
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    const char* undo = m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK";
    sqlite3_exec(m_db.handle(), undo, nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

}  // namespace frontdesk::sqlite
