#pragma once

// Reading the Patient of a CDS Hooks call from the EHR's FHIR server, the specification's
// alternative to prefetch: used when a call names a patient this service has not seen and
// carries fhirServer and fhirAuthorization instead of a prefetched Patient.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cds_request.h"
#include "frontdesk/domain/error.h"

namespace frontdesk::hooks {

// GET {server}/Patient/{id} with the call's bearer token, over the core's FHIR client (https,
// or http to loopback; peer and host verified; 3 s to connect, 5 s in all, no retries: the EHR
// is waiting; 1 MiB at most). Only servers in `allowed` (hooks.fhir_servers; a trailing "/"
// ignored) are asked, so a call cannot send the service to any other host. Fails with
// BadInput (not allowed, not a Patient) or NotFound (any failure of the request), naming the
// server, never the token.
Result<nlohmann::json> fetchEhrPatient(const FhirAccess& access, const std::string& patientId,
                                       const std::vector<std::string>& allowed);

}  // namespace frontdesk::hooks
