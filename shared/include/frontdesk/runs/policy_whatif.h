#pragma once

// What a candidate policy would do to today's accounts, beside the policy in force (frontdesk
// whatif, the manager's what-if): the write-off run and the statement run each would make (the
// same rules as `writeoffs` and `statements`, on the same accounts), how many patients the
// desk and phone staff would be prompted about, and the credits that change state. The
// accounts are read once; each policy after that is one pass over them in memory.

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/account_source.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/statement_run.h"
#include "frontdesk/runs/writeoff_run.h"

namespace frontdesk {

// What one policy does to the accounts: the counts and sums of its runs, not their lines.
struct PolicyEffect {
    // planWriteoffs under the policy (a dry run): its accounts and their total
    std::size_t writeoffAccounts = 0;
    Cents writeoffTotal;
    StatementRun statements;  // planStatements under the policy, without the lines
    Cents statementCost;      // the statements to send x statements.cost_per_statement
    // Patients whose desk prompt is not `none` (a balance, money written off, a credit), and
    // how many in each state.
    std::size_t promptedPatients = 0;
    std::map<PromptState, std::size_t> promptStates;
    std::map<PromptState, CreditTotals> credits;  // the credit states alone, with their sums
};

struct PolicyComparison {
    Date asOf;
    PolicyEffect current;
    PolicyEffect candidate;
    // Credit accounts whose state is not the same under the two policies.
    std::size_t creditsChangingState = 0;
};

class PolicyWhatIf {
public:
    // Reads every open account of the store as of the day, in one pass (read again for a later
    // moment).
    static Result<PolicyWhatIf> read(Store& store, Date asOf);

    Result<PolicyEffect> effect(const Policy& policy);
    // The current side is computed once and kept while `current` stays the same policy: each
    // further candidate costs one effect() and one pass over the credits.
    Result<PolicyComparison> compare(const Policy& current, const Policy& candidate);
    Date asOf() const { return m_accounts.asOf(); }
    std::size_t accounts() const { return m_accounts.rows().size(); }
    // The accounts read, for the report on the same moment (makeReport's source).
    AccountSnapshot& snapshot() { return m_accounts; }

private:
    explicit PolicyWhatIf(AccountSnapshot accounts) : m_accounts(std::move(accounts)) {}
    // effect(), also writing each credit account's state, in row order, into `creditStates`.
    Result<PolicyEffect> effect(const Policy& policy, std::vector<PromptState>* creditStates);

    // The last compare's current side: its policy, effect and credit accounts' states.
    struct Side {
        Policy policy;
        PolicyEffect effect;
        std::vector<PromptState> creditStates;
    };
    AccountSnapshot m_accounts;
    std::optional<Side> m_current;
};

}  // namespace frontdesk
