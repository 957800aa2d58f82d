#include "frontdesk/store/booking_json.h"

#include <array>
#include <utility>

namespace frontdesk {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<AppointmentRule, const char*>, 6> kRuleNames{{
    {AppointmentRule::Id, "id"},
    {AppointmentRule::Mrn, "mrn"},
    {AppointmentRule::StartDate, "start_date"},
    {AppointmentRule::StartTime, "start_time"},
    {AppointmentRule::Duration, "duration_min"},
    {AppointmentRule::Provider, "provider"},
}};

const char* ruleName(AppointmentRule rule) {
    for (const auto& [r, name] : kRuleNames)
        if (r == rule) return name;
    return "provider";
}

std::optional<AppointmentRule> ruleNamed(const std::string& name) {
    for (const auto& [r, n] : kRuleNames)
        if (name == n) return r;
    return std::nullopt;
}

// The member `key` of `object` when it holds a T.
template <typename T>
std::optional<T> member(const json& object, const char* key) {
    if (!object.is_object()) return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    if constexpr (std::is_same_v<T, std::string>) {
        if (!it->is_string()) return std::nullopt;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!it->is_boolean()) return std::nullopt;
    } else {
        if (!it->is_number_integer()) return std::nullopt;
    }
    return it->get<T>();
}

Result<void> readProblems(const json& list, BookingResult& out) {
    for (const json& p : list) {
        const auto rule = member<std::string>(p, "rule");
        const auto message = member<std::string>(p, "message");
        const auto known = rule ? ruleNamed(*rule) : std::nullopt;
        if (!known || !message)
            return fail(ErrorCode::BadInput, "booking: a problem has no known rule or message");
        out.problems.push_back({*known, *message});
    }
    return {};
}

Result<void> readOverlaps(const json& list, BookingResult& out) {
    for (const json& o : list) {
        const auto from = member<std::string>(o, "from");
        const auto to = member<std::string>(o, "to");
        const auto provider = member<std::string>(o, "provider");
        const auto samePatient = member<bool>(o, "same_patient");
        const auto sameProvider = member<bool>(o, "same_provider");
        if (!from || !to || !provider || !samePatient || !sameProvider)
            return fail(ErrorCode::BadInput, "booking: an overlap is missing a member");
        AppointmentOverlap overlap;
        overlap.booked.provider = *provider;
        overlap.samePatient = *samePatient;
        overlap.sameProvider = *sameProvider;
        overlap.from = *from;
        overlap.to = *to;
        out.overlaps.push_back(std::move(overlap));
    }
    return {};
}

}  // namespace

json bookingToJson(const BookingResult& result) {
    json problems = json::array();
    for (const auto& p : result.problems)
        problems.push_back({{"rule", ruleName(p.rule)}, {"message", p.message}});
    json overlaps = json::array();
    for (const auto& o : result.overlaps)
        overlaps.push_back({{"from", o.from},
                            {"to", o.to},
                            {"provider", o.booked.provider},
                            {"same_patient", o.samePatient},
                            {"same_provider", o.sameProvider}});
    return {{"problems", problems}, {"overlaps", overlaps}};
}

Result<BookingResult> bookingFromJson(const json& json) {
    const auto problems = json.is_object() ? json.find("problems") : json.end();
    const auto overlaps = json.is_object() ? json.find("overlaps") : json.end();
    if (!json.is_object() || problems == json.end() || !problems->is_array() ||
        overlaps == json.end() || !overlaps->is_array())
        return fail(ErrorCode::BadInput, "booking: \"problems\" or \"overlaps\" is missing");
    BookingResult out;
    if (auto ok = readProblems(*problems, out); !ok) return tl::unexpected(ok.error());
    if (auto ok = readOverlaps(*overlaps, out); !ok) return tl::unexpected(ok.error());
    return out;
}

json appointmentToJson(const Appointment& a) {
    return {{"id", a.id},
            {"mrn", a.mrn},
            {"start", a.start},
            {"duration_min", a.durationMin},
            {"provider", a.provider},
            {"location", a.location},
            {"status", toString(a.status)}};
}

Result<Appointment> appointmentFromJson(const json& json) {
    const auto id = member<std::string>(json, "id");
    const auto mrn = member<std::string>(json, "mrn");
    const auto start = member<std::string>(json, "start");
    const auto duration = member<int>(json, "duration_min");
    const auto provider = member<std::string>(json, "provider");
    const auto location = member<std::string>(json, "location");
    const auto statusText = member<std::string>(json, "status");
    const auto status = statusText ? parseAppointmentStatus(*statusText) : std::nullopt;
    if (!id || !mrn || !start || !duration || !provider || !location || !status)
        return fail(ErrorCode::BadInput, "appointment: a member is missing or of another type");
    return Appointment{*id, *mrn, *start, *duration, *provider, *location, *status};
}

}  // namespace frontdesk
