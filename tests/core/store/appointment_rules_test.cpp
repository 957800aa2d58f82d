#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/import/importer.h"
#include "frontdesk/store/appointment_rules.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::TestStore;
using Strings = std::vector<std::string>;

namespace {

Appointment appointment(std::string id, std::string mrn, std::string start, int minutes,
                        std::string provider,
                        AppointmentStatus status = AppointmentStatus::Booked) {
    return Appointment{
        std::move(id), std::move(mrn), std::move(start), minutes, std::move(provider), "", status};
}

Strings messages(const Appointment& a) {
    Strings out;
    for (const auto& p : appointmentProblems(a)) out.push_back(p.message);
    return out;
}

// "08:00-08:30 Dr. Lee" for each overlap found.
Strings overlaps(const Appointment& proposed, const std::vector<Appointment>& booked) {
    auto found = findOverlaps(proposed, booked);
    REQUIRE(found);
    Strings out;
    for (const auto& o : *found) out.push_back(o.from + "-" + o.to + " " + o.booked.provider);
    return out;
}

}  // namespace

TEST_CASE("an appointment of 1 to 1440 minutes at a real date and time is valid",
          "[appointment_rules]") {
    CHECK(messages(appointment("a1", "M1", "2026-11-26T08:00", 1, "")) == Strings{});
    CHECK(messages(appointment("a1", "M1", "2026-11-26T23:59", 1440, "Dr. Lee")) == Strings{});
    CHECK(messages(appointment("a1", "M1", "2026-11-26T08:00", 0, "Dr. Lee")) ==
          Strings{"duration_min '0' is not a number of minutes from 1 to 1440"});
    CHECK(messages(appointment("a1", "M1", "2026-11-26T08:00", 1441, "")) ==
          Strings{"duration_min '1441' is not a number of minutes from 1 to 1440"});
}

TEST_CASE("a wrong start names the date or the time part, with the importer's message",
          "[appointment_rules]") {
    const auto rules = [](const char* start) {
        std::vector<AppointmentRule> out;
        for (const auto& p : appointmentProblems(appointment("a", "M", start, 30, ""))) {
            CHECK(p.message == std::string("start '") + start + "' is not YYYY-MM-DDTHH:MM");
            out.push_back(p.rule);
        }
        return out;
    };
    using R = AppointmentRule;
    CHECK(rules("2026-11-26T25:00") == std::vector{R::StartTime});
    CHECK(rules("2026-11-26T08:60") == std::vector{R::StartTime});
    CHECK(rules("2026-13-01T08:00") == std::vector{R::StartDate});
    CHECK(rules("2026-11-26 08:00") == std::vector{R::StartDate, R::StartTime});
    CHECK(rules("") == std::vector{R::StartDate, R::StartTime});
}

TEST_CASE("an appointment needs an id and an MRN", "[appointment_rules]") {
    CHECK(messages(appointment("", "", "2026-11-26T08:00", 30, "")) ==
          Strings{"appointment_id is empty", "mrn is empty"});
}

TEST_CASE("a length is read from text as a whole number of minutes", "[appointment_rules]") {
    CHECK(parseAppointmentMinutes("1") == 1);
    CHECK(parseAppointmentMinutes("1440") == 1440);
    for (const char* bad : {"0", "1441", "-5", "30.5", "30 ", "", "half"}) {
        const auto r = parseAppointmentMinutes(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == durationMessage(bad));
    }
}

TEST_CASE("the CSV import refuses what the rules refuse, with the same message",
          "[appointment_rules]") {
    TestStore t;
    const std::string csv =
        "appointment_id,mrn,start,duration_min\n"
        "a1,M1,2026-11-26T08:00,0\n"
        "a2,M1,2026-11-26T08:00,1441\n"
        "a3,M1,2026-11-26T25:00,30\n";
    const auto report = importCsvText(t.store, ImportKind::Appointments, csv, "a.csv");
    REQUIRE(report);
    const Strings expected{
        "a.csv:2: " + messages(appointment("a1", "M1", "2026-11-26T08:00", 0, ""))[0],
        "a.csv:3: " + messages(appointment("a2", "M1", "2026-11-26T08:00", 1441, ""))[0],
        "a.csv:4: " + messages(appointment("a3", "M1", "2026-11-26T25:00", 30, ""))[0]};
    CHECK(report->errors == expected);
}

