#pragma once

#include <string>
#include <string_view>

#include "frontdesk/domain/error.h"

namespace frontdesk {

// The digits of a phone number written in any usual format ("+1 (555) 010-2000",
// "555.010.2000"), for matching a caller to a patient. A leading North American country code
// 1 on an 11-digit number is dropped, so both spellings match. Empty text gives "".
// Fails with BadInput for letters or other characters, or fewer than 7 or more than 15 digits.
Result<std::string> phoneDigits(std::string_view text);

}  // namespace frontdesk
