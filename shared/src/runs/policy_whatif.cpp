#include "frontdesk/runs/policy_whatif.h"

#include "frontdesk/domain/prompt.h"

namespace frontdesk {

Result<PolicyWhatIf> PolicyWhatIf::read(Store& store, Date asOf) {
    auto accounts = AccountSnapshot::read(store, asOf);
    if (!accounts) return tl::unexpected(accounts.error());
    return PolicyWhatIf(std::move(*accounts));
}

Result<PolicyEffect> PolicyWhatIf::effect(const Policy& policy) {
    return effect(policy, nullptr);
}

// One pass over the snapshot, each account put to the rules the runs apply: the write-off
// rule (isWriteoffEligible, planWriteoffs'), the statement run's step (addToStatementRun,
// planStatements') and the desk prompt's state (promptState).
Result<PolicyEffect> PolicyWhatIf::effect(const Policy& policy,
                                          std::vector<PromptState>* creditStates) {
    const Date asOf = m_accounts.asOf();
    PolicyEffect e;
    e.statements = startStatementRun(policy, asOf);
    bool inRange = true;
    const auto& rows = m_accounts.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const LedgerTotals& totals = rows[i].totals;
        const PatientStanding& standing = m_accounts.standingAt(i);
        inRange = addToStatementRun(e.statements, rows[i], StatementLines::CountOnly) && inRange;
        if (isWriteoffEligible(standing, policy, asOf)) {
            ++e.writeoffAccounts;
            inRange = addTo(e.writeoffTotal, standing.totals.balance) && inRange;
        }
        const bool credit = totals.balance.value() < 0;
        // only a credit's state reads more than the summary: the patient's next visit
        const PromptState state =
            promptState(totals, credit ? standing.nextVisit : std::optional<Date>{}, policy, asOf);
        if (creditStates && credit) creditStates->push_back(state);
        if (state == PromptState::None) continue;
        ++e.promptedPatients;
        ++e.promptStates[state];
        if (!isCreditState(state)) continue;
        CreditTotals& owed = e.credits[state];
        ++owed.accounts;
        const auto positive = checkedNegate(totals.balance);
        inRange = positive && addTo(owed.credit, *positive) && inRange;
    }
    if (!inRange || !finishStatementRun(e.statements, policy))
        return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the what-if's sums"));
    const auto cost = checkedTimes(policy.costPerStatement,
                                   static_cast<std::int64_t>(e.statements.statementCount));
    if (!cost) return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the statements' cost"));
    e.statementCost = *cost;
    return e;
}

Result<PolicyComparison> PolicyWhatIf::compare(const Policy& current, const Policy& candidate) {
    PolicyComparison c;
    c.asOf = m_accounts.asOf();
    if (!m_current || !(m_current->policy == current)) {
        m_current.reset();
        Side side{current, {}, {}};
        auto now = effect(current, &side.creditStates);
        if (!now) return tl::unexpected(now.error());
        side.effect = std::move(*now);
        m_current = std::move(side);
    }
    c.current = m_current->effect;
    std::vector<PromptState> creditStates;
    creditStates.reserve(m_current->creditStates.size());
    auto then = effect(candidate, &creditStates);
    if (!then) return tl::unexpected(then.error());
    c.candidate = std::move(*then);
    // the credit accounts in the same order on both sides
    for (std::size_t i = 0; i < creditStates.size(); ++i)
        if (creditStates[i] != m_current->creditStates.at(i)) ++c.creditsChangingState;
    return c;
}

}  // namespace frontdesk
