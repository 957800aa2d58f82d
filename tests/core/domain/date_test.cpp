#include <catch2/catch.hpp>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/script.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::day;

TEST_CASE("a YYYY-MM-DD date parses to that calendar day", "[date]") {
    const auto parsed = parseDate("2026-10-12");
    REQUIRE(parsed);
    CHECK(parsed->year() == 2026);
    CHECK(parsed->month() == 10u);
    CHECK(parsed->day() == 12u);
    CHECK(parsed->iso() == "2026-10-12");
}

TEST_CASE("dates count days from 1970-01-01", "[date]") {
    CHECK(day("1970-01-01").days() == 0);
    CHECK(day("1970-01-02").days() == 1);
    CHECK(day("1969-12-31").days() == -1);
    CHECK(day("2000-03-01").days() == 11017);
    CHECK(Date::fromDays(0).iso() == "1970-01-01");
    CHECK(Date::fromCivil(2026, 1, 2) == day("2026-01-02"));
}

TEST_CASE("the first and last years of the accepted range parse", "[date]") {
    CHECK(parseDate("1900-01-01").value().iso() == "1900-01-01");
    CHECK(parseDate("2999-12-31").value().iso() == "2999-12-31");
}

TEST_CASE("February 29 parses only in leap years", "[date]") {
    CHECK(parseDate("2024-02-29"));
    CHECK(parseDate("2000-02-29"));  // divisible by 400
    CHECK(parseDate("2028-02-29"));
    CHECK_FALSE(parseDate("2026-02-29"));
    CHECK_FALSE(parseDate("1900-02-29"));  // divisible by 100, not by 400
    CHECK_FALSE(parseDate("2100-02-29"));
    CHECK_FALSE(parseDate("2024-02-30"));
}

TEST_CASE("a day beyond the end of its month does not parse", "[date]") {
    CHECK(parseDate("2026-01-31"));
    CHECK(parseDate("2026-04-30"));
    CHECK_FALSE(parseDate("2026-04-31"));
    CHECK_FALSE(parseDate("2026-06-31"));
    CHECK_FALSE(parseDate("2026-09-31"));
    CHECK_FALSE(parseDate("2026-11-31"));
    CHECK_FALSE(parseDate("2026-01-32"));
}

TEST_CASE("text that is not a strict YYYY-MM-DD date is an error naming the text", "[date]") {
    for (const char* bad : {"",
                            "2026-1-02",
                            "2026-01-2",
                            "26-01-02",
                            "2026/01/02",
                            "2026-01-02T00:00",
                            "2026-01- 02",
                            "2026 -01-02",
                            "20260102",
                            "2026-00-10",
                            "2026-13-01",
                            "2026-01-00",
                            "1899-12-31",
                            "3000-01-01",
                            "0000-01-01",
                            "2026-0a-01",
                            "+026-01-02",
                            "2026--1-02",
                            "2026-01-+2",
                            "02-01-2026",
                            "2026-1-2",
                            "   ",
                            "x2026-01-02",
                            "2026-01-02."}) {
        INFO("'" << bad << "'");
        const auto parsed = parseDate(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::BadInput);
        CHECK_THAT(parsed.error().message, Contains(std::string("'") + bad + "'"));
    }
}

TEST_CASE("whitespace around a date is not part of it, as around money", "[date]") {
    for (const char* spaced : {" 2026-01-02", "2026-01-02 ", "\t2026-01-02\r\n", "  2026-01-02  "})
        CHECK(parseDate(spaced).value() == day("2026-01-02"));
}

TEST_CASE("iso() prints four-digit years and zero-padded months and days", "[date]") {
    CHECK(Date::fromCivil(1905, 3, 7).iso() == "1905-03-07");
    CHECK(day("2026-12-31").iso() == "2026-12-31");
    for (const char* text : {"2024-02-29", "2026-01-01", "1999-12-31", "2100-03-01"}) {
        CHECK(day(text).iso() == text);
    }
}

TEST_CASE("plusDays crosses month, year and leap-day boundaries", "[date]") {
    CHECK(day("2026-01-31").plusDays(1) == day("2026-02-01"));
    CHECK(day("2026-12-31").plusDays(1) == day("2027-01-01"));
    CHECK(day("2024-02-28").plusDays(1) == day("2024-02-29"));
    CHECK(day("2026-02-28").plusDays(1) == day("2026-03-01"));
    CHECK(day("2026-03-01").plusDays(-1) == day("2026-02-28"));
    CHECK(day("2026-01-02").plusDays(0) == day("2026-01-02"));
    CHECK(day("2026-01-02").plusDays(14) == day("2026-01-16"));
    CHECK(day("2026-01-02").plusDays(365) == day("2027-01-02"));
}

TEST_CASE("daysSince counts calendar days and is negative for a later date", "[date]") {
    CHECK(day("2026-05-02").daysSince(day("2026-01-02")) == 120);
    CHECK(day("2026-01-02").daysSince(day("2026-05-02")) == -120);
    CHECK(day("2026-01-02").daysSince(day("2026-01-02")) == 0);
    CHECK(day("2024-03-01").daysSince(day("2024-02-28")) == 2);
    CHECK(day("2026-03-01").daysSince(day("2026-02-28")) == 1);
    CHECK(day("2029-01-02").daysSince(day("2026-01-02")) == 1096);  // 2028 is a leap year
}

TEST_CASE("dates compare in calendar order", "[date]") {
    CHECK(day("2026-01-02") < day("2026-01-03"));
    CHECK(day("2025-12-31") < day("2026-01-01"));
    CHECK(day("2026-01-02") == day("2026-01-02"));
    CHECK(day("2026-02-01") > day("2026-01-31"));
}

TEST_CASE("dates for people read naturally in English, Spanish and Romanian", "[date]") {
    const Date d = day("2026-10-12");
    CHECK(formatDateFor(d, Language::En) == "Oct 12, 2026");
    CHECK(formatDateFor(d, Language::Es) == "12 oct 2026");
    CHECK(formatDateFor(d, Language::Ro) == "12 oct. 2026");
}

TEST_CASE("dates for people do not zero-pad the day", "[date]") {
    const Date d = day("2026-01-02");
    CHECK(formatDateFor(d, Language::En) == "Jan 2, 2026");
    CHECK(formatDateFor(d, Language::Es) == "2 ene 2026");
    CHECK(formatDateFor(d, Language::Ro) == "2 ian. 2026");
}

TEST_CASE("every month has its own name in each language", "[date]") {
    const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const char* es[] = {"ene", "feb", "mar", "abr", "may", "jun",
                        "jul", "ago", "sep", "oct", "nov", "dic"};
    const char* ro[] = {"ian.", "feb.", "mar.",  "apr.", "mai",  "iun.",
                        "iul.", "aug.", "sept.", "oct.", "nov.", "dec."};
    for (unsigned m = 1; m <= 12; ++m) {
        INFO("month " << m);
        const Date d = Date::fromCivil(2026, m, 15);
        CHECK(formatDateFor(d, Language::En) == std::string(en[m - 1]) + " 15, 2026");
        CHECK(formatDateFor(d, Language::Es) == std::string("15 ") + es[m - 1] + " 2026");
        CHECK(formatDateFor(d, Language::Ro) == std::string("15 ") + ro[m - 1] + " 2026");
    }
}
