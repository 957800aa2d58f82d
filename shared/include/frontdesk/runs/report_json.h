#pragma once

// The practice report, the statement run and the what-if as JSON (frontdesk report --json,
// statements --json and whatif --json print these; the clinic server's /v1/report and
// /v1/whatif answer them): money in integer cents (keys ending "_cents"), days as YYYY-MM-DD.

#include <nlohmann/json.hpp>

#include "frontdesk/runs/policy_whatif.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/statement_run.h"

namespace frontdesk {

// Whether the report's lists that name patients (the statements to mail, the refunds due) are
// written; without them their counts and sums stay (what the clinic server sends a manager's
// desk, whose charts need no patient).
enum class PatientLines { Keep, Omit };

nlohmann::json statementsJson(const StatementRun& run, PatientLines lines = PatientLines::Keep);
nlohmann::json reportJson(const PracticeReport& report, PatientLines lines = PatientLines::Keep);
// reportJson read back (a report from the clinic server): equal to the report written, but for
// the lists left out. BadInput naming the member that is missing or of another type.
Result<PracticeReport> reportFromJson(const nlohmann::json& json);

// {"as_of", "current", "candidate", "credits_changing_state"}: each side the policy's effect
// with its settings (policy.toml's keys and values).
nlohmann::json whatIfJson(const PolicyComparison& comparison, const Policy& current,
                          const Policy& candidate);
// whatIfJson read back (the sides' settings are not: the asker knows its candidate).
Result<PolicyComparison> whatIfFromJson(const nlohmann::json& json);

}  // namespace frontdesk
