#include "frontdesk/store/patient_json.h"

#include "frontdesk/domain/prompt_json.h"

namespace frontdesk {

nlohmann::json patientToJson(const Patient& patient) {
    return {{"mrn", patient.mrn},
            {"family_name", patient.familyName},
            {"given_name", patient.givenName},
            {"birth_date", patient.birthDate.iso()},
            {"phone", patient.phoneDigits},
            {"language", patient.language},
            {"guarantor_mrn", patient.guarantorMrn}};
}

Result<Patient> patientFromJson(const nlohmann::json& json) {
    const auto text = [&](const char* key) -> std::optional<std::string> {
        const auto it = json.is_object() ? json.find(key) : json.end();
        if (!json.is_object() || it == json.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    const auto birth = text("birth_date");
    const auto birthDate = birth ? parseDate(*birth) : Result<Date>(fail(ErrorCode::BadInput, ""));
    if (!text("mrn") || !text("family_name") || !text("given_name") || !birthDate ||
        !text("phone") || !text("language") || !text("guarantor_mrn"))
        return fail(ErrorCode::BadInput, "patient: a member is missing or of another type");
    return Patient{*text("mrn"),   *text("family_name"), *text("given_name"),   *birthDate,
                   *text("phone"), *text("language"),    *text("guarantor_mrn")};
}

nlohmann::json patientListToJson(const PatientList& list) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& row : list.rows) {
        nlohmann::json item = patientToJson(row.patient);
        item["prompt"] = promptToJson(row.prompt);
        items.push_back(std::move(item));
    }
    return {{"patients", items}, {"truncated", list.truncated}};
}

Result<PatientList> patientListFromJson(const nlohmann::json& json) {
    const auto list = json.is_object() ? json.find("patients") : json.end();
    const auto truncated = json.is_object() ? json.find("truncated") : json.end();
    if (!json.is_object() || list == json.end() || !list->is_array() || truncated == json.end() ||
        !truncated->is_boolean())
        return fail(ErrorCode::BadInput, "patients: \"patients\" or \"truncated\" is missing");
    std::vector<PatientWithPrompt> rows;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string where = "patients: patient " + std::to_string(i + 1);
        auto patient = patientFromJson(item);
        if (!patient) return fail(ErrorCode::BadInput, where + ": " + patient.error().message);
        const auto promptMember = item.find("prompt");
        if (promptMember == item.end()) return fail(ErrorCode::BadInput, where + " has no prompt");
        auto prompt = promptFromJson(*promptMember);
        if (!prompt) return fail(ErrorCode::BadInput, where + ": " + prompt.error().message);
        rows.push_back({std::move(*patient), std::move(*prompt)});
    }
    return PatientList{std::move(rows), truncated->get<bool>()};
}

}  // namespace frontdesk
