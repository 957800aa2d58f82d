#pragma once

// The CDS Hooks cards Front Desk answers with: one card per prompt that staff should act on,
// with a suggestion for each positive outcome and an override reason for each negative one.

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "frontdesk/domain/prompt.h"

namespace frontdesk::hooks {

// The coding system of our override reasons; each code is a reminder outcome.
inline constexpr const char* kOutcomeSystem = "urn:frontdesk:reminder-outcome";

// A card as issued, and what each of its choices records when the EHR reports it back.
struct IssuedCard {
    std::string uuid;
    std::string mrn;
    Channel channel = Channel::Desk;
    std::string userId;                                  // the EHR user the card was shown to
    std::map<std::string, ReminderOutcome> suggestions;  // suggestion uuid -> outcome
    std::map<std::string, ReminderOutcome> overrides;    // override code -> outcome
    nlohmann::json json;
};

// The card for a prompt, or nullopt when there is nothing to say: state `none`, or a desk or
// phone prompt in its reminder cooldown. `selectionBehavior` is the EHR's ("at-most-one" or
// "any"); `newUuid` makes the card's and suggestions' uuids.
std::optional<IssuedCard> cardFor(const Prompt& prompt, const std::string& userId,
                                  const std::string& selectionBehavior,
                                  const std::function<std::string()>& newUuid);

// A random (version 4) UUID from OpenSSL's generator.
std::string randomUuid();

}  // namespace frontdesk::hooks
