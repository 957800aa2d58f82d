#include "ehr_patient.h"

#include <algorithm>
#include <chrono>

#include "cds_request.h"
#include "frontdesk/fhir/client.h"

namespace frontdesk::hooks {
namespace {

std::string withoutTrailingSlash(std::string url) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

}  // namespace

Result<nlohmann::json> fetchEhrPatient(const FhirAccess& access, const std::string& patientId,
                                       const std::vector<std::string>& allowed) {
    const std::string server = withoutTrailingSlash(access.server);
    const bool listed = std::any_of(allowed.begin(), allowed.end(), [&](const std::string& a) {
        return withoutTrailingSlash(a) == server;
    });
    if (!listed) return fail(ErrorCode::BadInput, "fhirServer " + server + " is not allow-listed");
    if (patientId.empty()) return fail(ErrorCode::BadInput, "no patient id to read");
    FhirClientOptions options;
    options.baseUrl = server;
    options.bearerToken = access.token;
    options.connectTimeout = std::chrono::milliseconds(3'000);
    options.requestTimeout = std::chrono::milliseconds(5'000);
    options.stallSeconds = 3;
    options.maxAttempts = 1;
    options.maxBodyBytes = 1u << 20;
    auto client = FhirClient::create(std::move(options));
    if (!client) return tl::unexpected(client.error());
    auto patient = client->getResource("Patient/" + urlEncode(patientId));
    if (!patient)
        return fail(ErrorCode::NotFound,
                    server + ": the Patient could not be read: " + patient.error().message);
    if (!patient->is_object() || textOf(*patient, "resourceType") != "Patient")
        return fail(ErrorCode::BadInput, server + ": the answer is not a Patient");
    return std::move(*patient);
}

}  // namespace frontdesk::hooks
