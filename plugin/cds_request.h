#pragma once

// Reading a CDS Hooks request: which of our patients it is about.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/domain/error.h"

namespace frontdesk::hooks {

// What a request says about its patient.
struct PatientClue {
    std::string ehrPatientId;        // context.patientId (or the Patient's id)
    std::optional<std::string> mrn;  // from the prefetched Patient's identifier
    bool prefetched = false;         // a Patient resource came with the request
};

// The string member `key` of a JSON object; "" when it is absent, not a string, or `object` is
// not an object. Never throws (nlohmann's value() does on a member of another type).
std::string textOf(const nlohmann::json& object, const char* key);

// How deep CDS Hooks bodies may nest (objects and arrays); real requests stay under 15.
inline constexpr std::size_t kMaxJsonDepth = 64;

// True when `value` nests deeper than `maxDepth` objects and arrays. Iterative, so that a
// hostile body nested 20,000 deep is refused before anything copies or walks it recursively
// (a copy of such a value overflows the stack).
bool nestsDeeperThan(const nlohmann::json& value, std::size_t maxDepth);

// The id of the patient a FHIR reference points to: "Patient/123", "https://ehr/fhir/Patient/
// 123", "Patient/123/_history/2"; nullopt for anything else.
std::optional<std::string> patientIdOf(const std::string& reference);

// The appointments of an appointment-book context: a Bundle (entry[].resource) or a bare
// array. Fails with BadInput when it is neither or holds something that is not an Appointment.
Result<std::vector<nlohmann::json>> appointmentsOf(const nlohmann::json& context);

// The identifier of `system` on a Patient resource; nullopt when it has none.
std::optional<std::string> mrnOf(const nlohmann::json& patient, const std::string& system);

// The EHR's FHIR server and the bearer token a request carries for reading it (fhirServer and
// fhirAuthorization with token_type Bearer); nullopt when it carries neither.
struct FhirAccess {
    std::string server;
    std::string token;  // never logged
};
std::optional<FhirAccess> fhirAccessOf(const nlohmann::json& request);

// True for the HTTP authentication scheme "Bearer" in any case (RFC 7235: schemes are
// case-insensitive), as an Authorization header or a token_type names it.
bool isBearerScheme(std::string_view scheme);

// The token of an `Authorization: Bearer <token>` header, the scheme in any case; nullopt for
// another scheme, a missing or empty token.
std::optional<std::string_view> bearerTokenOf(std::string_view authorization);

// The patient of a request: the prefetched Patient (under "patient" or any prefetch key that
// holds a Patient; null or absent counts as not prefetched), its identifier of `mrnSystem`,
// and the EHR's patient id from the context, or from the appointments' patient participant.
// Fails with BadInput when the request has no context or no way to name a patient.
Result<PatientClue> patientClueOf(const nlohmann::json& request, const std::string& mrnSystem);

}  // namespace frontdesk::hooks
