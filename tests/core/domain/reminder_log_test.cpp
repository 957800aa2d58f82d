#include <catch2/catch.hpp>

#include <vector>

#include "frontdesk/domain/reminder_log.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using Log = std::vector<LoggedReminder>;

TEST_CASE("reminder log entries read back sorted by date, then id, whatever their order",
          "[reminder_log]") {
    const std::string log = encodeReminderLogEntry({day("2026-03-01"), 9, true}) + "," +
                            encodeReminderLogEntry({day("2026-01-15"), 12, false}) + "," +
                            encodeReminderLogEntry({day("2026-03-01"), 4, false});

    CHECK(log == "2026-03-01#9!,2026-01-15#12,2026-03-01#4");
    CHECK(decodeReminderLog(log) == Log{{day("2026-01-15"), 12, false},
                                        {day("2026-03-01"), 4, false},
                                        {day("2026-03-01"), 9, true}});
    CHECK(decodeReminderLog("") == Log{});
}

TEST_CASE("a malformed reminder log does not decode", "[reminder_log]") {
    for (const char* bad :
         {"2026-03-01", "2026-03-01#", "2026-03-01#x", "2026-03-01#0", "2026-02-30#4", "2026-3-1#4",
          "2026-03-01#4,", ",2026-03-01#4", "2026-03-01#4!!", "2026-03-01#-4"}) {
        INFO(bad);
        CHECK_FALSE(decodeReminderLog(bad));
    }
}

TEST_CASE("reminders since a date count from that day on, the latest decides the dispute",
          "[reminder_log]") {
    const std::string log = "2026-01-31#1,2026-02-01#2!,2026-03-05#7,2026-03-05#5!";

    const auto fromFeb = remindersSince(log, day("2026-02-01"));
    CHECK(fromFeb.count == 3);
    CHECK_FALSE(fromFeb.latestDisputed);  // 2026-03-05 #7 is later than #5

    const auto fromJan = remindersSince(log, day("2026-01-31"));
    CHECK(fromJan.count == 4);

    const auto onlyFeb = remindersSince("2026-01-31#1,2026-02-01#2!", day("2026-02-01"));
    CHECK(onlyFeb.count == 1);
    CHECK(onlyFeb.latestDisputed);

    const auto none = remindersSince(log, day("2026-03-06"));
    CHECK(none.count == 0);
    CHECK_FALSE(none.latestDisputed);
    CHECK(remindersSince("", day("2026-01-01")).count == 0);
    // a malformed entry is skipped (verify reports it)
    CHECK(remindersSince("2026-02-01#2,garbage,2026-02-03#x", day("2026-01-01")).count == 1);
}

TEST_CASE("only outcomes about the balance count as balance reminders", "[reminder_log]") {
    for (auto o : {ReminderOutcome::Shown, ReminderOutcome::WillPayAtDesk, ReminderOutcome::Paid,
                   ReminderOutcome::Promised, ReminderOutcome::Disputed, ReminderOutcome::Declined})
        CHECK(countsAsBalanceReminder(o));
    for (auto o : {ReminderOutcome::NotAppropriate, ReminderOutcome::ApplyCredit,
                   ReminderOutcome::RefundRequested})
        CHECK_FALSE(countsAsBalanceReminder(o));
}
