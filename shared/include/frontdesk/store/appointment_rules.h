#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/domain/error.h"
#include "frontdesk/store/store.h"

// The rules of a valid appointment, the same for every way one enters the store (the CSV
// import, the desk's booking), and the appointments a proposed one would overlap.
namespace frontdesk {

constexpr int kMinAppointmentMinutes = 1;
constexpr int kMaxAppointmentMinutes = 1440;

// The part of an appointment a rule is about.
// Provider: only the desk's booking asks for one (booking.h); imports may leave it empty.
enum class AppointmentRule { Id, Mrn, StartDate, StartTime, Duration, Provider };

// One broken rule and the message that names it ("start '2026-11-26T25:00' is not
// YYYY-MM-DDTHH:MM", "duration_min '0' is not a number of minutes from 1 to 1440").
struct AppointmentProblem {
    AppointmentRule rule = AppointmentRule::Id;
    std::string message;
};

// Every rule `a` breaks, in the order of its fields; empty when it may be stored. The rules:
// an id and an MRN, a start "YYYY-MM-DDTHH:MM" that is a real date and time, a length of 1 to
// 1440 minutes. Provider and location are free text and may be empty, as practice systems
// export them; the status is already one of the vocabulary's. Whether the patient exists is
// the store's check.
std::vector<AppointmentProblem> appointmentProblems(const Appointment& a);

// Reads a length in minutes from text ("30"): a whole number from 1 to 1440, else the
// Duration rule's message quoting the text.
Result<int> parseAppointmentMinutes(std::string_view text);

// The message of the Duration rule for a length given as `text`.
std::string durationMessage(std::string_view text);

// An appointment's time on the clinic's clock, in minutes since 1970-01-01 00:00; `end` is
// the first minute after it.
struct AppointmentSpan {
    std::int64_t begin = 0;
    std::int64_t end = 0;
};

// The span of a valid appointment; BadInput when its start or length breaks a rule.
Result<AppointmentSpan> appointmentSpan(const Appointment& a);

// "08:30": the clock time of a minute of a span.
std::string clockTime(std::int64_t minute);

// A booked appointment that a proposed one would overlap, and why it matters.
struct AppointmentOverlap {
    Appointment booked;
    bool samePatient = false;
    bool sameProvider = false;
    std::string from;  // "08:00"
    std::string to;    // "08:30"
};

// True when the status no longer holds the time (cancelled, no-show).
bool freesItsTime(AppointmentStatus status);

// The appointments in `booked` of the same patient or the same provider whose time range
// intersects the proposed one's [start, start + length), earliest first. Ranges that only
// touch (08:00-08:30 and 08:30-09:00) do not overlap; appointments that free their time, the
// proposed appointment itself (same id) and invalid ones are ignored. An empty provider
// matches nobody. BadInput when the proposed appointment breaks a rule.
Result<std::vector<AppointmentOverlap>> findOverlaps(const Appointment& proposed,
                                                     std::span<const Appointment> booked);

}  // namespace frontdesk
