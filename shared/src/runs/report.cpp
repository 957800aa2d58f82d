#include "frontdesk/runs/report.h"

#include <algorithm>

namespace frontdesk {
namespace {

Result<void> collectCredits(Store& store, const Policy& policy, PracticeReport& r) {
    std::vector<std::string> owed;
    auto scanned = store.forEachOpenSummary([&](const SummaryRow& row) {
        if (row.totals.balance.value() < 0) owed.push_back(row.mrn);
    });
    if (!scanned) return scanned;
    for (const std::string& mrn : owed) {
        auto standing = store.standing(mrn, r.to);
        if (!standing) return tl::unexpected(standing.error());
        const Prompt p = decidePrompt(*standing, policy, Audience::Desk, Language::En, r.to);
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

}  // namespace

Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to) {
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    PracticeReport r;
    r.from = from;
    r.to = to;
    auto activity = store.periodActivity(from, to);
    if (!activity) return tl::unexpected(activity.error());
    r.reminders = std::move(activity->reminders);
    r.remindedPatients = activity->remindedPatients;
    r.remindedPatientsWhoPaid = activity->remindedPatientsWhoPaid;
    r.paidWithin30Days = activity->paidWithin30Days;
    r.paidByChannel = std::move(activity->paidByChannel);
    r.remindersByStaff = std::move(activity->remindersByStaff);
    r.writtenOff = activity->writtenOff;
    r.recoveredAfterWriteoff = activity->recoveredAfterWriteoff;
    auto statements = planStatements(store, policy, to);
    if (!statements) return tl::unexpected(statements.error());
    r.statements = std::move(*statements);
    if (auto credits = collectCredits(store, policy, r); !credits)
        return tl::unexpected(credits.error());
    return r;
}

Result<std::vector<MonthActivity>> activityByMonth(Store& store, Date from, Date to) {
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    std::vector<MonthActivity> months;
    for (Date start = from; !(to < start);) {
        const unsigned month = start.month();
        const Date next = month == 12 ? Date::fromCivil(start.year() + 1, 1, 1)
                                      : Date::fromCivil(start.year(), month + 1, 1);
        const Date end = next.plusDays(-1) < to ? next.plusDays(-1) : to;
        auto activity = store.periodActivity(start, end);
        if (!activity) return tl::unexpected(activity.error());
        months.push_back({start, end, std::move(*activity)});
        start = next;
    }
    return months;
}

}  // namespace frontdesk
