// The practice report as JSON (frontdesk report --json, the clinic server's /v1/report): money
// in integer cents ("_cents"), days as YYYY-MM-DD.
#include "frontdesk/runs/report_json.h"

namespace frontdesk {
namespace {

nlohmann::json remindersJson(const std::map<std::pair<Channel, ReminderOutcome>, std::size_t>& r) {
    nlohmann::json reminders = nlohmann::json::array();
    for (const auto& [key, n] : r)
        reminders.push_back(
            {{"channel", toString(key.first)}, {"outcome", toString(key.second)}, {"count", n}});
    return reminders;
}

nlohmann::json byStaffJson(
    const std::map<std::pair<std::string, ReminderOutcome>, std::size_t>& remindersByStaff) {
    nlohmann::json byStaff = nlohmann::json::array();
    for (const auto& [key, n] : remindersByStaff)
        byStaff.push_back({{"staff", key.first}, {"outcome", toString(key.second)}, {"count", n}});
    return byStaff;
}

// Every channel, 0 when none.
nlohmann::json byChannelJson(const std::map<Channel, Cents>& paidByChannel) {
    nlohmann::json byChannel = nlohmann::json::object();
    for (const Channel channel : {Channel::Kiosk, Channel::Desk, Channel::Phone}) {
        const auto it = paidByChannel.find(channel);
        byChannel[std::string(toString(channel))] =
            it == paidByChannel.end() ? 0 : it->second.value();
    }
    return byChannel;
}

nlohmann::json monthJson(const MonthActivity& m) {
    const PeriodActivity& a = m.activity;
    return {{"from", m.from.iso()},
            {"to", m.to.iso()},
            {"reminders", remindersJson(a.reminders)},
            {"reminders_by_staff", byStaffJson(a.remindersByStaff)},
            {"reminded_patients", a.remindedPatients},
            {"reminded_patients_who_paid", a.remindedPatientsWhoPaid},
            {"paid_within_30_days_cents", a.paidWithin30Days.value()},
            {"paid_within_30_days_by_channel_cents", byChannelJson(a.paidByChannel)},
            {"written_off_cents", a.writtenOff.value()},
            {"recovered_after_writeoff_cents", a.recoveredAfterWriteoff.value()}};
}

nlohmann::json openBalancesJson(const OpenBalances& b) {
    nlohmann::json byAge = nlohmann::json::array();
    for (const BalanceAge& age : b.byAge)
        byAge.push_back({{"from_days", age.fromDays},
                         {"to_days", age.toDays ? nlohmann::json(*age.toDays) : nlohmann::json()},
                         {"small_accounts", age.smallAccounts},
                         {"small_cents", age.small.value()},
                         {"larger_accounts", age.largerAccounts},
                         {"larger_cents", age.larger.value()}});
    return {{"as_of", b.asOf.iso()},
            {"small_balance_max_cents", b.smallMax.value()},
            {"by_age", byAge},
            {"writeoff_eligible", b.eligibleNow},
            {"writeoff_eligible_cents", b.eligibleNowTotal.value()},
            {"writeoff_eligible_within_30_days", b.eligibleWithin30Days},
            {"writeoff_eligible_within_30_days_cents", b.eligibleWithin30DaysTotal.value()}};
}

}  // namespace

nlohmann::json statementsJson(const StatementRun& run) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& line : run.statements)
        list.push_back({{"mrn", line.mrn},
                        {"balance_cents", line.balance.value()},
                        {"oldest_open_on", line.oldestOpenOn.iso()}});
    return {{"as_of", run.asOf.iso()},
            {"threshold_cents", run.threshold.value()},
            {"statements", list},
            {"statement_count", run.statements.size()},
            {"statement_total_cents", run.statementTotal.value()},
            {"suppressed_small", run.suppressedSmall},
            {"suppressed_written_off", run.suppressedWrittenOff},
            {"suppressed_balance_cents", run.suppressedBalance.value()},
            {"cost_saved_cents", run.costSaved.value()}};
}

nlohmann::json reportJson(const PracticeReport& r) {
    nlohmann::json credits = nlohmann::json::object();
    for (const auto& [state, t] : r.credits)
        credits[std::string(toString(state))] = {{"accounts", t.accounts},
                                                 {"credit_cents", t.credit.value()}};
    nlohmann::json refunds = nlohmann::json::array();
    for (const auto& c : r.refundsDue)
        refunds.push_back({{"mrn", c.mrn},
                           {"credit_cents", c.credit.value()},
                           {"since", c.since.iso()},
                           {"refund_due_by", c.refundDueBy ? c.refundDueBy->iso() : ""}});
    nlohmann::json months = nlohmann::json::array();
    for (const MonthActivity& m : r.months) months.push_back(monthJson(m));
    const RefundsDueSoon& due = r.refundsSoon;
    return {{"from", r.from.iso()},
            {"to", r.to.iso()},
            {"reminders", remindersJson(r.reminders)},
            {"reminders_by_staff", byStaffJson(r.remindersByStaff)},
            {"reminded_patients", r.remindedPatients},
            {"reminded_patients_who_paid", r.remindedPatientsWhoPaid},
            {"paid_within_30_days_cents", r.paidWithin30Days.value()},
            {"paid_within_30_days_by_channel_cents", byChannelJson(r.paidByChannel)},
            {"written_off_cents", r.writtenOff.value()},
            {"recovered_after_writeoff_cents", r.recoveredAfterWriteoff.value()},
            {"statements", statementsJson(r.statements)},
            {"credits", credits},
            {"refunds_due", refunds},
            {"refunds_overdue", due.overdue},
            {"refunds_overdue_cents", due.overdueTotal.value()},
            {"refunds_due_within_30_days", due.within30Days},
            {"refunds_due_within_30_days_cents", due.within30DaysTotal.value()},
            {"open_balances", openBalancesJson(r.openBalances)},
            {"months", months}};
}

}  // namespace frontdesk
