#include "frontdesk/runs/statement_run.h"

namespace frontdesk {

Result<StatementRun> planStatements(AccountSource& accounts, const Policy& policy) {
    const Date asOf = accounts.asOf();
    StatementRun run;
    run.asOf = asOf;
    run.threshold = policy.statementThreshold();
    bool inRange = true;  // every sum so far
    auto scanned = accounts.forEachOpenSummary([&](const SummaryRow& row) {
        const LedgerTotals& t = row.totals;
        if (t.balance > run.threshold) {
            run.statements.push_back({row.mrn, t.balance, t.oldestOpenOn().value_or(asOf)});
            inRange = inRange && addTo(run.statementTotal, t.balance);
        } else if (t.balance.value() > 0) {
            ++run.suppressedSmall;
            inRange = inRange && addTo(run.suppressedBalance, t.balance);
        } else if (t.balance.value() == 0 && t.writtenOff.value() > 0) {
            ++run.suppressedWrittenOff;
        }
    });
    if (!scanned) return tl::unexpected(scanned.error());
    const auto suppressed =
        static_cast<std::int64_t>(run.suppressedSmall + run.suppressedWrittenOff);
    const auto saved = checkedTimes(policy.costPerStatement, suppressed);
    if (!inRange || !saved)
        return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the statement run"));
    run.costSaved = *saved;
    return run;
}

Result<StatementRun> planStatements(Store& store, const Policy& policy, Date asOf) {
    StoreAccounts accounts(store, asOf);
    return planStatements(accounts, policy);
}

}  // namespace frontdesk
