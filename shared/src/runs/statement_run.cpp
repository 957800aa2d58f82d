#include "frontdesk/runs/statement_run.h"

namespace frontdesk {

Result<StatementRun> planStatements(Store& store, const Policy& policy, Date asOf) {
    StatementRun run;
    run.asOf = asOf;
    run.threshold = policy.statementThreshold();
    auto scanned = store.forEachOpenSummary([&](const SummaryRow& row) {
        const LedgerTotals& t = row.totals;
        if (t.balance > run.threshold) {
            run.statements.push_back({row.mrn, t.balance, t.oldestOpenOn().value_or(asOf)});
            run.statementTotal += t.balance;
        } else if (t.balance.value() > 0) {
            ++run.suppressedSmall;
            run.suppressedBalance += t.balance;
        } else if (t.balance.value() == 0 && t.writtenOff.value() > 0) {
            ++run.suppressedWrittenOff;
        }
    });
    if (!scanned) return tl::unexpected(scanned.error());
    const auto suppressed =
        static_cast<std::int64_t>(run.suppressedSmall + run.suppressedWrittenOff);
    run.costSaved = Cents(policy.costPerStatement.value() * suppressed);
    return run;
}

}  // namespace frontdesk
