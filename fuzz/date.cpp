// Fuzzes the date parser (domain/date.h) of CSV files, --as-of and the FHIR sync: any text is
// either refused as BadInput or is a real calendar date of 1900-2999 written exactly as its
// ISO form (space around it aside, as money: one rule for CSV and the command line), whose
// year, month and day agree with the text and with the days around it.
#include "frontdesk/domain/date.h"
#include "frontdesk/domain/text.h"
#include "fuzz_support.h"

using namespace frontdesk;
using frontdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    const auto date = parseDate(text);
    if (!date) {
        check(date.error().code == ErrorCode::BadInput, "a bad date is BadInput");
        return 0;
    }
    check(date->iso() == trimSpace(text),
          "a parsed date's ISO form is the text it came from, without the space around it");
    check(date->year() >= 1900 && date->year() <= 2999, "years are 1900-2999");
    check(Date::fromCivil(date->year(), date->month(), date->day()) == *date,
          "year, month and day give the same date");
    const Date next = date->plusDays(1);
    check(next.daysSince(*date) == 1 && next > *date, "the next day follows");
    const bool sameMonth = next.month() == date->month();
    check(sameMonth ? next.day() == date->day() + 1 : next.day() == 1,
          "the next day is the day after or the first of a month");
    return 0;
}
