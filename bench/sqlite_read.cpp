#include "sqlite_read.h"

#include <stdexcept>

namespace frontdesk::bench {
namespace {

[[noreturn]] void raise(sqlite3* db, const std::string& what) {
    throw std::runtime_error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Connection::Connection(const std::filesystem::path& path) {
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close_v2(m_db);
        throw std::runtime_error(path.string() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection() {
    sqlite3_close_v2(m_db);
}

Query::Query(Connection& db, std::string_view sql) : m_db(db.handle()) {
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        raise(m_db, "prepare");
}

Query::~Query() {
    sqlite3_finalize(m_stmt);
}

Query& Query::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) raise(m_db, "bind");
    return *this;
}

Query& Query::bind(int index, std::string_view value) {
    if (sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        raise(m_db, "bind");
    return *this;
}

bool Query::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    raise(m_db, "step");
}

void Query::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view Query::getText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

}  // namespace frontdesk::bench
