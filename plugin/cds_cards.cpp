#include "cds_cards.h"

#include <openssl/rand.h>

#include <array>
#include <cstdio>
#include <functional>
#include <vector>

#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/domain/script.h"

namespace frontdesk::hooks {
namespace {

std::string summaryOf(const Prompt& p) {
    const std::string amount = formatMoney(promptAmount(p), p.currency);
    const auto date = [](const std::optional<Date>& d) {
        return d ? formatDateFor(*d, Language::En) : std::string("-");
    };
    const std::string age = " (" + std::to_string(p.ageDays) + " days)";
    switch (p.state) {
        case PromptState::SmallBalance:
            return "Small balance " + amount + age + ": worth a mention";
        case PromptState::BalanceDue:
            return "Balance due " + amount + age;
        case PromptState::WrittenOffCollectable:
            return "Written off " + amount + ", still collectable";
        case PromptState::CreditApplyNextVisit:
            return "Credit " + amount + ": apply at the visit on " + date(p.nextVisit);
        case PromptState::CreditRefundDue:
            return "Credit " + amount + ": refund due by " + date(p.refundDueBy);
        case PromptState::CreditOnFile:
            return "Credit " + amount + " on file";
        case PromptState::UnclaimedPropertyReview:
            return "Credit " + amount + " due for unclaimed-property review";
        case PromptState::None:
            break;
    }
    return {};
}

std::string detailOf(const Prompt& p) {
    std::string detail = p.script;
    if (p.familyBalance != p.balance)
        detail += "\n\nFamily total: " + formatMoney(p.familyBalance, p.currency) + ".";
    if (p.insurancePending.value() != 0)
        detail += "\n\nStill with insurance: " + formatMoney(p.insurancePending, p.currency) +
                  " (not owed by the patient yet).";
    return detail;
}

}  // namespace

std::string randomUuid() {
    std::array<unsigned char, 16> b{};
    RAND_bytes(b.data(), static_cast<int>(b.size()));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return out;
}

std::optional<IssuedCard> cardFor(const Prompt& p, const std::string& userId,
                                  const std::string& selectionBehavior,
                                  const std::function<std::string()>& newUuid) {
    if (!staffShouldMention(p)) return std::nullopt;
    IssuedCard card{newUuid(), p.mrn, p.audience, userId, {}, {}, {}};
    nlohmann::json suggestions = nlohmann::json::array();
    bool first = true;
    const OutcomeChoices choices = outcomeChoicesFor(p.state);
    for (const ReminderOutcome outcome : choices.answers) {
        const std::string id = newUuid();
        card.suggestions.emplace(id, outcome);
        suggestions.push_back({{"label", outcomeLabel(outcome)},
                               {"uuid", id},
                               {"isRecommended", first},
                               {"actions", nlohmann::json::array()}});
        first = false;
    }
    nlohmann::json reasons = nlohmann::json::array();
    for (const ReminderOutcome outcome : choices.setAside) {
        const std::string code(toString(outcome));
        card.overrides.emplace(code, outcome);
        reasons.push_back(
            {{"code", code}, {"system", kOutcomeSystem}, {"display", outcomeLabel(outcome)}});
    }
    const bool warn =
        p.state == PromptState::BalanceDue || p.state == PromptState::UnclaimedPropertyReview;
    card.json = {{"uuid", card.uuid},
                 {"summary", summaryOf(p)},
                 {"indicator", warn ? "warning" : "info"},
                 {"detail", detailOf(p)},
                 {"source",
                  {{"label", "Front Desk balance reminders"},
                   {"topic",
                    {{"code", std::string(toString(p.state))},
                     {"system", "urn:frontdesk:prompt-state"},
                     {"display", std::string(toString(p.state))}}}}},
                 {"suggestions", suggestions},
                 {"selectionBehavior", selectionBehavior},
                 {"overrideReasons", reasons}};
    return card;
}

}  // namespace frontdesk::hooks
