#pragma once

#include <string_view>
#include <vector>

#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

// The outcomes staff may record for a prompt, the same in every front end (CDS Hooks cards,
// the desk panel, the BalancePrompt component): those that answer it (the patient pays,
// promises, takes the credit), recommended first, and those that set it aside.
struct OutcomeChoices {
    std::vector<ReminderOutcome> answers;
    std::vector<ReminderOutcome> setAside;
};

// Nothing to offer for PromptState::None.
OutcomeChoices outcomeChoicesFor(PromptState state);

// The answers a patient may tap on the kiosk's balance step, in the order shown: a small
// balance: will pay at the desk, not today; a balance due: OK (shown); a credit the patient
// decides on: apply, refund, decide later (shown); a credit under unclaimed-property review,
// which staff handle: OK (shown). Nothing for `none`.
std::vector<ReminderOutcome> kioskChoicesFor(PromptState state);

// What a button or a card says for the outcome, in English ("Patient will pay at the desk").
// Front ends with their own translations key them by toString(outcome).
std::string_view outcomeLabel(ReminderOutcome outcome);

}  // namespace frontdesk
