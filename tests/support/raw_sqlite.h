#pragma once

// A plain SQLite connection of its own to a clinic's database file, beside the code under
// test: to read what the store wrote, and to change it behind the store's back as another
// program could. Used by the tests and by the benchmarks' own queries (the core's SQLite
// layer is private to the core). Every failure throws std::runtime_error naming the file or
// the statement and SQLite's message.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

namespace frontdesk::test {

class RawDb {
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Opens the file (ReadWrite creates it when missing), waiting up to 5 s for a lock.
    explicit RawDb(const std::filesystem::path& path, Mode mode = Mode::ReadWrite);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    sqlite3* handle() const { return m_db; }

    // Runs one or more statements.
    void exec(const std::string& sql);
    // Every row of a query, each column as text; NULL reads as "NULL".
    std::vector<std::vector<std::string>> rows(const std::string& sql);
    // The first column of the first row; throws when there is no row.
    std::string text(const std::string& sql);
    std::int64_t integer(const std::string& sql);

private:
    sqlite3* m_db = nullptr;
};

// One prepared statement on a RawDb, to bind values, step through rows and run again.
class RawQuery {
public:
    RawQuery(RawDb& db, std::string_view sql);
    ~RawQuery();
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    RawQuery& bind(int index, std::int64_t value);
    RawQuery& bind(int index, std::string_view value);
    bool step();  // true when a row is available
    // Back to before the first row, with no values bound.
    void reset();

    int columns() const;
    bool isNull(int column) const;
    std::int64_t getInt(int column) const;
    // The column's text, valid until the next step or reset; "" for NULL.
    std::string_view getText(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// Takes a database written by the current Store back to schema `version` by undoing the later
// migrations (what they added is dropped), so that a test can run a migration on real data.
void rewindSchema(RawDb& raw, int version);

// The bytes of a file, to show that something left it unchanged.
std::string fileBytes(const std::filesystem::path& path);

}  // namespace frontdesk::test
