#include "frontdesk/runs/report.h"

#include <algorithm>

namespace frontdesk {
namespace {

Result<void> collectCredits(AccountSource& accounts, const Policy& policy, PracticeReport& r) {
    std::vector<std::string> owed;
    auto scanned = accounts.forEachOpenSummary([&](const SummaryRow& row) {
        if (row.totals.balance.value() < 0) owed.push_back(row.mrn);
    });
    if (!scanned) return scanned;
    for (const std::string& mrn : owed) {
        auto standing = accounts.standing(mrn);
        if (!standing) return tl::unexpected(standing.error());
        const Prompt p = decidePrompt(**standing, policy, Audience::Desk, Language::En, r.to);
        CreditTotals& totals = r.credits[p.state];
        ++totals.accounts;
        const auto credit = checkedNegate(p.balance);
        if (!credit || !addTo(totals.credit, *credit))
            return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the credits owed"));
        if (p.state == PromptState::CreditRefundDue)
            r.refundsDue.push_back(
                {mrn, -p.balance, p.state, p.oldestOpenOn.value_or(r.to), p.refundDueBy});
    }
    std::sort(
        r.refundsDue.begin(), r.refundsDue.end(),
        [](const CreditLine& a, const CreditLine& b) { return a.refundDueBy < b.refundDueBy; });
    return {};
}

Result<void> countRefundsDueSoon(PracticeReport& report) {
    RefundsDueSoon& due = report.refundsSoon;
    const Date soon = report.to.plusDays(30);
    for (const CreditLine& c : report.refundsDue) {
        if (!c.refundDueBy) continue;
        bool inRange = true;
        if (*c.refundDueBy < report.to) {
            ++due.overdue;
            inRange = addTo(due.overdueTotal, c.credit);
        } else if (*c.refundDueBy <= soon) {
            ++due.within30Days;
            inRange = addTo(due.within30DaysTotal, c.credit);
        }
        if (!inRange) return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the refunds due"));
    }
    return {};
}

}  // namespace

Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to) {
    auto activity = store.activity(from, to);
    if (!activity) return tl::unexpected(activity.error());
    StoreAccounts accounts(store, to);
    return makeReport(std::move(*activity), accounts, policy, from);
}

Result<PracticeReport> makeReport(ActivityByMonth activity, AccountSource& accounts,
                                  const Policy& policy, Date from) {
    const Date to = accounts.asOf();
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    PracticeReport r;
    r.from = from;
    r.to = to;
    PeriodActivity& period = activity.period;
    r.reminders = std::move(period.reminders);
    r.remindedPatients = period.remindedPatients;
    r.remindedPatientsWhoPaid = period.remindedPatientsWhoPaid;
    r.paidWithin30Days = period.paidWithin30Days;
    r.paidByChannel = std::move(period.paidByChannel);
    r.remindersByStaff = std::move(period.remindersByStaff);
    r.writtenOff = period.writtenOff;
    r.recoveredAfterWriteoff = period.recoveredAfterWriteoff;
    r.statementRuns = period.statementRuns;
    r.months = std::move(activity.months);
    auto statements = planStatements(accounts, policy);
    if (!statements) return tl::unexpected(statements.error());
    r.statements = std::move(*statements);
    if (auto credits = collectCredits(accounts, policy, r); !credits)
        return tl::unexpected(credits.error());
    if (auto soon = countRefundsDueSoon(r); !soon) return tl::unexpected(soon.error());
    auto balances = openBalances(accounts, policy);
    if (!balances) return tl::unexpected(balances.error());
    r.openBalances = *balances;
    return r;
}

}  // namespace frontdesk
