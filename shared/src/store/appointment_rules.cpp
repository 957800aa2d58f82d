#include "frontdesk/store/appointment_rules.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace frontdesk {
namespace {

// Minutes since midnight of "HH:MM", or -1.
int clockMinutes(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return -1;
    int hh = 0;
    int mm = 0;
    const auto h = std::from_chars(s.data(), s.data() + 2, hh);
    const auto m = std::from_chars(s.data() + 3, s.data() + 5, mm);
    if (h.ptr != s.data() + 2 || m.ptr != s.data() + 5) return -1;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return -1;
    return hh * 60 + mm;
}

void checkStart(const std::string& start, std::vector<AppointmentProblem>& out) {
    // Both parts are named, so that a form with a date and a time field can point at each.
    const std::string message = "start '" + start + "' is not YYYY-MM-DDTHH:MM";
    const bool shaped = start.size() == 16 && start[10] == 'T';
    const std::string_view s = start;
    if (!shaped || !parseDate(s.substr(0, 10)))
        out.push_back({AppointmentRule::StartDate, message});
    if (!shaped || clockMinutes(s.substr(11)) < 0)
        out.push_back({AppointmentRule::StartTime, message});
}

void checkTime(const Appointment& a, std::vector<AppointmentProblem>& out) {
    checkStart(a.start, out);
    if (a.durationMin < kMinAppointmentMinutes || a.durationMin > kMaxAppointmentMinutes)
        out.push_back({AppointmentRule::Duration, durationMessage(std::to_string(a.durationMin))});
}

}  // namespace

std::string durationMessage(std::string_view text) {
    return "duration_min '" + std::string(text) + "' is not a number of minutes from " +
           std::to_string(kMinAppointmentMinutes) + " to " + std::to_string(kMaxAppointmentMinutes);
}

Result<int> parseAppointmentMinutes(std::string_view text) {
    int v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || v < kMinAppointmentMinutes ||
        v > kMaxAppointmentMinutes)
        return fail(ErrorCode::BadInput, durationMessage(text));
    return v;
}

std::vector<AppointmentProblem> appointmentProblems(const Appointment& a) {
    std::vector<AppointmentProblem> out;
    if (a.id.empty()) out.push_back({AppointmentRule::Id, "appointment_id is empty"});
    if (a.mrn.empty()) out.push_back({AppointmentRule::Mrn, "mrn is empty"});
    checkTime(a, out);
    return out;
}

Result<AppointmentSpan> appointmentSpan(const Appointment& a) {
    std::vector<AppointmentProblem> problems;
    checkTime(a, problems);
    if (!problems.empty()) return fail(ErrorCode::BadInput, problems.front().message);
    const std::string_view s = a.start;
    const std::int64_t begin =
        std::int64_t{parseDate(s.substr(0, 10))->days()} * 1440 + clockMinutes(s.substr(11));
    return AppointmentSpan{begin, begin + a.durationMin};
}

std::string clockTime(std::int64_t minute) {
    const auto ofDay = static_cast<int>(((minute % 1440) + 1440) % 1440);
    char text[6];
    std::snprintf(text, sizeof text, "%02d:%02d", ofDay / 60, ofDay % 60);
    return text;
}

bool freesItsTime(AppointmentStatus status) {
    return status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow;
}

Result<std::vector<AppointmentOverlap>> findOverlaps(const Appointment& proposed,
                                                     std::span<const Appointment> booked) {
    const auto span = appointmentSpan(proposed);
    if (!span) return tl::unexpected(span.error());
    std::vector<std::pair<AppointmentSpan, AppointmentOverlap>> found;
    for (const Appointment& b : booked) {
        if (freesItsTime(b.status) || (!b.id.empty() && b.id == proposed.id)) continue;
        const bool samePatient = b.mrn == proposed.mrn;
        const bool sameProvider = !proposed.provider.empty() && b.provider == proposed.provider;
        const auto other = appointmentSpan(b);
        if ((!samePatient && !sameProvider) || !other) continue;
        if (other->begin >= span->end || span->begin >= other->end) continue;
        found.push_back(
            {*other,
             {b, samePatient, sameProvider, clockTime(other->begin), clockTime(other->end)}});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& x, const auto& y) { return x.first.begin < y.first.begin; });
    std::vector<AppointmentOverlap> out;
    out.reserve(found.size());
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

}  // namespace frontdesk
