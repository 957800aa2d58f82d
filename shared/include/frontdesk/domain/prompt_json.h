#pragma once

#include <nlohmann/json.hpp>

#include "frontdesk/domain/error.h"
#include "frontdesk/domain/prompt.h"

namespace frontdesk {

// The prompt as the JSON object of the contract in docs/prompt-json.md: mrn, state,
// balance_cents, insurance_pending_cents, family_balance_cents, written_off_cents, currency,
// oldest_open_on, age_days, aging_cents, reminders, last_reminder, suppressed_until,
// writeoff_eligible, refund_due_by, next_visit_on, audience, language, script, as_of.
// Money is integer cents; dates are "YYYY-MM-DD" or null.
nlohmann::json promptToJson(const Prompt& prompt);

// The prompt back from that JSON (a station reading the server's answer), so that it prints
// and shows exactly as a prompt decided here. The derived members (amount_cents, mention_now)
// are not read. BadInput naming the first member that is missing or of the wrong type or
// range.
Result<Prompt> promptFromJson(const nlohmann::json& json);

}  // namespace frontdesk
