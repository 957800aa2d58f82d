#include "frontdesk/domain/prompt_json.h"

namespace frontdesk {
namespace {

nlohmann::json dateOrNull(const std::optional<Date>& d) {
    return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json promptToJson(const Prompt& p) {
    nlohmann::json last = nullptr;
    if (p.lastReminder) {
        last = {{"on", p.lastReminder->on.iso()},
                {"channel", toString(p.lastReminder->channel)},
                {"outcome", toString(p.lastReminder->outcome)},
                {"note", p.lastReminder->note}};
    }
    return {
        {"mrn", p.mrn},
        {"state", toString(p.state)},
        {"amount_cents", promptAmount(p).value()},
        {"mention_now", staffShouldMention(p)},
        {"kiosk_said",
         p.kioskSaid ? nlohmann::json(toString(*p.kioskSaid)) : nlohmann::json(nullptr)},
        {"paid_awaiting_posting_since", dateOrNull(p.paidAwaitingPosting)},
        {"balance_cents", p.balance.value()},
        {"insurance_pending_cents", p.insurancePending.value()},
        {"family_balance_cents", p.familyBalance.value()},
        {"written_off_cents", p.writtenOff.value()},
        {"currency", p.currency},
        {"oldest_open_on", dateOrNull(p.oldestOpenOn)},
        {"age_days", p.ageDays},
        {"aging_cents",
         {{"0_30", p.aging.days0to30.value()},
          {"31_60", p.aging.days31to60.value()},
          {"61_90", p.aging.days61to90.value()},
          {"91_120", p.aging.days91to120.value()},
          {"over_120", p.aging.over120.value()}}},
        {"reminders", p.reminders},
        {"last_reminder", last},
        {"suppressed_until", dateOrNull(p.suppressedUntil)},
        {"writeoff_eligible", p.writeoffEligible},
        {"refund_due_by", dateOrNull(p.refundDueBy)},
        {"next_visit_on", dateOrNull(p.nextVisit)},
        {"audience", toString(p.audience)},
        {"language", toString(p.language)},
        {"script", p.script},
        {"as_of", p.asOf.iso()},
    };
}

}  // namespace frontdesk