TEST_CASE("an overlap is a time range shared with the provider or the patient",
          "[appointment_rules]") {
    const std::vector<Appointment> day{
        appointment("lee-8", "OTHER", "2026-11-26T08:00", 30, "Dr. Lee"),
        appointment("own-830", "M1", "2026-11-26T08:30", 30, "Dr. Patel"),
        appointment("patel-8", "OTHER", "2026-11-26T08:00", 60, "Dr. Patel")};
    const auto proposed = appointment("new", "M1", "2026-11-26T08:00", 45, "Dr. Lee");
    CHECK(overlaps(proposed, day) == Strings{"08:00-08:30 Dr. Lee", "08:30-09:00 Dr. Patel"});
    const auto found = findOverlaps(proposed, day).value();
    CHECK((found[0].sameProvider && !found[0].samePatient));
    CHECK((found[1].samePatient && !found[1].sameProvider));
}

TEST_CASE("appointments that only touch do not overlap", "[appointment_rules]") {
    const std::vector<Appointment> day{
        appointment("lee-8", "OTHER", "2026-11-26T08:00", 30, "Dr. Lee"),
        appointment("lee-9", "OTHER", "2026-11-26T09:00", 30, "Dr. Lee")};
    CHECK(overlaps(appointment("n", "M1", "2026-11-26T08:30", 30, "Dr. Lee"), day) == Strings{});
    CHECK(overlaps(appointment("n", "M1", "2026-11-26T08:29", 2, "Dr. Lee"), day) ==
          Strings{"08:00-08:30 Dr. Lee"});
    CHECK(overlaps(appointment("n", "M1", "2026-11-26T08:59", 1, "Dr. Lee"), day) == Strings{});
}

TEST_CASE(
    "cancelled and no-show appointments, other people's providers and the same id "
    "do not overlap",
    "[appointment_rules]") {
    const std::vector<Appointment> day{
        appointment("c", "OTHER", "2026-11-26T08:00", 30, "Dr. Lee", AppointmentStatus::Cancelled),
        appointment("n", "M1", "2026-11-26T08:00", 30, "Dr. Lee", AppointmentStatus::NoShow),
        appointment("x", "OTHER", "2026-11-26T08:00", 30, "Dr. Patel"),
        appointment("new", "M1", "2026-11-26T08:00", 30, "Dr. Lee"),
        appointment("f", "OTHER", "2026-11-26T08:10", 5, "Dr. Lee", AppointmentStatus::Fulfilled)};
    CHECK(overlaps(appointment("new", "M1", "2026-11-26T08:00", 30, "Dr. Lee"), day) ==
          Strings{"08:10-08:15 Dr. Lee"});
    CHECK(overlaps(appointment("new", "M2", "2026-11-26T08:00", 30, ""), day) == Strings{});
}

TEST_CASE("an overlap across midnight is found, a proposed invalid appointment is an error",
          "[appointment_rules]") {
    const std::vector<Appointment> late{
        appointment("night", "OTHER", "2026-11-25T23:30", 60, "Dr. Lee")};
    CHECK(overlaps(appointment("n", "M1", "2026-11-26T00:15", 30, "Dr. Lee"), late) ==
          Strings{"23:30-00:30 Dr. Lee"});
    CHECK(overlaps(appointment("n", "M1", "2026-11-26T00:30", 30, "Dr. Lee"), late) == Strings{});
    const auto bad = findOverlaps(appointment("n", "M1", "2026-11-26T08:00", 0, "Dr. Lee"), late);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == durationMessage("0"));
}
