// Store: the whole-database reads of verify (runs/verify.cpp compares what they return).
// Their statements are prepared for the one call, not kept: each runs once per verify.
#include <algorithm>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

// PRAGMA integrity_check looks each row up in every index of its table. With the pages past
// the 2 GiB map going through the default cache it reads a large file over and over (the
// 25,000,000-entry clinic: over 20 min with 256 MiB, 3 min 40 s with 3 GiB), so verify lets
// the cache grow to hold what lies past the map, up to 4 GiB, and puts it back afterwards.
class ScanCache {
public:
    explicit ScanCache(Store::Impl& s) : m_s(s) {
        m_was = pragma("cache_size");  // pages, or KiB when negative
        const std::int64_t pageSize = pragma("page_size");
        const std::int64_t hadKiB = m_was < 0 ? -m_was : m_was * pageSize / 1024;
        constexpr std::int64_t kMax = std::int64_t{4} << 30;
        // a cached page costs more than its size: a quarter more holds them all
        const std::int64_t pastMap = pragma("page_count") * pageSize - kMappedBytes;
        const std::int64_t wantKiB = std::min(pastMap + pastMap / 4, kMax) / 1024;
        if (wantKiB > hadKiB) s.db.exec("PRAGMA cache_size = -" + std::to_string(wantKiB));
    }
    ~ScanCache() {
        try {
            m_s.db.exec("PRAGMA cache_size = " + std::to_string(m_was));
        } catch (const sqlite::SqliteError&) {
            // only the cache's size; the next open sets it again
        }
    }
    ScanCache(const ScanCache&) = delete;
    ScanCache& operator=(const ScanCache&) = delete;

private:
    std::int64_t pragma(const char* name) {
        sqlite::Statement q(m_s.db, std::string("PRAGMA ") + name);
        q.step();
        return q.getInt(0);
    }
    Store::Impl& m_s;
    std::int64_t m_was = 0;
};

}  // namespace

Result<void> Store::withScanCache(const std::function<Result<void>()>& scans) {
    return guarded("verify", [&]() -> Result<void> {
        const ScanCache cache(*m_impl);
        return scans();
    });
}

Result<std::vector<std::string>> Store::integrityProblems() {
    return guarded("verify", [&]() -> Result<std::vector<std::string>> {
        sqlite::Statement q(m_impl->db, "PRAGMA integrity_check");
        std::vector<std::string> problems;
        while (q.step()) {
            std::string line = q.getText(0);
            if (line != "ok") problems.push_back(std::move(line));
        }
        return problems;
    });
}

// Walks summaries and ledger entries together, both in patient order.
Result<bool> Store::forEachSummaryWithLedger(
    const std::function<void(const SummaryWithLedger&)>& visit) {
    return guarded("verify", [&]() -> Result<bool> {
        sqlite::Statement summaries(
            m_impl->db,
            "SELECT s.patient_id, p.mrn, s.balance_cents, s.pending_cents, s.written_off_cents,"
            " s.open_lots FROM patient_summary s JOIN patient p ON p.id = s.patient_id"
            " ORDER BY s.patient_id");
        sqlite::Statement entries(
            m_impl->db,
            "SELECT patient_id, id, posted_on, kind, patient_cents, insurance_cents"
            " FROM ledger_entry ORDER BY patient_id, posted_on, id");
        bool haveEntry = entries.step();
        SummaryWithLedger row;
        while (summaries.step()) {
            row.summary = readSummaryRow(summaries);
            const std::int64_t id = row.summary.patientId;
            row.entries.clear();
            row.strayEntryIds.clear();
            for (; haveEntry && entries.getInt(0) <= id; haveEntry = entries.step()) {
                if (entries.getInt(0) < id) {
                    row.strayEntryIds.push_back(entries.getInt(1));
                } else {
                    row.entries.push_back(readLedgerEntry(entries, 1));
                }
            }
            visit(row);
        }
        return haveEntry;
    });
}

Result<std::vector<ReminderCountMismatch>> Store::reminderCountMismatches() {
    return guarded("verify", [&]() -> Result<std::vector<ReminderCountMismatch>> {
        sqlite::Statement q(
            m_impl->db,
            "SELECT p.mrn, s.reminder_count, COALESCE(r.n, 0) FROM patient_summary s"
            " JOIN patient p ON p.id = s.patient_id LEFT JOIN (SELECT patient_id, count(*) AS n"
            " FROM reminder GROUP BY patient_id) r ON r.patient_id = s.patient_id"
            " WHERE s.reminder_count <> COALESCE(r.n, 0)");
        std::vector<ReminderCountMismatch> found;
        while (q.step()) found.push_back({q.getText(0), q.getInt(1), q.getInt(2)});
        return found;
    });
}

// Each patient's balance_reminders beside the reminders stored, both in patient order.
Result<void> Store::forEachSummaryWithReminders(
    const std::function<void(const SummaryWithReminders&)>& visit) {
    return guarded("verify", [&]() -> Result<void> {
        sqlite::Statement logs(m_impl->db,
                               "SELECT s.patient_id, p.mrn, s.balance_reminders"
                               " FROM patient_summary s JOIN patient p ON p.id = s.patient_id"
                               " ORDER BY s.patient_id");
        sqlite::Statement stored(m_impl->db,
                                 "SELECT patient_id, id, on_date, outcome FROM reminder"
                                 " ORDER BY patient_id, on_date, id");
        bool haveRow = stored.step();
        SummaryWithReminders row;
        while (logs.step()) {
            const std::int64_t id = logs.getInt(0);
            row.mrn = logs.getText(1);
            row.logged = decodeReminderLog(logs.getTextView(2));
            row.stored.clear();
            for (; haveRow && stored.getInt(0) <= id; haveRow = stored.step()) {
                if (stored.getInt(0) < id) continue;  // a patient without a summary
                row.stored.push_back({stored.getInt(1),
                                      parseDate(stored.getTextView(2)).value_or(Date()),
                                      parseReminderOutcome(stored.getTextView(3))});
            }
            visit(row);
        }
        return {};
    });
}

Result<std::vector<FamilyBalanceMismatch>> Store::familyBalanceMismatches() {
    return guarded("verify", [&]() -> Result<std::vector<FamilyBalanceMismatch>> {
        // one grouping of both sides (joining two groupings would scan one per row of the other)
        sqlite::Statement q(m_impl->db,
                            "SELECT p.mrn, d.family_id, d.kept, d.members FROM ("
                            "   SELECT family_id, SUM(kept) AS kept, SUM(members) AS members FROM ("
                            "     SELECT COALESCE(p.family_id, p.id) AS family_id, 0 AS kept,"
                            "       s.balance_cents AS members FROM patient p"
                            "       JOIN patient_summary s ON s.patient_id = p.id"
                            "     UNION ALL SELECT family_id, balance_cents, 0 FROM family_balance)"
                            "   GROUP BY family_id HAVING SUM(kept) <> SUM(members)) d"
                            " LEFT JOIN patient p ON p.id = d.family_id ORDER BY d.family_id");
        std::vector<FamilyBalanceMismatch> found;
        while (q.step()) {
            FamilyBalanceMismatch m;
            if (!q.isNull(0)) m.headMrn = q.getText(0);
            m.familyId = q.getInt(1);
            m.kept = Cents(q.getInt(2));
            m.members = Cents(q.getInt(3));
            found.push_back(std::move(m));
        }
        return found;
    });
}

}  // namespace frontdesk
