#pragma once

// A second, plain SQLite connection to a test's database file, beside the Store: to read what
// the store wrote and to change it behind the store's back, as another program could.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include <sqlite3.h>

namespace frontdesk::test {

class RawDb {
public:
    explicit RawDb(const std::filesystem::path& path) {
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
            const std::string why = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close_v2(m_db);
            throw std::runtime_error(path.string() + ": " + why);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    void exec(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string why = message ? message : "unknown error";
            sqlite3_free(message);
            throw std::runtime_error(sql + ": " + why);
        }
    }

    // Every row of a query, each column as text; NULL reads as "NULL".
    std::vector<std::vector<std::string>> rows(const std::string& sql) {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &q, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
        std::vector<std::vector<std::string>> out;
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const auto* text = sqlite3_column_text(q, c);
                row.emplace_back(text ? reinterpret_cast<const char*>(text) : "NULL");
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(q);
        if (rc != SQLITE_DONE) throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
        return out;
    }

    // The first column of the first row.
    std::string text(const std::string& sql) {
        const auto all = rows(sql);
        if (all.empty() || all.front().empty()) throw std::runtime_error(sql + ": no row");
        return all.front().front();
    }

    std::int64_t integer(const std::string& sql) { return std::stoll(text(sql)); }

private:
    sqlite3* m_db = nullptr;
};

// Takes a database written by the current Store back to schema `version` by undoing the later
// migrations (what they added is dropped), so that a test can run a migration on real data.
inline void rewindSchema(RawDb& raw, int version) {
    // undo[v] undoes migration v (the one that took the schema from v to v + 1)
    const std::vector<std::pair<int, const char*>> undo{
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

// The bytes of a file, to show that something left it unchanged.
inline std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace frontdesk::test
