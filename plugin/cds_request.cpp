#include "cds_request.h"

#include <algorithm>
#include <cctype>

namespace frontdesk::hooks {
namespace {

const nlohmann::json* prefetchedPatient(const nlohmann::json& request) {
    const auto prefetch = request.find("prefetch");
    if (prefetch == request.end() || !prefetch->is_object()) return nullptr;
    const auto named = prefetch->find("patient");
    if (named != prefetch->end() && named->is_object() &&
        textOf(*named, "resourceType") == "Patient")
        return &*named;
    for (const auto& [key, value] : prefetch->items())
        if (value.is_object() && textOf(value, "resourceType") == "Patient") return &value;
    return nullptr;
}

// The resource's id; "" when it has none or it is not a string.
std::string idOf(const nlohmann::json& resource) {
    return textOf(resource, "id");
}

std::optional<std::string> patientOfAppointments(const nlohmann::json& context) {
    auto appointments = appointmentsOf(context);
    if (!appointments) return std::nullopt;
    for (const auto& a : *appointments) {
        const auto participants = a.find("participant");
        if (participants == a.end() || !participants->is_array()) continue;
        for (const auto& p : *participants) {
            const auto actor = p.find("actor");
            if (actor == p.end() || !actor->is_object()) continue;
            if (auto id = patientIdOf(textOf(*actor, "reference"))) return id;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string textOf(const nlohmann::json& object, const char* key) {
    if (!object.is_object()) return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool nestsDeeperThan(const nlohmann::json& value, std::size_t maxDepth) {
    std::vector<std::pair<const nlohmann::json*, std::size_t>> pending{{&value, 1}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (!node->is_structured()) continue;
        if (depth > maxDepth) return true;
        for (const auto& child : *node) pending.emplace_back(&child, depth + 1);
    }
    return false;
}

std::optional<std::string> patientIdOf(const std::string& reference) {
    const std::string marker = "Patient/";
    for (auto at = reference.find(marker); at != std::string::npos;
         at = reference.find(marker, at + 1)) {
        if (at != 0 && reference[at - 1] != '/') continue;  // e.g. "RelatedPatient/1"
        std::string id = reference.substr(at + marker.size());
        id = id.substr(0, id.find('/'));
        if (!id.empty() && id.find_first_of("?#") == std::string::npos) return id;
    }
    return std::nullopt;
}

Result<std::vector<nlohmann::json>> appointmentsOf(const nlohmann::json& context) {
    const auto found = context.find("appointments");
    if (found == context.end()) return fail(ErrorCode::BadInput, "context.appointments is missing");
    std::vector<nlohmann::json> out;
    if (found->is_array()) {
        out.assign(found->begin(), found->end());
    } else if (found->is_object() && textOf(*found, "resourceType") == "Bundle") {
        const auto entries = found->find("entry");
        if (entries != found->end() && entries->is_array())
            for (const auto& e : *entries)
                if (e.is_object() && e.contains("resource")) out.push_back(e["resource"]);
    } else {
        return fail(ErrorCode::BadInput, "context.appointments is neither a Bundle nor an array");
    }
    for (const auto& a : out)
        if (!a.is_object() || textOf(a, "resourceType") != "Appointment")
            return fail(ErrorCode::BadInput, "context.appointments holds a non-Appointment");
    return out;
}

std::optional<std::string> mrnOf(const nlohmann::json& patient, const std::string& system) {
    const auto ids = patient.find("identifier");
    if (ids == patient.end() || !ids->is_array()) return std::nullopt;
    for (const auto& id : *ids) {
        if (!id.is_object() || textOf(id, "system") != system) continue;
        const auto value = id.find("value");
        if (value != id.end() && value->is_string() && !value->get<std::string>().empty())
            return value->get<std::string>();
    }
    return std::nullopt;
}

std::optional<FhirAccess> fhirAccessOf(const nlohmann::json& request) {
    const auto server = request.find("fhirServer");
    const auto auth = request.find("fhirAuthorization");
    if (server == request.end() || !server->is_string() || auth == request.end() ||
        !auth->is_object())
        return std::nullopt;
    const auto token = auth->find("access_token");
    const std::string type = textOf(*auth, "token_type");
    if (token == auth->end() || !token->is_string() || token->get<std::string>().empty() ||
        !isBearerScheme(type))
        return std::nullopt;
    return FhirAccess{server->get<std::string>(), token->get<std::string>()};
}

bool isBearerScheme(std::string_view scheme) {
    constexpr std::string_view kBearer = "bearer";
    return std::equal(
        scheme.begin(), scheme.end(), kBearer.begin(), kBearer.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

std::optional<std::string_view> bearerTokenOf(std::string_view authorization) {
    const auto space = authorization.find(' ');
    if (space == std::string_view::npos || !isBearerScheme(authorization.substr(0, space)))
        return std::nullopt;
    const std::string_view token = authorization.substr(space + 1);
    if (token.empty()) return std::nullopt;
    return token;
}

Result<PatientClue> patientClueOf(const nlohmann::json& request, const std::string& mrnSystem) {
    const auto context = request.find("context");
    if (context == request.end() || !context->is_object())
        return fail(ErrorCode::BadInput, "context is missing");
    PatientClue clue;
    const auto patientId = context->find("patientId");
    if (patientId != context->end() && !patientId->is_string())
        return fail(ErrorCode::BadInput, "context.patientId must be a string");
    clue.ehrPatientId = textOf(*context, "patientId");
    // A prefetched Patient of another chart than the call's is never used: one patient's
    // balance must not show on another's chart. The call goes on as if nothing was prefetched.
    const auto* patient = prefetchedPatient(request);
    if (patient && !clue.ehrPatientId.empty() && idOf(*patient) != clue.ehrPatientId)
        patient = nullptr;
    if (patient) {
        clue.prefetched = true;
        clue.mrn = mrnOf(*patient, mrnSystem);
        if (clue.ehrPatientId.empty()) clue.ehrPatientId = idOf(*patient);
    }
    if (clue.ehrPatientId.empty() && textOf(request, "hook") == "appointment-book")
        clue.ehrPatientId = patientOfAppointments(*context).value_or("");
    if (clue.ehrPatientId.empty() && !clue.mrn)
        return fail(ErrorCode::BadInput, "context.patientId is missing");
    return clue;
}

}  // namespace frontdesk::hooks
