#pragma once

#include <string>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/policy.h"
#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

struct Prompt;

// The words an audience says or sees for a decided prompt, in the prompt's language.
// Product copy: short, polite, never shaming. The kiosk's never names line items or dates
// of visits and shows an amount only as kiosk.show_amount allows. Desk and phone scripts
// start with what the staff member needs to know, then the sentence to say in quotes.
// During a cooldown the desk and phone script says when the last reminder was instead.
// Empty for state `none`.
std::string writeScript(const Prompt& prompt, const Policy& policy);

// A date for people in the language: "Oct 12, 2026", "12 oct 2026", "12 oct. 2026".
std::string formatDateFor(Date date, Language language);

// The order people of the language type a date in: "MDY" for English (US), "DMY" for Spanish
// and Romanian.
std::string_view dateFieldOrder(Language language);

}  // namespace frontdesk
