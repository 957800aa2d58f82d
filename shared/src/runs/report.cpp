#include "frontdesk/runs/report.h"

#include <algorithm>

namespace frontdesk {
namespace {

// A credit account's state (the desk prompt's, promptState: without the prompt's words) and
// sum; a refund due is listed with its deadline as the prompt gives it.
bool addCredit(AccountsReport& a, const PatientStanding& standing, const Policy& policy, Date to) {
    const LedgerTotals& t = standing.totals;
    const PromptState state = promptState(t, standing.nextVisit, policy, to);
    CreditTotals& totals = a.credits[state];
    ++totals.accounts;
    const auto credit = checkedNegate(t.balance);
    if (!credit || !addTo(totals.credit, *credit)) return false;
    if (state == PromptState::CreditRefundDue)
        a.refundsDue.push_back(
            {standing.mrn, *credit, state, t.oldestOpenOn().value_or(to), refundDueBy(t, policy)});
    return true;
}

bool countRefundsDueSoon(AccountsReport& a, Date to) {
    RefundsDueSoon& due = a.refundsSoon;
    const Date soon = to.plusDays(30);
    for (const CreditLine& c : a.refundsDue) {
        if (!c.refundDueBy) continue;
        if (*c.refundDueBy < to) {
            ++due.overdue;
            if (!addTo(due.overdueTotal, c.credit)) return false;
        } else if (*c.refundDueBy <= soon) {
            ++due.within30Days;
            if (!addTo(due.within30DaysTotal, c.credit)) return false;
        }
    }
    return true;
}

}  // namespace

Result<AccountsReport> reportAccounts(AccountSource& accounts, const Policy& policy,
                                      StatementLines lines) {
    const Date to = accounts.asOf();
    AccountsReport a;
    a.statements = startStatementRun(policy, to);
    a.openBalances = startOpenBalances(policy, to);
    bool inRange = true;
    auto scanned =
        accounts.forEachOpenStanding([&](const SummaryRow& row, const PatientStanding& standing) {
            inRange = addToStatementRun(a.statements, row, lines) && inRange;
            inRange = addToOpenBalances(a.openBalances, row, standing, policy) && inRange;
            if (row.totals.balance.value() < 0)
                inRange = addCredit(a, standing, policy, to) && inRange;
        });
    if (!scanned) return tl::unexpected(scanned.error());
    std::sort(
        a.refundsDue.begin(), a.refundsDue.end(),
        [](const CreditLine& x, const CreditLine& y) { return x.refundDueBy < y.refundDueBy; });
    if (!inRange || !finishStatementRun(a.statements, policy) || !countRefundsDueSoon(a, to))
        return tl::unexpected(moneyOutOfRange(ErrorCode::Storage, "the report on the accounts"));
    return a;
}

Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to) {
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    auto activity = store.activity(from, to);
    if (!activity) return tl::unexpected(activity.error());
    StoreAccounts accounts(store, to);
    auto onAccounts = reportAccounts(accounts, policy);
    if (!onAccounts) return tl::unexpected(onAccounts.error());
    return makeReport(std::move(*activity), std::move(*onAccounts), from);
}

Result<PracticeReport> makeReport(ActivityByMonth activity, AccountsReport accounts, Date from) {
    const Date to = accounts.statements.asOf;
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
    r.statements = std::move(accounts.statements);
    r.credits = std::move(accounts.credits);
    r.refundsDue = std::move(accounts.refundsDue);
    r.refundsSoon = accounts.refundsSoon;
    r.openBalances = accounts.openBalances;
    return r;
}

}  // namespace frontdesk
