#include "frontdesk/runs/policy_whatif.h"

#include "frontdesk/domain/prompt.h"

namespace frontdesk {

Result<PolicyWhatIf> PolicyWhatIf::read(Store& store, Date asOf) {
    auto accounts = AccountSnapshot::read(store, asOf);
    if (!accounts) return tl::unexpected(accounts.error());
    return PolicyWhatIf(std::move(*accounts));
}

Result<PromptState> PolicyWhatIf::stateOf(std::size_t i, const Policy& policy) {
    const SummaryRow& row = m_accounts.rows()[i];
    std::optional<Date> nextVisit;
    // only a credit's state reads more than the summary: the patient's next visit
    if (row.totals.balance.value() < 0) {
        auto standing = m_accounts.standingAt(i);
        if (!standing) return tl::unexpected(standing.error());
        nextVisit = (*standing)->nextVisit;
    }
    return promptState(row.totals, nextVisit, policy, m_accounts.asOf());
}

Result<PolicyEffect> PolicyWhatIf::effect(const Policy& policy) {
    return effect(policy, nullptr);
}

Result<PolicyEffect> PolicyWhatIf::effect(const Policy& policy,
                                          std::vector<PromptState>* creditStates) {
    PolicyEffect e;
    auto writeoffs = planWriteoffs(m_accounts, policy);
    if (!writeoffs) return tl::unexpected(writeoffs.error());
    e.writeoffs = std::move(*writeoffs);
    auto statements = planStatements(m_accounts, policy);
    if (!statements) return tl::unexpected(statements.error());
    e.statements = std::move(*statements);
    const auto cost = checkedTimes(policy.costPerStatement,
                                   static_cast<std::int64_t>(e.statements.statements.size()));
    if (!cost) return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the statements' cost"));
    e.statementCost = *cost;
    const auto& rows = m_accounts.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto state = stateOf(i, policy);
        if (!state) return tl::unexpected(state.error());
        if (creditStates && rows[i].totals.balance.value() < 0) creditStates->push_back(*state);
        if (*state == PromptState::None) continue;
        ++e.promptedPatients;
        ++e.promptStates[*state];
        if (!isCreditState(*state)) continue;
        CreditTotals& totals = e.credits[*state];
        ++totals.accounts;
        const auto credit = checkedNegate(rows[i].totals.balance);
        if (!credit || !addTo(totals.credit, *credit))
            return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the credits owed"));
    }
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
    auto then = effect(candidate, &creditStates);
    if (!then) return tl::unexpected(then.error());
    c.candidate = std::move(*then);
    // the credit accounts in the same order on both sides
    for (std::size_t i = 0; i < creditStates.size(); ++i)
        if (creditStates[i] != m_current->creditStates.at(i)) ++c.creditsChangingState;
    return c;
}

}  // namespace frontdesk
