#pragma once

#include <optional>
#include <string>

#include "frontdesk/domain/ledger.h"
#include "frontdesk/domain/policy.h"
#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

struct ReminderRecord {
    Date on;
    Channel channel = Channel::Desk;
    ReminderOutcome outcome = ReminderOutcome::Shown;
    std::string note;  // what the staff member typed with it; may be empty
};

// Everything the store knows about one patient that a prompt is decided from. Read with
// point lookups (the maintained summary, the family total, the reminders since the balance
// opened, the next visit), never by summing the ledger.
struct PatientStanding {
    std::string mrn;
    LedgerTotals totals;
    Cents familyBalance;
    int remindersSinceOpen = 0;  // balance reminders on or after the oldest open date
    bool openDispute = false;    // the latest of those reminders is `disputed`
    std::optional<ReminderRecord> lastReminder;  // the latest reminder of any kind
    std::optional<Date> nextVisit;               // the next booked appointment on or after as-of
    // A `paid` outcome recorded without a payment posted with it (the EHR is the ledger of
    // record), not yet followed by any ledger entry: the day it was recorded.
    std::optional<Date> paidUnpostedOn;
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
    // What the patient said at the kiosk that staff are to act on (will pay at the desk, told
    // to see the desk, a credit decision), when it is the latest reminder (the day is
    // lastReminder->on): no cooldown starts, so staff see the patient flagged until they
    // record an outcome of their own. Never for `none`.
    std::optional<ReminderOutcome> kioskSaid;
    // Paid on this day, waiting for the EHR to post the payment; for at most
    // reminders.cooldown_days, after which the balance is prompted again.
    std::optional<Date> paidAwaitingPosting;
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

// The prompt's state alone (decidePrompt's `state`): from a standing's totals and, for a
// credit, its next visit.
PromptState promptState(const LedgerTotals& totals, const std::optional<Date>& nextVisit,
                        const Policy& policy, Date asOf);
// When a credit in the state credit_refund_due is to be refunded (decidePrompt's refundDueBy):
// credit.refund_within_days after its oldest open credit.
std::optional<Date> refundDueBy(const LedgerTotals& totals, const Policy& policy);

// True for the states of money owed to the patient.
bool isCreditState(PromptState state);

// The figure the prompt is about, positive: the balance owed, the written-off amount still
// collectable, or the credit; zero for `none`.
Cents promptAmount(const Prompt& prompt);

// True when staff (desk, phone, the CDS card) should mention it now: there is something to
// mention, it is not in its cooldown, and it is not already paid and waiting to be posted.
bool staffShouldMention(const Prompt& prompt);

// True when the kiosk should remind the patient at check-in: there is something to mention and
// it is not already paid and waiting to be posted.
bool kioskShouldRemind(const Prompt& prompt);

// True when the kiosk shows the amount beside its message (kiosk.show_amount): always for a
// credit; for a balance as the policy says (small: small balances and written-off ones only).
bool kioskShowsAmount(const Prompt& prompt, const Policy& policy);

// True when a kiosk outcome asks the desk to act rather than closing the matter for the
// cooldown: the patient will pay at the desk, chose what to do with a credit, or was told to
// see the desk (a balance due, a credit under unclaimed-property review).
bool kioskAsksDesk(ReminderOutcome outcome, PromptState state);

}  // namespace frontdesk
