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

}  // namespace frontdesk
