#pragma once

// A small RAII layer over the SQLite C API for the bench's own queries (CSV export and the
// ledger-summing comparison). The core's layer is private to the core. Failures throw
// std::runtime_error; the bench turns them into a failed benchmark.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace frontdesk::bench {

class Connection {
public:
    // Opens an existing database read-only.
    explicit Connection(const std::filesystem::path& path);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

class Query {
public:
    Query(Connection& db, std::string_view sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::int64_t value);
    Query& bind(int index, std::string_view value);
    bool step();  // true when a row is available
    void reset();

    int columns() const { return sqlite3_column_count(m_stmt); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::int64_t getInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
    std::string_view getText(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace frontdesk::bench
