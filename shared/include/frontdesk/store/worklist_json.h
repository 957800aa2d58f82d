#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/store/lookup.h"

namespace frontdesk {

// The day's worklist as JSON ({"date", "appointments": [...]}, each appointment with its
// patient's prompt as promptToJson gives it): what `frontdesk worklist --json` prints and the
// clinic server's GET /v1/worklist answers.
nlohmann::json worklistToJson(const std::vector<BalanceLookup::WorklistRow>& rows, Date day);

// The rows back from that JSON (a station reading the server's worklist). BadInput naming the
// first appointment or member that is wrong.
Result<std::vector<BalanceLookup::WorklistRow>> worklistFromJson(const nlohmann::json& json);

}  // namespace frontdesk
