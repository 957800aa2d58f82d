#pragma once

// FHIR dateTimes and instants: appointment times shown in the clinic's time zone, the bounds
// of the sync's window of days, and meta.lastUpdated compared as instants.

#include <string>

#include <tl/expected.hpp>

#include "frontdesk/domain/date.h"

namespace frontdesk {

// A mapping's result: the value, or the reason it could not be read (never a patient's data).
template <typename T>
using Mapped = tl::expected<T, std::string>;

// A FHIR dateTime/instant as "YYYY-MM-DDTHH:MM" in the time zone (empty: the machine's).
// A time without an offset is taken as already local.
Mapped<std::string> localStart(const std::string& fhirDateTime, const std::string& timeZone);

// Whole minutes from `start` to `end` (FHIR dateTimes, both with an offset or both without);
// 0 when either is unreadable or the length is not between 1 minute and 24 hours.
int minutesBetween(const std::string& start, const std::string& end);

// The first instant of `day` in the IANA time zone (empty: the machine's), written with the
// offset in force at that instant: "2026-11-30T00:00:00-05:00". A day whose midnight is
// skipped by daylight saving time starts at the first local time it has ("...T01:00:00-03:00").
std::string dayStart(Date day, const std::string& timeZone);

// Compares two FHIR instants (meta.lastUpdated) by the time they stand for, fractions of a
// second and offsets included: < 0, 0 or > 0. Text that is not an instant compares as text.
int compareInstants(const std::string& a, const std::string& b);

}  // namespace frontdesk
