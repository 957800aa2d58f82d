#include "frontdesk/store/store.h"

#include <chrono>
#include <ctime>

#include "frontdesk/store/private_files.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace frontdesk {

Store::Impl::Impl(const std::string& path)
    : db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX) {}

sqlite::Statement& Store::Impl::statement(std::string_view sql) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, std::make_unique<sqlite::Statement>(db, sql)).first;
    found->second->reset();
    return *found->second;
}

std::optional<std::int64_t> Store::Impl::patientId(const std::string& mrn) {
    auto& q = statement("SELECT id FROM patient WHERE mrn = ?");
    q.bind(1, mrn);
    std::optional<std::int64_t> id;
    if (q.step()) id = q.getInt(0);
    q.reset();
    return id;
}

LedgerEntry readLedgerEntry(const sqlite::Statement& row, int c) {
    LedgerEntry e;
    e.id = row.getInt(c);
    e.postedOn = parseDate(row.getTextView(c + 1)).value_or(Date());
    e.kind = parseEntryKind(row.getTextView(c + 2)).value_or(EntryKind::PatientAdjustment);
    e.effect = {Cents(row.getInt(c + 3)), Cents(row.getInt(c + 4))};
    return e;
}

SummaryRow readSummaryRow(const sqlite::Statement& row) {
    SummaryRow s;
    s.patientId = row.getInt(0);
    s.mrn = row.getText(1);
    s.totals.balance = Cents(row.getInt(2));
    s.totals.insurancePending = Cents(row.getInt(3));
    s.totals.writtenOff = Cents(row.getInt(4));
    s.totals.openLots = decodeLots(row.getTextView(5));
    return s;
}

std::vector<LedgerEntry> Store::Impl::entriesOf(std::int64_t patientId) {
    auto& q = statement(
        "SELECT id, posted_on, kind, patient_cents, insurance_cents FROM ledger_entry "
        "WHERE patient_id = ? ORDER BY posted_on, id");
    q.bind(1, patientId);
    std::vector<LedgerEntry> entries;
    while (q.step()) entries.push_back(readLedgerEntry(q, 0));
    q.reset();
    return entries;
}

std::string storageMessage(const char* what, const sqlite::SqliteError& e) {
    if (std::string_view(e.what()).find("integer overflow") != std::string_view::npos)
        return moneyOutOfRange(ErrorCode::Storage, std::string(what) + ": the amounts stored")
            .message;
    return std::string(what) + ": " + e.what();
}

void Store::Impl::recomputeSummary(std::int64_t patientId) {
    const auto totals = totalLedger(entriesOf(patientId));
    if (!totals) throw Refusal{totals.error()};
    const LedgerTotals& t = *totals;
    auto& u = statement(
        "UPDATE patient_summary SET balance_cents = ?, pending_cents = ?, written_off_cents = ?,"
        " oldest_open_on = ?, open_lots = ?, paid_unposted_on = NULL WHERE patient_id = ?");
    const auto oldest = t.oldestOpenOn();
    u.bind(1, t.balance.value()).bind(2, t.insurancePending.value()).bind(3, t.writtenOff.value());
    u.bind(4, oldest ? std::optional<std::string>(oldest->iso()) : std::nullopt);
    u.bind(5, encodeLots(t.openLots)).bind(6, patientId);
    u.run();
}

std::string Store::Impl::now() const {
    const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

Store::Store(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

void Store::setLargestEntry(Cents largest) {
    m_impl->largestEntry = largest;
}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Result<Store> Store::open(const std::filesystem::path& path) {
    return open(path, Tuning{});
}

Result<Store> Store::open(const std::filesystem::path& path, Tuning tuning) {
    if (path != ":memory:" && !path.empty()) {
        if (auto ec = makePrivateFile(path))
            return fail(ErrorCode::Storage,
                        path.string() + ": cannot create the database: " + ec.message());
    }
    try {
        auto impl = std::make_unique<Impl>(path.string());
        if (auto ok = migrate(impl->db); !ok) return tl::unexpected(ok.error());
        // The map lets reads come straight from the OS page cache (SQLite caps it at its
        // compile-time maximum, 2 GiB on Debian). A write transaction keeps the pages it
        // changes in SQLite's cache; a bulk import changes far more than the default 2 MiB, and
        // each page evicted mid-transaction is written to the WAL and read back.
        impl->db.exec("PRAGMA mmap_size = " + std::to_string(tuning.mapFile ? kMappedBytes : 0));
        impl->db.exec("PRAGMA cache_size = -" + std::to_string(tuning.cacheKiB));
        if (!tuning.durableCommits) impl->db.exec("PRAGMA synchronous = NORMAL");
        return Store(std::move(impl));
    } catch (const sqlite::SqliteError& e) {
        return fail(ErrorCode::Storage, path.string() + ": cannot open database: " + e.what());
    }
}

namespace {

// The single integer a statement returns.
std::int64_t firstInteger(sqlite::Statement& q) {
    q.step();
    const std::int64_t n = q.getInt(0);
    q.reset();
    return n;
}

}  // namespace

Result<std::int64_t> Store::patientCount() {
    return guarded("count patients", [&]() -> Result<std::int64_t> {
        return firstInteger(m_impl->statement("SELECT count(*) FROM patient"));
    });
}

Result<void> Store::closeForMove() {
    return guarded("close the database", [&]() -> Result<void> {
        m_impl->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        sqlite::Statement q(m_impl->db, "PRAGMA journal_mode = DELETE");
        const std::string mode = q.step() ? q.getText(0) : "";
        if (mode != "delete")
            return fail(ErrorCode::Storage, "close the database: it stays in " + mode + " mode");
        return {};
    });
}

Result<std::int64_t> Store::dataVersion() {
    return guarded("read data_version", [&]() -> Result<std::int64_t> {
        return firstInteger(m_impl->statement("PRAGMA data_version"));
    });
}

Result<int> Store::synchronousMode() {
    return guarded("read synchronous", [&]() -> Result<int> {
        return static_cast<int>(firstInteger(m_impl->statement("PRAGMA synchronous")));
    });
}

}  // namespace frontdesk
