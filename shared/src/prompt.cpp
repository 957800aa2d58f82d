#include "frontdesk/prompt.h"

#include "frontdesk/script.h"

namespace frontdesk {
namespace {

PromptState creditState(const PatientStanding& s, const Policy& p, Date asOf) {
    const Cents credit = -s.totals.balance;
    const auto since = s.totals.oldestOpenOn();
    if (since && asOf.daysSince(*since) > p.creditDormancyDays)
        return PromptState::UnclaimedPropertyReview;
    if (credit >= p.creditRefundAtOrAbove) return PromptState::CreditRefundDue;
    if (s.nextVisit && s.nextVisit->daysSince(asOf) <= p.creditApplyNextVisitWithinDays)
        return PromptState::CreditApplyNextVisit;
    return PromptState::CreditOnFile;
}

PromptState decideState(const PatientStanding& s, const Policy& p, Date asOf) {
    const Cents balance = s.totals.balance;
    if (balance.value() < 0) return creditState(s, p, asOf);
    if (balance.value() > 0)
        return balance <= p.smallBalanceMax ? PromptState::SmallBalance : PromptState::BalanceDue;
    if (s.totals.writtenOff.value() > 0) return PromptState::WrittenOffCollectable;
    return PromptState::None;
}

bool isOwed(PromptState state) {
    return state == PromptState::SmallBalance || state == PromptState::BalanceDue ||
           state == PromptState::WrittenOffCollectable;
}

}  // namespace

bool isWriteoffEligible(const PatientStanding& s, const Policy& p, Date asOf) {
    const Cents balance = s.totals.balance;
    const auto since = s.totals.oldestOpenOn();
    return balance.value() > 0 && balance <= p.writeoffMax && since &&
           asOf.daysSince(*since) >= p.writeoffMinAgeDays &&
           s.remindersSinceOpen >= p.writeoffMinReminders &&
           s.totals.insurancePending.value() == 0 && !s.openDispute;
}

Prompt decidePrompt(const PatientStanding& s, const Policy& p, Audience audience,
                    Language language, Date asOf) {
    Prompt prompt;
    prompt.mrn = s.mrn;
    prompt.state = decideState(s, p, asOf);
    prompt.balance = s.totals.balance;
    prompt.insurancePending = s.totals.insurancePending;
    prompt.familyBalance = s.familyBalance;
    prompt.writtenOff = s.totals.writtenOff;
    prompt.currency = p.currency;
    prompt.oldestOpenOn = s.totals.oldestOpenOn();
    prompt.ageDays = prompt.oldestOpenOn ? asOf.daysSince(*prompt.oldestOpenOn) : 0;
    prompt.aging = ageLots(s.totals.openLots, asOf);
    prompt.reminders = s.remindersSinceOpen;
    prompt.lastReminder = s.lastReminder;
    prompt.nextVisit = s.nextVisit;
    prompt.writeoffEligible = isWriteoffEligible(s, p, asOf);
    if (prompt.state == PromptState::CreditRefundDue && prompt.oldestOpenOn)
        prompt.refundDueBy = prompt.oldestOpenOn->plusDays(p.creditRefundWithinDays);
    if (audience != Audience::Kiosk && isOwed(prompt.state) && s.lastReminder) {
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
