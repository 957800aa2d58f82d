#include "frontdesk/runs/writeoff_run.h"

namespace frontdesk {

Result<WriteoffRun> planWriteoffs(AccountSource& accounts, const Policy& policy) {
    return planWriteoffs(accounts, policy, accounts.asOf());
}

Result<WriteoffRun> planWriteoffs(AccountSource& accounts, const Policy& policy, Date asOf) {
    WriteoffRun run;
    run.asOf = asOf;
    // A cheap filter on the summary first; only the few that pass read their reminders.
    std::vector<std::string> maybe;
    auto scanned = accounts.forEachOpenSummary([&](const SummaryRow& row) {
        const LedgerTotals& t = row.totals;
        const auto since = t.oldestOpenOn();
        if (t.balance.value() > 0 && t.balance <= policy.writeoffMax &&
            t.insurancePending.value() == 0 && since &&
            asOf.daysSince(*since) >= policy.writeoffMinAgeDays)
            maybe.push_back(row.mrn);
    });
    if (!scanned) return tl::unexpected(scanned.error());
    for (const std::string& mrn : maybe) {
        auto read = accounts.standing(mrn);
        if (!read) return tl::unexpected(read.error());
        const PatientStanding& standing = **read;
        if (!isWriteoffEligible(standing, policy, asOf)) continue;
        const Date since = *standing.totals.oldestOpenOn();
        run.accounts.push_back({mrn, standing.totals.balance, since, asOf.daysSince(since),
                                standing.remindersSinceOpen});
        if (!addTo(run.total, standing.totals.balance))
            return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the write-off run"));
    }
    return run;
}

Result<WriteoffRun> planWriteoffs(Store& store, const Policy& policy, Date asOf) {
    StoreAccounts accounts(store, asOf);
    return planWriteoffs(accounts, policy);
}

Result<WriteoffRun> postWriteoffs(Store& store, const Policy& policy, Date asOf) {
    auto run = planWriteoffs(store, policy, asOf);
    if (!run) return run;
    std::vector<NewEntry> entries;
    entries.reserve(run->accounts.size());
    for (const WriteoffCandidate& c : run->accounts) {
        entries.push_back({"writeoff:" + asOf.iso() + ":" + c.mrn, c.mrn, asOf,
                           EntryKind::SmallBalanceWriteoff, c.balance,
                           "small-balance write-off, policy run of " + asOf.iso()});
    }
    auto outcome = store.postEntries(entries);
    if (!outcome) return tl::unexpected(outcome.error());
    if (!outcome->problems.empty())
        return fail(ErrorCode::Conflict, "write-off run not posted: " +
                                             run->accounts[outcome->problems.front().index].mrn +
                                             ": " + outcome->problems.front().reason);
    run->posted = true;
    return run;
}

}  // namespace frontdesk
