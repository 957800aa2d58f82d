#pragma once

// The Store's private parts, shared by the files that implement the Store (store_*.cpp).
// Not a public header.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "frontdesk/store/store.h"
#include "sqlite.h"

namespace frontdesk {

// The most of a database file SQLite maps into memory: its compile-time maximum on Debian
// (SQLITE_MAX_MMAP_SIZE); the pages past it are read with read() into SQLite's own cache.
constexpr std::int64_t kMappedBytes = 2147418112;

struct Store::Impl {
    explicit Impl(const std::string& path);

    sqlite::Database db;
    // The largest amount one ledger entry may carry (Store::setLargestEntry).
    Cents largestEntry = kLargestEntry;

    // Prepared once per connection for each SQL text (equal texts share one statement), and
    // reset (bindings cleared) before it is returned.
    sqlite::Statement& statement(std::string_view sql);

    std::optional<std::int64_t> patientId(const std::string& mrn);
    std::vector<LedgerEntry> entriesOf(std::int64_t patientId);
    // Recomputes a patient's summary from their ledger (inside the caller's transaction);
    // throws Refusal when the ledger does not add up within the range of money.
    void recomputeSummary(std::int64_t patientId);
    std::string now() const;  // wall-clock timestamp for audit and recorded_at only

private:
    // Found by the text itself, without building a string for the lookup. Only the length
    // and the last 64 characters are hashed (statements differ mostly in their WHERE clause):
    // hashing all of a long statement showed in the prompt lookup's time. Texts that hash the
    // same are told apart by comparing them whole.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept {
            constexpr std::size_t kTail = 64;
            const std::string_view tail = sql.size() > kTail ? sql.substr(sql.size() - kTail) : sql;
            return std::hash<std::string_view>{}(tail) ^ (sql.size() * 0x9E3779B97F4A7C15u);
        }
    };
    std::unordered_map<std::string, std::unique_ptr<sqlite::Statement>, SqlHash, std::equal_to<>>
        m_statements;
};

// Posts entries as Store::postEntries does, inside the caller's transaction (which the caller
// rolls back when the outcome has problems).
BatchOutcome postEntriesInTransaction(Store::Impl& s, std::span<const NewEntry> entries,
                                      Apply apply = Apply::Commit);

// An Error raised deep inside a Store call (a sum of stored amounts out of range); guarded
// returns it as it is. The transaction it interrupts rolls back.
struct Refusal {
    Error error;
};

// The message of a storage error: SQLite's own, but for the one a person can act on: SUM()
// over amounts that leave 64 bits ("integer overflow").
std::string storageMessage(const char* what, const sqlite::SqliteError& e);

// Runs `body`, turning a storage exception into an Error naming `what`.
template <typename F>
auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const Refusal& r) {
        return tl::unexpected(r.error);
    } catch (const sqlite::SqliteError& e) {
        return fail(ErrorCode::Storage, storageMessage(what, e));
    } catch (const std::bad_alloc&) {
        return fail(ErrorCode::Storage, std::string(what) + ": out of memory");
    }
}

// Several reads in one read transaction: one snapshot, and one round of WAL locking instead
// of one per statement. Inside a caller's transaction it adds nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Store::Impl& s)
        : m_s(s), m_open(sqlite3_get_autocommit(s.db.handle()) != 0) {
        if (m_open) m_s.statement("BEGIN").run();
    }
    ~ReadSnapshot() {
        if (!m_open) return;
        try {
            m_s.statement("COMMIT").run();
        } catch (const sqlite::SqliteError&) {
            // never leave the connection inside a transaction; nothing was written to keep
            sqlite3_exec(m_s.db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Store::Impl& m_s;
    bool m_open;
};

LedgerEntry readLedgerEntry(const sqlite::Statement& row, int firstColumn);

// A summary from a row whose first six columns are patient_id, mrn, balance_cents,
// pending_cents, written_off_cents and open_lots.
SummaryRow readSummaryRow(const sqlite::Statement& row);

// A patient from a row whose first seven columns are mrn, family_name, given_name,
// birth_date, phone_digits, language and the guarantor's MRN ('' for none).
Patient readPatient(const sqlite::Statement& row);

}  // namespace frontdesk
