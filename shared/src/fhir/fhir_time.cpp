#include "frontdesk/fhir/fhir_time.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

namespace frontdesk {
namespace {

// A FHIR dateTime with a time: its fields to the minute as written, its seconds and their
// decimal fraction, and its offset from UTC in minutes (nullopt when it has none: a local
// time).
struct DateTimeParts {
    std::tm fields{};
    int seconds = 0;
    std::string fraction;  // the digits after the decimal point, as written
    std::optional<long> offsetMin;
};

// The seconds and fraction after "HH:MM", removed from `rest`.
void takeSeconds(std::string& rest, DateTimeParts& parts) {
    if (rest.size() >= 3 && rest[0] == ':') {
        parts.seconds = std::atoi(rest.substr(1, 2).c_str());
        rest.erase(0, 3);
    }
    if (rest.empty() || rest[0] != '.') return;
    const auto end = rest.find_first_not_of("0123456789", 1);
    parts.fraction = rest.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    rest.erase(0, end);
}

Mapped<DateTimeParts> dateTimeParts(const std::string& value) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    int consumed = 0;
    if (std::sscanf(value.c_str(), "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &consumed) != 5 ||
        !parseDate(value.substr(0, 10)) || h > 23 || mi > 59)
        return tl::unexpected("start '" + value + "' is not a date and time");
    std::string rest = value.substr(static_cast<std::size_t>(consumed));
    DateTimeParts parts;
    takeSeconds(rest, parts);
    parts.fields.tm_year = y - 1900;
    parts.fields.tm_mon = mo - 1;
    parts.fields.tm_mday = d;
    parts.fields.tm_hour = h;
    parts.fields.tm_min = mi;
    if (rest.empty()) return parts;
    if (rest == "Z") {
        parts.offsetMin = 0;
        return parts;
    }
    int oh = 0, om = 0;
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') ||
        std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2)
        return tl::unexpected("start '" + value + "' has an unreadable offset");
    parts.offsetMin = (rest[0] == '-' ? -1 : 1) * (oh * 60 + om);
    return parts;
}

// Seconds since the epoch of the minute written (a local time counts as UTC: only
// differences between two times written alike are meaningful then). No time zone is touched.
std::time_t secondsOf(DateTimeParts parts) {
    return ::timegm(&parts.fields) - parts.offsetMin.value_or(0) * 60;
}

// As todayIn() does: the process runs in the clinic's zone.
void useTimeZone(const std::string& timeZone) {
    if (timeZone.empty()) return;
    ::setenv("TZ", timeZone.c_str(), 1);
    ::tzset();
}

}  // namespace

Mapped<std::string> localStart(const std::string& value, const std::string& timeZone) {
    auto parts = dateTimeParts(value);
    if (!parts) return tl::unexpected(parts.error());
    char buf[32];
    if (!parts->offsetMin) {  // no offset: already local
        std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M", &parts->fields);
        return std::string(buf);
    }
    const std::time_t at = secondsOf(*parts);
    useTimeZone(timeZone);
    std::tm local{};
    ::localtime_r(&at, &local);
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M", &local);
    return std::string(buf);
}

int minutesBetween(const std::string& start, const std::string& end) {
    auto a = dateTimeParts(start);
    auto b = dateTimeParts(end);
    if (!a || !b || a->offsetMin.has_value() != b->offsetMin.has_value()) return 0;
    const auto minutes = (secondsOf(*b) - secondsOf(*a)) / 60;
    return minutes > 0 && minutes < 24 * 60 ? static_cast<int>(minutes) : 0;
}

std::string dayStart(Date day, const std::string& timeZone) {
    useTimeZone(timeZone);
    std::tm midnight{};
    midnight.tm_year = day.year() - 1900;
    midnight.tm_mon = static_cast<int>(day.month()) - 1;
    midnight.tm_mday = static_cast<int>(day.day());
    midnight.tm_isdst = -1;  // whichever is in force then
    // A skipped midnight is moved forward by mktime, to the first local time of the day.
    const std::time_t at = ::mktime(&midnight);
    std::tm local{};
    ::localtime_r(&at, &local);
    const int offset = static_cast<int>(local.tm_gmtoff / 60);  // within a day
    const int magnitude = offset < 0 ? -offset : offset;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", local.tm_year + 1900,
                  local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec,
                  offset < 0 ? '-' : '+', magnitude / 60 % 100, magnitude % 60);
    return buf;
}

int compareInstants(const std::string& a, const std::string& b) {
    // The usual case, both written alike in UTC ("...T10:00:00.123Z"): as text, unparsed.
    if (a.size() == b.size() && !a.empty() && a.back() == 'Z' && b.back() == 'Z')
        return a.compare(b);
    const auto x = dateTimeParts(a);
    const auto y = dateTimeParts(b);
    if (!x || !y || x->offsetMin.has_value() != y->offsetMin.has_value()) return a.compare(b);
    const std::time_t xs = secondsOf(*x) + x->seconds;
    const std::time_t ys = secondsOf(*y) + y->seconds;
    if (xs != ys) return xs < ys ? -1 : 1;
    std::string xf = x->fraction, yf = y->fraction;  // "5" and "500" are the same fraction
    xf.resize(std::max(xf.size(), yf.size()), '0');
    yf.resize(xf.size(), '0');
    return xf.compare(yf);
}

}  // namespace frontdesk
