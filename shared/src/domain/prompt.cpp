#include "frontdesk/domain/prompt.h"

#include "frontdesk/domain/script.h"

namespace frontdesk {
namespace {

PromptState creditState(const LedgerTotals& totals, const std::optional<Date>& nextVisit,
                        const Policy& p, Date asOf) {
    const Cents credit = -totals.balance;
    const auto since = totals.oldestOpenOn();
    if (since && asOf.daysSince(*since) > p.creditDormancyDays)
        return PromptState::UnclaimedPropertyReview;
    if (credit >= p.creditRefundAtOrAbove) return PromptState::CreditRefundDue;
    if (nextVisit && nextVisit->daysSince(asOf) <= p.creditApplyNextVisitWithinDays)
        return PromptState::CreditApplyNextVisit;
    return PromptState::CreditOnFile;
}

bool isOwed(PromptState state) {
    return state == PromptState::SmallBalance || state == PromptState::BalanceDue ||
           state == PromptState::WrittenOffCollectable;
}

// What the patient said at the kiosk that the desk is to act on, while that is the latest
// reminder: nobody at the desk or on the phone has recorded an outcome since.
std::optional<ReminderOutcome> kioskSaidLast(const PatientStanding& s, PromptState state) {
    const auto& last = s.lastReminder;
    if (state == PromptState::None || !last || last->channel != Channel::Kiosk) return std::nullopt;
    if (!kioskAsksDesk(last->outcome, state)) return std::nullopt;
    return last->outcome;
}

// A `paid` outcome waits for the EHR to post it for at most the cooldown: a payment the EHR
// never posts (a wrong button, a payment that bounced) brings the balance back to staff.
std::optional<Date> paidAwaiting(const PatientStanding& s, const Policy& p, Date asOf) {
    if (!s.paidUnpostedOn || asOf.daysSince(*s.paidUnpostedOn) >= p.cooldownDays)
        return std::nullopt;
    return s.paidUnpostedOn;
}

}  // namespace

bool isCreditState(PromptState state) {
    switch (state) {
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditRefundDue:
        case PromptState::CreditOnFile:
        case PromptState::UnclaimedPropertyReview:
            return true;
        case PromptState::None:
        case PromptState::SmallBalance:
        case PromptState::BalanceDue:
        case PromptState::WrittenOffCollectable:
            break;
    }
    return false;
}

Cents promptAmount(const Prompt& p) {
    if (p.state == PromptState::None) return Cents{};
    if (p.state == PromptState::WrittenOffCollectable) return p.writtenOff;
    return isCreditState(p.state) ? -p.balance : p.balance;
}

bool staffShouldMention(const Prompt& p) {
    return p.state != PromptState::None && !p.suppressedUntil && !p.paidAwaitingPosting;
}

bool kioskShouldRemind(const Prompt& p) {
    return p.state != PromptState::None && !p.paidAwaitingPosting;
}

bool kioskShowsAmount(const Prompt& p, const Policy& policy) {
    if (p.state == PromptState::None) return false;
    if (isCreditState(p.state)) return true;
    switch (policy.kioskShowAmount) {
        case KioskAmount::Always:
            return true;
        case KioskAmount::Never:
            return false;
        case KioskAmount::Small:
            break;
    }
    return p.state != PromptState::BalanceDue;
}

bool kioskAsksDesk(ReminderOutcome outcome, PromptState state) {
    switch (outcome) {
        case ReminderOutcome::WillPayAtDesk:
        case ReminderOutcome::ApplyCredit:
        case ReminderOutcome::RefundRequested:
            return true;
        case ReminderOutcome::Shown:
            return state == PromptState::BalanceDue ||
                   state == PromptState::UnclaimedPropertyReview;
        default:
            return false;
    }
}

PromptState promptState(const LedgerTotals& totals, const std::optional<Date>& nextVisit,
                        const Policy& p, Date asOf) {
    const Cents balance = totals.balance;
    if (balance.value() < 0) return creditState(totals, nextVisit, p, asOf);
    if (balance.value() > 0)
        return balance <= p.smallBalanceMax ? PromptState::SmallBalance : PromptState::BalanceDue;
    if (totals.writtenOff.value() > 0) return PromptState::WrittenOffCollectable;
    return PromptState::None;
}

bool isWriteoffEligible(const PatientStanding& s, const Policy& p, Date asOf) {
    const Cents balance = s.totals.balance;
    const auto since = s.totals.oldestOpenOn();
    return balance.value() > 0 && balance <= p.writeoffMax && since &&
           asOf.daysSince(*since) >= p.writeoffMinAgeDays &&
           s.remindersSinceOpen >= p.writeoffMinReminders &&
           s.totals.insurancePending.value() == 0 && !s.openDispute &&
           !paidAwaiting(s, p, asOf);  // just paid: the payment is on its way
}

std::optional<Date> refundDueBy(const LedgerTotals& totals, const Policy& policy) {
    const auto since = totals.oldestOpenOn();
    if (!since) return std::nullopt;
    return since->plusDays(policy.creditRefundWithinDays);
}

Prompt decidePrompt(const PatientStanding& s, const Policy& p, Audience audience, Language language,
                    Date asOf) {
    Prompt prompt;
    prompt.mrn = s.mrn;
    prompt.state = promptState(s.totals, s.nextVisit, p, asOf);
    prompt.balance = s.totals.balance;
    prompt.insurancePending = s.totals.insurancePending;
    prompt.familyBalance = s.familyBalance;
    prompt.writtenOff = s.totals.writtenOff;
    prompt.currency = p.currency;
    prompt.oldestOpenOn = s.totals.oldestOpenOn();
    prompt.ageDays = prompt.oldestOpenOn ? asOf.daysSince(*prompt.oldestOpenOn) : 0;
    // Store::standing refuses a summary whose lots do not add up (openLotsTotal), so ageing
    // them cannot fail here
    prompt.aging = ageLots(s.totals.openLots, asOf).value_or(AgingBuckets{});
    prompt.reminders = s.remindersSinceOpen;
    prompt.lastReminder = s.lastReminder;
    prompt.nextVisit = s.nextVisit;
    prompt.writeoffEligible = isWriteoffEligible(s, p, asOf);
    if (prompt.state == PromptState::CreditRefundDue) prompt.refundDueBy = refundDueBy(s.totals, p);
    prompt.kioskSaid = kioskSaidLast(s, prompt.state);
    if (isOwed(prompt.state)) prompt.paidAwaitingPosting = paidAwaiting(s, p, asOf);
    // a kiosk answer the desk is to act on does not start the desk's cooldown
    if (audience != Audience::Kiosk && isOwed(prompt.state) && s.lastReminder &&
        !prompt.kioskSaid) {
        const Date until = s.lastReminder->on.plusDays(p.cooldownDays);
        if (until > asOf) prompt.suppressedUntil = until;
    }
    prompt.audience = audience;
    prompt.language = language;
    prompt.asOf = asOf;
    prompt.script = writeScript(prompt, p);
    return prompt;
}

}  // namespace frontdesk
