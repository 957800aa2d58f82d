#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/domain/prompt.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

// A patient with their prompt, as the desk lists them (a search, the callers of a number).
struct PatientWithPrompt {
    Patient patient;
    Prompt prompt;
};

// A list of patients with their prompts (a search: at most 50, `truncated` when more matched).
struct PatientList {
    std::vector<PatientWithPrompt> rows;
    bool truncated = false;
};

// {"mrn", "family_name", "given_name", "birth_date", "phone", "language", "guarantor_mrn"}:
// what the clinic server answers for a patient (GET /v1/patients/{mrn}); "phone" is the digits
// kept for matching a caller, "guarantor_mrn" empty for a patient who is their own.
nlohmann::json patientToJson(const Patient& patient);
// BadInput naming what is missing or wrong.
Result<Patient> patientFromJson(const nlohmann::json& json);

// {"patients": [patient + "prompt"], "truncated"}: the server's GET /v1/patients?q= and
// ?phone= answers.
nlohmann::json patientListToJson(const PatientList& list);
// BadInput naming the first wrong row.
Result<PatientList> patientListFromJson(const nlohmann::json& json);

}  // namespace frontdesk
