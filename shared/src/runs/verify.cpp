#include "frontdesk/runs/verify.h"

#include <algorithm>

#include "frontdesk/domain/reminder_log.h"
#include "store/store_impl.h"

namespace frontdesk {
namespace {

// PRAGMA integrity_check looks each row up in every index of its table. With the pages past
// the 2 GiB map going through the default cache it reads a large file over and over (the
// 25,000,000-entry clinic: over 20 min with 256 MiB, 3 min 40 s with 3 GiB), so verify lets
// the cache grow to hold what lies past the map, up to 4 GiB, and puts it back afterwards.
class VerifyCache {
public:
    explicit VerifyCache(Store::Impl& s) : m_s(s) {
        m_was = pragma("cache_size");  // pages, or KiB when negative
        const std::int64_t pageSize = pragma("page_size");
        const std::int64_t hadKiB = m_was < 0 ? -m_was : m_was * pageSize / 1024;
        constexpr std::int64_t kMax = std::int64_t{4} << 30;
        // a cached page costs more than its size: a quarter more holds them all
        const std::int64_t pastMap = pragma("page_count") * pageSize - kMappedBytes;
        const std::int64_t wantKiB = std::min(pastMap + pastMap / 4, kMax) / 1024;
        if (wantKiB > hadKiB) s.db.exec("PRAGMA cache_size = -" + std::to_string(wantKiB));
    }
    ~VerifyCache() {
        try {
            m_s.db.exec("PRAGMA cache_size = " + std::to_string(m_was));
        } catch (const sqlite::SqliteError&) {
            // only the cache's size; the next open sets it again
        }
    }
    VerifyCache(const VerifyCache&) = delete;
    VerifyCache& operator=(const VerifyCache&) = delete;

private:
    std::int64_t pragma(const char* name) {
        sqlite::Statement q(m_s.db, std::string("PRAGMA ") + name);
        q.step();
        return q.getInt(0);
    }
    Store::Impl& m_s;
    std::int64_t m_was = 0;
};

void checkIntegrity(Store::Impl& s, VerifyReport& report) {
    sqlite::Statement q(s.db, "PRAGMA integrity_check");
    while (q.step()) {
        const std::string line = q.getText(0);
        if (line != "ok") report.integrityProblems.push_back(line);
    }
}

void compare(const std::string& mrn, const char* what, Cents summary, Cents ledger,
             VerifyReport& report) {
    if (summary == ledger) return;
    report.mismatches.push_back("MRN " + mrn + ": " + what + " summary " +
                                formatMoneyPlain(summary) + ", ledger " + formatMoneyPlain(ledger));
}

// Walks summaries and ledger entries together, both in patient order.
void checkSummaries(Store::Impl& s, VerifyReport& report) {
    sqlite::Statement summaries(
        s.db,
        "SELECT s.patient_id, p.mrn, s.balance_cents, s.pending_cents, s.written_off_cents,"
        " s.open_lots FROM patient_summary s JOIN patient p ON p.id = s.patient_id"
        " ORDER BY s.patient_id");
    sqlite::Statement entries(
        s.db,
        "SELECT patient_id, id, posted_on, kind, patient_cents, insurance_cents"
        " FROM ledger_entry ORDER BY patient_id, posted_on, id");
    bool haveEntry = entries.step();
    std::vector<LedgerEntry> mine;
    while (summaries.step()) {
        const std::int64_t id = summaries.getInt(0);
        const std::string mrn = summaries.getText(1);
        mine.clear();
        while (haveEntry && entries.getInt(0) <= id) {
            if (entries.getInt(0) < id) {
                report.mismatches.push_back("ledger entry " + std::to_string(entries.getInt(1)) +
                                            " belongs to a patient without a summary");
            } else {
                mine.push_back(readLedgerEntry(entries, 1));
            }
            haveEntry = entries.step();
        }
        const LedgerTotals t = totalLedger(mine);
        compare(mrn, "balance", Cents(summaries.getInt(2)), t.balance, report);
        compare(mrn, "insurance pending", Cents(summaries.getInt(3)), t.insurancePending, report);
        compare(mrn, "written off", Cents(summaries.getInt(4)), t.writtenOff, report);
        if (decodeLots(summaries.getTextView(5)) != t.openLots)
            report.mismatches.push_back("MRN " + mrn + ": open charges differ from the ledger");
        ++report.patientsChecked;
        report.entriesChecked += mine.size();
    }
    if (haveEntry)
        report.mismatches.push_back("ledger entries belong to patients without a summary");
}

void checkReminderCounts(Store::Impl& s, VerifyReport& report) {
    sqlite::Statement q(
        s.db,
        "SELECT p.mrn, s.reminder_count, COALESCE(r.n, 0) FROM patient_summary s"
        " JOIN patient p ON p.id = s.patient_id LEFT JOIN (SELECT patient_id, count(*) AS n"
        " FROM reminder GROUP BY patient_id) r ON r.patient_id = s.patient_id"
        " WHERE s.reminder_count <> COALESCE(r.n, 0)");
    while (q.step()) {
        report.mismatches.push_back("MRN " + q.getText(0) + ": reminder count summary " +
                                    std::to_string(q.getInt(1)) + ", stored " +
                                    std::to_string(q.getInt(2)));
    }
}

// Each patient's balance_reminders against the reminders stored, both in patient order.
void checkReminderLogs(Store::Impl& s, VerifyReport& report) {
    sqlite::Statement logs(s.db,
                           "SELECT s.patient_id, p.mrn, s.balance_reminders FROM patient_summary s"
                           " JOIN patient p ON p.id = s.patient_id ORDER BY s.patient_id");
    sqlite::Statement stored(
        s.db, "SELECT patient_id, id, on_date, outcome FROM reminder ORDER BY patient_id, on_date, id");
    bool haveRow = stored.step();
    std::vector<LoggedReminder> expected;
    while (logs.step()) {
        const std::int64_t id = logs.getInt(0);
        expected.clear();
        for (; haveRow && stored.getInt(0) <= id; haveRow = stored.step()) {
            const auto outcome = parseReminderOutcome(stored.getTextView(3));
            if (stored.getInt(0) < id || !outcome || !countsAsBalanceReminder(*outcome)) continue;
            expected.push_back({parseDate(stored.getTextView(2)).value_or(Date()), stored.getInt(1),
                                *outcome == ReminderOutcome::Disputed});
        }
        const auto logged = decodeReminderLog(logs.getTextView(2));
        if (!logged || *logged != expected)
            report.mismatches.push_back("MRN " + logs.getText(1) +
                                        ": balance reminders in the summary differ from the"
                                        " reminders stored");
    }
}

// Each family's kept balance against the sum of its members' summaries.
void checkFamilyBalances(Store::Impl& s, VerifyReport& report) {
    // one grouping of both sides (joining two groupings would scan one per row of the other)
    sqlite::Statement q(
        s.db,
        "SELECT p.mrn, d.family_id, d.kept, d.members FROM ("
        "   SELECT family_id, SUM(kept) AS kept, SUM(members) AS members FROM ("
        "     SELECT COALESCE(p.family_id, p.id) AS family_id, 0 AS kept,"
        "       s.balance_cents AS members FROM patient p"
        "       JOIN patient_summary s ON s.patient_id = p.id"
        "     UNION ALL SELECT family_id, balance_cents, 0 FROM family_balance)"
        "   GROUP BY family_id HAVING SUM(kept) <> SUM(members)) d"
        " LEFT JOIN patient p ON p.id = d.family_id ORDER BY d.family_id");
    while (q.step()) {
        const std::string family = q.isNull(0) ? "family " + std::to_string(q.getInt(1)) +
                                                     " (no patient has that id)"
                                               : "family of MRN " + q.getText(0);
        report.mismatches.push_back(family + ": family balance " +
                                    formatMoneyPlain(Cents(q.getInt(2))) + ", members' summaries " +
                                    formatMoneyPlain(Cents(q.getInt(3))));
    }
}

}  // namespace

Result<VerifyReport> verifyStore(Store& store) {
    return guarded("verify", [&]() -> Result<VerifyReport> {
        VerifyReport report;
        const VerifyCache cache(store.impl());
        checkIntegrity(store.impl(), report);
        checkSummaries(store.impl(), report);
        checkReminderCounts(store.impl(), report);
        checkReminderLogs(store.impl(), report);
        checkFamilyBalances(store.impl(), report);
        return report;
    });
}

}  // namespace frontdesk
