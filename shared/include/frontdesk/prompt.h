#pragma once

#include <optional>
#include <string>

#include "frontdesk/config.h"
#include "frontdesk/ledger.h"
#include "frontdesk/vocabulary.h"

namespace frontdesk {

struct ReminderRecord {
    Date on;
    Channel channel = Channel::Desk;
    ReminderOutcome outcome = ReminderOutcome::Shown;
};

// Everything the store knows about one patient that a prompt is decided from. Read with
// point lookups (the maintained summary, the family total, the reminders since the balance
// opened, the next visit), never by summing the ledger.
struct PatientStanding {
    std::string mrn;
    LedgerTotals totals;
    Cents familyBalance;
    int remindersSinceOpen = 0;             // balance reminders on or after the oldest open date
    bool openDispute = false;               // the latest of those reminders is `disputed`
    std::optional<ReminderRecord> lastReminder;  // the latest reminder of any kind
    std::optional<Date> nextVisit;          // the next booked appointment on or after as-of
};

// The answer every front end gives: what to tell or remind this patient today.
struct Prompt {
    std::string mrn;
    PromptState state = PromptState::None;
    Cents balance;
    Cents insurancePending;
    Cents familyBalance;
    Cents writtenOff;
    std::string currency;
    std::optional<Date> oldestOpenOn;
    int ageDays = 0;
    AgingBuckets aging;
    int reminders = 0;
    std::optional<ReminderRecord> lastReminder;
    std::optional<Date> suppressedUntil;  // desk/phone cooldown; never for the kiosk
    bool writeoffEligible = false;
    std::optional<Date> refundDueBy;
    std::optional<Date> nextVisit;
    std::string script;
    Audience audience = Audience::Desk;
    Language language = Language::En;
    Date asOf;
};

// Decides the prompt state and every figure from a standing, the policy and the date, then
// writes the script for the audience in the language. Pure: same inputs, same prompt.
Prompt decidePrompt(const PatientStanding& standing, const Policy& policy, Audience audience,
                    Language language, Date asOf);

// True when the balance may be written off under the policy as of the date.
bool isWriteoffEligible(const PatientStanding& standing, const Policy& policy, Date asOf);

}  // namespace frontdesk
