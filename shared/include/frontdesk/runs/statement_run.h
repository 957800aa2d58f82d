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
    std::vector<StatementLine> statements;
    Cents statementTotal;
    std::size_t suppressedSmall = 0;
    std::size_t suppressedWrittenOff = 0;
    Cents suppressedBalance;  // owed on the suppressed small balances
    Cents costSaved;          // suppressed statements x cost per statement
};

Result<StatementRun> planStatements(Store& store, const Policy& policy, Date asOf);
// The same, on the accounts of a source, as of its day.
Result<StatementRun> planStatements(AccountSource& accounts, const Policy& policy);

}  // namespace frontdesk
