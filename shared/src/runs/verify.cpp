#include "frontdesk/runs/verify.h"

#include "frontdesk/domain/reminder_log.h"

namespace frontdesk {
namespace {

void compare(const std::string& mrn, const char* what, Cents summary, Cents ledger,
             VerifyReport& report) {
    if (summary == ledger) return;
    report.mismatches.push_back("MRN " + mrn + ": " + what + " summary " +
                                formatMoneyPlain(summary) + ", ledger " + formatMoneyPlain(ledger));
}

// Entries stored by an older version beyond the largest one entry may carry.
void checkEntryAmounts(const SummaryWithLedger& row, Cents largest, VerifyReport& report) {
    for (const LedgerEntry& e : row.entries) {
        for (const Cents amount : {e.effect.patient, e.effect.insurance}) {
            if (amount <= largest && amount >= -largest) continue;
            report.mismatches.push_back(
                "MRN " + row.summary.mrn + ": ledger entry " + std::to_string(e.id) + " of " +
                e.postedOn.iso() + " carries " + formatMoneyPlain(amount) +
                ", above the largest entry (" + formatMoneyPlain(largest) + ")");
            break;
        }
    }
}

void checkSummary(const SummaryWithLedger& row, Cents largest, VerifyReport& report) {
    for (const std::int64_t id : row.strayEntryIds)
        report.mismatches.push_back("ledger entry " + std::to_string(id) +
                                    " belongs to a patient without a summary");
    const SummaryRow& s = row.summary;
    ++report.patientsChecked;
    report.entriesChecked += row.entries.size();
    checkEntryAmounts(row, largest, report);
    const auto totals = totalLedger(row.entries);
    if (!totals) {
        report.mismatches.push_back("MRN " + s.mrn + ": " + totals.error().message);
        return;
    }
    const LedgerTotals& t = *totals;
    compare(s.mrn, "balance", s.totals.balance, t.balance, report);
    compare(s.mrn, "insurance pending", s.totals.insurancePending, t.insurancePending, report);
    compare(s.mrn, "written off", s.totals.writtenOff, t.writtenOff, report);
    if (s.totals.openLots != t.openLots)
        report.mismatches.push_back("MRN " + s.mrn + ": open charges differ from the ledger");
}

Result<void> checkSummaries(Store& store, Cents largest, VerifyReport& report) {
    auto stray = store.forEachSummaryWithLedger(
        [largest, &report](const SummaryWithLedger& row) { checkSummary(row, largest, report); });
    if (!stray) return tl::unexpected(stray.error());
    if (*stray) report.mismatches.push_back("ledger entries belong to patients without a summary");
    return {};
}

Result<void> checkReminderCounts(Store& store, VerifyReport& report) {
    auto found = store.reminderCountMismatches();
    if (!found) return tl::unexpected(found.error());
    for (const ReminderCountMismatch& m : *found)
        report.mismatches.push_back("MRN " + m.mrn + ": reminder count summary " +
                                    std::to_string(m.counted) + ", stored " +
                                    std::to_string(m.stored));
    return {};
}

// The balance reminders the summary should keep: the stored reminders that count as one.
void checkReminderLog(const SummaryWithReminders& row, VerifyReport& report) {
    std::vector<LoggedReminder> expected;
    for (const StoredReminder& r : row.stored) {
        if (!r.outcome || !countsAsBalanceReminder(*r.outcome)) continue;
        expected.push_back({r.on, r.id, *r.outcome == ReminderOutcome::Disputed});
    }
    if (!row.logged || *row.logged != expected)
        report.mismatches.push_back("MRN " + row.mrn +
                                    ": balance reminders in the summary differ from the"
                                    " reminders stored");
}

Result<void> checkFamilyBalances(Store& store, VerifyReport& report) {
    auto found = store.familyBalanceMismatches();
    if (!found) return tl::unexpected(found.error());
    for (const FamilyBalanceMismatch& m : *found) {
        const std::string family =
            m.headMrn ? "family of MRN " + *m.headMrn
                      : "family " + std::to_string(m.familyId) + " (no patient has that id)";
        const auto amount = [](const std::optional<Cents>& side) {
            return side ? formatMoneyPlain(*side) : std::string("out of the range of money");
        };
        report.mismatches.push_back(family + ": family balance " + amount(m.kept) +
                                    ", members' summaries " + amount(m.members));
    }
    return {};
}

Result<void> runChecks(Store& store, Cents largest, VerifyReport& report) {
    auto integrity = store.integrityProblems();
    if (!integrity) return tl::unexpected(integrity.error());
    report.integrityProblems = std::move(*integrity);
    if (auto ok = checkSummaries(store, largest, report); !ok) return ok;
    if (auto ok = checkReminderCounts(store, report); !ok) return ok;
    auto logs = store.forEachSummaryWithReminders(
        [&report](const SummaryWithReminders& row) { checkReminderLog(row, report); });
    if (!logs) return logs;
    return checkFamilyBalances(store, report);
}

}  // namespace

Result<VerifyReport> verifyStore(Store& store, Cents largestEntry) {
    VerifyReport report;
    auto checked = store.withScanCache([&] { return runChecks(store, largestEntry, report); });
    if (!checked) return tl::unexpected(checked.error());
    return report;
}

}  // namespace frontdesk
