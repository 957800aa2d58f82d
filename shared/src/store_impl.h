#pragma once

// The Store's private parts, shared by the core's modules that query the database directly
// (store_*.cpp, verify, report). Not a public header.

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "frontdesk/store.h"
#include "sqlite.h"

namespace frontdesk {

struct Store::Impl {
    explicit Impl(const std::string& path);

    sqlite::Database db;

    // Prepared once per connection, reused by every call.
    sqlite::Statement& statement(const char* sql);

    std::optional<std::int64_t> patientId(const std::string& mrn);
    std::vector<LedgerEntry> entriesOf(std::int64_t patientId);
    // Recomputes a patient's summary from their ledger (inside the caller's transaction).
    void recomputeSummary(std::int64_t patientId);
    std::string now() const;  // wall-clock timestamp for audit and recorded_at only

private:
    std::map<const char*, std::unique_ptr<sqlite::Statement>> m_statements;
};

// Runs `body`, turning a storage exception into an Error naming `what`.
template <typename F>
auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const sqlite::SqliteError& e) {
        return fail(ErrorCode::Storage, std::string(what) + ": " + e.what());
    } catch (const std::bad_alloc&) {
        return fail(ErrorCode::Storage, std::string(what) + ": out of memory");
    }
}

LedgerEntry readLedgerEntry(const sqlite::Statement& row, int firstColumn);

}  // namespace frontdesk
