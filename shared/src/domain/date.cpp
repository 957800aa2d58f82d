#include "frontdesk/domain/date.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>

#include "frontdesk/domain/text.h"

namespace frontdesk {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int32_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

Date Date::fromCivil(int year, unsigned month, unsigned day) {
    return fromDays(daysFromCivil(year, month, day));
}

int Date::year() const {
    return civilFromDays(m_days).year;
}
unsigned Date::month() const {
    return civilFromDays(m_days).month;
}
unsigned Date::day() const {
    return civilFromDays(m_days).day;
}

std::string Date::iso() const {
    const Civil c = civilFromDays(m_days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buf;
}

Result<Date> parseDate(std::string_view written) {
    const auto bad = [&] {
        return fail(ErrorCode::BadInput,
                    "'" + std::string(written) + "' is not a date (expected YYYY-MM-DD)");
    };
    const std::string_view text = trimSpace(written);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t i = 0; i < lengths[p]; ++i) {
            const char c = text[starts[p] + i];
            if (c < '0' || c > '9') return bad();
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const int y = parts[0];
    const auto m = static_cast<unsigned>(parts[1]);
    const auto d = static_cast<unsigned>(parts[2]);
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return bad();
    return Date::fromCivil(y, m, d);
}

Date todayIn(const std::string& timeZone) {
    // TZ is set the first time (and again only for another zone), under a lock: setenv beside
    // another thread's getenv or localtime_r is a data race, and the desk's Reports view asks
    // the day on a thread of its own while the window's thread asks it too.
    static std::mutex zone;
    const std::lock_guard lock(zone);
    if (!timeZone.empty()) {
        const char* current = std::getenv("TZ");
        if (current == nullptr || timeZone != current) {
            ::setenv("TZ", timeZone.c_str(), 1);
            ::tzset();
        }
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    return Date::fromCivil(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                           static_cast<unsigned>(local.tm_mday));
}

Date asOfOrToday(const std::optional<Date>& fixed, const std::string& timeZone) {
    return fixed ? *fixed : todayIn(timeZone);
}

}  // namespace frontdesk
