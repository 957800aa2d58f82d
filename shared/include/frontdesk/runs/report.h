#pragma once

#include <map>
#include <string>
#include <vector>

#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/open_balances.h"
#include "frontdesk/runs/statement_run.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct CreditLine {
    std::string mrn;
    Cents credit;  // owed to the patient, positive
    PromptState state = PromptState::CreditOnFile;
    Date since;
    std::optional<Date> refundDueBy;
};

// Of the refunds due as of a day: those whose deadline has passed, and the others due within
// the next 30 days.
struct RefundsDueSoon {
    std::size_t overdue = 0;
    Cents overdueTotal;
    std::size_t within30Days = 0;
    Cents within30DaysTotal;
};

struct CreditTotals {
    std::size_t accounts = 0;
    Cents credit;
};

// What the reminders recovered and what the policy wrote off, for a period (both days
// included). Statements, credits and open balances are as of the period's last day.
struct PracticeReport {
    Date from;
    Date to;
    std::map<std::pair<Channel, ReminderOutcome>, std::size_t> reminders;
    std::size_t remindedPatients = 0;
    std::size_t remindedPatientsWhoPaid = 0;  // a payment within 30 days after a reminder
    Cents paidWithin30Days;                   // those payments, each counted once
    std::map<Channel, Cents> paidByChannel;   // by the channel of the reminder they followed
    std::map<std::pair<std::string, ReminderOutcome>, std::size_t> remindersByStaff;
    Cents writtenOff;
    Cents recoveredAfterWriteoff;    // write-off reversals posted in the period
    StatementRun statements;         // the run as of `to` (a plan: planStatements)
    StatementsMailed statementRuns;  // the runs the practice recorded in the period
    std::map<PromptState, CreditTotals> credits;
    std::vector<CreditLine> refundsDue;  // credit_refund_due, earliest deadline first
    RefundsDueSoon refundsSoon;          // of refundsDue
    OpenBalances openBalances;
    // The reminders, payments, write-offs and reversals month by month: each month's figures
    // are the report's for that month alone (so reminded patients and payments that follow
    // reminders in two months count in both, and the months need not add up to the period).
    std::vector<MonthActivity> months;
};

// The part of a report computed from the accounts of its last day, in one pass over them: the
// statement run (its lines when asked), the credits owed (the refunds due listed) and the open
// balances.
struct AccountsReport {
    StatementRun statements;
    std::map<PromptState, CreditTotals> credits;
    std::vector<CreditLine> refundsDue;
    RefundsDueSoon refundsSoon;
    OpenBalances openBalances;
};
Result<AccountsReport> reportAccounts(AccountSource& accounts, const Policy& policy,
                                      StatementLines lines = StatementLines::Keep);

// Fails with BadInput when `to` is before `from`.
Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to);
// The same from the period's activity (Store::activity(from, to)) and the report on the accounts
// of its last day: the two may be read on two connections at once.
Result<PracticeReport> makeReport(ActivityByMonth activity, AccountsReport accounts, Date from);

}  // namespace frontdesk
