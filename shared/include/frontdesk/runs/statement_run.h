#pragma once

#include <string>
#include <vector>

#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/account_source.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct StatementLine {
    std::string mrn;
    Cents balance;
    Date oldestOpenOn;
};

// Who gets a mailed statement and what suppressing the rest saved. A patient account gets a
// statement only when its balance exceeds statements.cost_per_statement x
// statements.min_cost_multiple; smaller balances and written-off ones are suppressed (staff
// mention them instead).
struct StatementRun {
    Date asOf;
    Cents threshold;
    std::size_t statementCount = 0;         // statements to send
    std::vector<StatementLine> statements;  // their lines, when the run keeps them
    Cents statementTotal;
    std::size_t suppressedSmall = 0;
    std::size_t suppressedWrittenOff = 0;
    Cents suppressedBalance;  // owed on the suppressed small balances
    Cents costSaved;          // suppressed statements x cost per statement
};

// Whether a run keeps the line of each statement to send (the mailing) or only counts them (the
// what-if, the clinic server's report).
enum class StatementLines { Keep, CountOnly };

// On the summaries when nothing is posted after `asOf`, else on the ledger as it stood that
// day (LedgerAccounts: a run asked for or recorded after its day, the demo's history).
Result<StatementRun> planStatements(Store& store, const Policy& policy, Date asOf);
// The same, on the accounts of a source, as of its day.
Result<StatementRun> planStatements(AccountSource& accounts, const Policy& policy,
                                    StatementLines lines = StatementLines::Keep);

// Plans the run as of the day (its lines kept: the mailing) and records it as mailed
// (Store::recordStatementRun): Conflict when that day's run is already recorded.
Result<StatementRun> recordStatements(Store& store, const Policy& policy, Date asOf,
                                      UnixSeconds now);

// planStatements one account at a time (the what-if's single pass over its snapshot): a run
// started with its day and policy's threshold, each open summary added, then finished with the
// cost saved. False when a sum leaves the range of money.
StatementRun startStatementRun(const Policy& policy, Date asOf);
bool addToStatementRun(StatementRun& run, const SummaryRow& row, StatementLines lines);
bool finishStatementRun(StatementRun& run, const Policy& policy);

}  // namespace frontdesk
