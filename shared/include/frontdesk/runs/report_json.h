#pragma once

// The practice report and the statement run as JSON (frontdesk report --json and statements
// --json print these): money in integer cents (keys ending "_cents"), days as YYYY-MM-DD.

#include <nlohmann/json.hpp>

#include "frontdesk/runs/report.h"
#include "frontdesk/runs/statement_run.h"

namespace frontdesk {

nlohmann::json statementsJson(const StatementRun& run);
nlohmann::json reportJson(const PracticeReport& report);

}  // namespace frontdesk
