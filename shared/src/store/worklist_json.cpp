#include "frontdesk/store/worklist_json.h"

#include "frontdesk/domain/prompt_json.h"

namespace frontdesk {

nlohmann::json worklistToJson(const std::vector<BalanceLookup::WorklistRow>& rows, Date day) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& row : rows) {
        const Appointment& a = row.appointment.appointment;
        list.push_back({{"appointment_id", a.id},
                        {"start", a.start},
                        {"duration_min", a.durationMin},
                        {"provider", a.provider},
                        {"location", a.location},
                        {"status", toString(a.status)},
                        {"mrn", a.mrn},
                        {"family_name", row.appointment.familyName},
                        {"given_name", row.appointment.givenName},
                        {"prompt", promptToJson(row.prompt)}});
    }
    return {{"date", day.iso()}, {"appointments", list}};
}

Result<std::vector<BalanceLookup::WorklistRow>> worklistFromJson(const nlohmann::json& json) {
    const auto list = json.is_object() ? json.find("appointments") : json.end();
    if (!json.is_object() || list == json.end() || !list->is_array())
        return fail(ErrorCode::BadInput, "worklist: \"appointments\" is missing or not a list");
    std::vector<BalanceLookup::WorklistRow> rows;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string where = "worklist: appointment " + std::to_string(i + 1);
        const auto text = [&](const char* key) -> std::optional<std::string> {
            const auto it = item.is_object() ? item.find(key) : item.end();
            if (!item.is_object() || it == item.end() || !it->is_string()) return std::nullopt;
            return it->get<std::string>();
        };
        const auto status = text("status");
        const auto parsedStatus = status ? parseAppointmentStatus(*status) : std::nullopt;
        const auto duration = item.is_object() ? item.find("duration_min") : item.end();
        const auto promptMember = item.is_object() ? item.find("prompt") : item.end();
        if (!text("appointment_id") || !text("start") || !text("provider") || !text("location") ||
            !text("mrn") || !text("family_name") || !text("given_name") || !parsedStatus ||
            duration == item.end() || !duration->is_number_integer() || promptMember == item.end())
            return fail(ErrorCode::BadInput, where + " lacks a member or has one of another type");
        auto prompt = promptFromJson(*promptMember);
        if (!prompt) return fail(ErrorCode::BadInput, where + ": " + prompt.error().message);
        Appointment a{
            *text("appointment_id"), *text("mrn"),      *text("start"), duration->get<int>(),
            *text("provider"),       *text("location"), *parsedStatus};
        rows.push_back(
            {{std::move(a), *text("family_name"), *text("given_name")}, std::move(*prompt)});
    }
    return rows;
}

}  // namespace frontdesk
