#pragma once

#include <optional>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "frontdesk/domain/error.h"

namespace frontdesk {

// A calendar date (no time zone), stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    static constexpr Date fromDays(std::int32_t days) {
        Date d;
        d.m_days = days;
        return d;
    }
    // The date with the given year, month (1-12) and day (1-31); the caller checks validity.
    static Date fromCivil(int year, unsigned month, unsigned day);

    constexpr std::int32_t days() const { return m_days; }
    int year() const;
    unsigned month() const;
    unsigned day() const;

    constexpr Date plusDays(std::int32_t n) const { return fromDays(m_days + n); }
    constexpr std::int32_t daysSince(Date earlier) const { return m_days - earlier.m_days; }
    // clang-tidy 14 reads the defaulted <=> as comparing with a literal 0.
    constexpr auto operator<=>(const Date&) const = default;  // NOLINT(modernize-use-nullptr)

    // "YYYY-MM-DD".
    std::string iso() const;

private:
    std::int32_t m_days = 0;
};

// Parses "YYYY-MM-DD" strictly (a real calendar date, years 1900-2999); whitespace around it
// is ignored (text.h: the rule of every value typed or exported). The one date parser: the
// command line's options and every CSV column of dates use it. Fails with BadInput naming the
// text: "'2026-2-3' is not a date (expected YYYY-MM-DD)".
Result<Date> parseDate(std::string_view text);

// Today's date in the given IANA time zone (e.g. "America/New_York"; empty: the machine's).
// This is the one place the system clock is read; logic takes the date as a parameter.
Date todayIn(const std::string& timeZone);

// The date a program works on: the fixed as-of date when one was given (--as-of, tests,
// demos), else today in the clinic's time zone (read anew at each call).
Date asOfOrToday(const std::optional<Date>& fixed, const std::string& timeZone);

}  // namespace frontdesk
