#include "frontdesk/runs/statement_run.h"

namespace frontdesk {

StatementRun startStatementRun(const Policy& policy, Date asOf) {
    StatementRun run;
    run.asOf = asOf;
    run.threshold = policy.statementThreshold();
    return run;
}

bool addToStatementRun(StatementRun& run, const SummaryRow& row, StatementLines lines) {
    const LedgerTotals& t = row.totals;
    if (t.balance > run.threshold) {
        ++run.statementCount;
        if (lines == StatementLines::Keep)
            run.statements.push_back({row.mrn, t.balance, t.oldestOpenOn().value_or(run.asOf)});
        return addTo(run.statementTotal, t.balance);
    }
    if (t.balance.value() > 0) {
        ++run.suppressedSmall;
        return addTo(run.suppressedBalance, t.balance);
    }
    if (t.balance.value() == 0 && t.writtenOff.value() > 0) ++run.suppressedWrittenOff;
    return true;
}

bool finishStatementRun(StatementRun& run, const Policy& policy) {
    const auto suppressed =
        static_cast<std::int64_t>(run.suppressedSmall + run.suppressedWrittenOff);
    const auto saved = checkedTimes(policy.costPerStatement, suppressed);
    if (!saved) return false;
    run.costSaved = *saved;
    return true;
}

Result<StatementRun> planStatements(AccountSource& accounts, const Policy& policy,
                                    StatementLines lines) {
    StatementRun run = startStatementRun(policy, accounts.asOf());
    bool inRange = true;  // every sum so far
    auto scanned = accounts.forEachOpenSummary(
        [&](const SummaryRow& row) { inRange = addToStatementRun(run, row, lines) && inRange; });
    if (!scanned) return tl::unexpected(scanned.error());
    if (!inRange || !finishStatementRun(run, policy))
        return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the statement run"));
    return run;
}

// On the summaries when nothing is posted after the day, else on the ledger as it stood that
// day (a run asked for, or recorded, after its day: the demo's history).
Result<StatementRun> planStatements(Store& store, const Policy& policy, Date asOf) {
    auto later = store.postedAfter(asOf);
    if (!later) return tl::unexpected(later.error());
    if (*later) {
        LedgerAccounts ledger(store, asOf);
        return planStatements(ledger, policy);
    }
    StoreAccounts summaries(store, asOf);
    return planStatements(summaries, policy);
}

Result<StatementRun> recordStatements(Store& store, const Policy& policy, Date asOf,
                                      UnixSeconds now) {
    auto run = planStatements(store, policy, asOf);
    if (!run) return run;
    const StatementRunRecord record{asOf,
                                    run->threshold,
                                    run->statementCount,
                                    run->statementTotal,
                                    run->suppressedSmall,
                                    run->suppressedWrittenOff,
                                    run->suppressedBalance,
                                    run->costSaved};
    if (auto kept = store.recordStatementRun(record, now); !kept)
        return tl::unexpected(kept.error());
    return run;
}

}  // namespace frontdesk
