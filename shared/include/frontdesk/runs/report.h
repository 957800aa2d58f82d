#pragma once

#include <map>
#include <string>
#include <vector>

#include "frontdesk/domain/policy.h"
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

struct CreditTotals {
    std::size_t accounts = 0;
    Cents credit;
};

// What the reminders recovered and what the policy wrote off, for a period (both days
// included). Statements and credits are as of the period's last day.
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
    Cents recoveredAfterWriteoff;  // write-off reversals posted in the period
    StatementRun statements;
    std::map<PromptState, CreditTotals> credits;
    std::vector<CreditLine> refundsDue;  // credit_refund_due, earliest deadline first
};

// Fails with BadInput when `to` is before `from`.
Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to);

// A calendar month of a period, clipped to the period, and the report's counts for it: the
// same as makeReport's reminders, payments, write-offs and reversals for that month alone.
struct MonthActivity {
    Date from;  // the 1st, or the period's first day
    Date to;    // the month's last day, or the period's last
    PeriodActivity activity;
};
// The period month by month, in order. BadInput when `to` is before `from`.
Result<std::vector<MonthActivity>> activityByMonth(Store& store, Date from, Date to);

}  // namespace frontdesk
