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

namespace {

// A stored amount; nothing when it is not whole cents (a floating-point number, which SQLite
// makes of an integer sum that overflows) or is the one int64 beyond -kMostCents.
std::optional<Cents> storedCents(const sqlite::Statement& row, int column) {
    if (!row.isInteger(column)) return std::nullopt;
    return checkedNegate(Cents(row.getInt(column))) ? std::optional(Cents(row.getInt(column)))
                                                    : std::nullopt;
}

// Both sides of every family, in family order: the kept balance (0 when there is no row) and
// the sum of the members' summaries, added up here with checked sums (SQL's SUM would stop
// the whole scan at the first family that overflows); `visit` is called for each.
void forEachFamily(sqlite::Database& db, const std::function<void(FamilyBalanceMismatch&)>& visit) {
    sqlite::Statement members(db,
                              "SELECT COALESCE(p.family_id, p.id) AS family, s.balance_cents"
                              " FROM patient p JOIN patient_summary s ON s.patient_id = p.id"
                              " ORDER BY family");
    sqlite::Statement kept(db,
                           "SELECT family_id, balance_cents FROM family_balance"
                           " ORDER BY family_id");
    bool haveMember = members.step();
    bool haveKept = kept.step();
    while (haveMember || haveKept) {
        const std::int64_t id = !haveKept     ? members.getInt(0)
                                : !haveMember ? kept.getInt(0)
                                              : std::min(members.getInt(0), kept.getInt(0));
        FamilyBalanceMismatch f{id, std::nullopt, Cents(0), Cents(0)};
        if (haveKept && kept.getInt(0) == id) {
            f.kept = storedCents(kept, 1);
            haveKept = kept.step();
        }
        for (; haveMember && members.getInt(0) == id; haveMember = members.step()) {
            const auto balance = storedCents(members, 1);
            if (f.members && (!balance || !addTo(*f.members, *balance))) f.members.reset();
        }
        visit(f);
    }
}

}  // namespace

Result<std::vector<FamilyBalanceMismatch>> Store::familyBalanceMismatches() {
    return guarded("verify", [&]() -> Result<std::vector<FamilyBalanceMismatch>> {
        std::vector<FamilyBalanceMismatch> found;
        forEachFamily(m_impl->db, [&found](FamilyBalanceMismatch& f) {
            if (!f.kept || !f.members || *f.kept != *f.members) found.push_back(std::move(f));
        });
        sqlite::Statement head(m_impl->db, "SELECT mrn FROM patient WHERE id = ?");
        for (FamilyBalanceMismatch& m : found) {
            head.bind(1, m.familyId);
            if (head.step()) m.headMrn = head.getText(0);
            head.reset();
        }
        return found;
    });
}

}  // namespace frontdesk
