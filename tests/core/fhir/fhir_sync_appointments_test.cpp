// frontdesk sync's appointments against a FHIR server on 127.0.0.1: the whole window of days
// is read each run, its bounds in the clinic's time zone; an appointment that moved out of
// the window, left the booked statuses or was deleted in the EHR does not stay booked here.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_ehr.h"
#include "test_support.h"

using namespace frontdesk;
using namespace frontdesk::test;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

json appointmentAt(const std::string& id, int updated, const std::string& start,
                   const std::string& status = "booked") {
    json a = appointment(id, "p1", updated, status);
    a.erase("end");
    a["start"] = start;
    a["minutesDuration"] = 20;
    return a;
}

// A synced patient p1 (MRN 1001) with booked appointments ap1 and ap2 on 2026-11-27.
void bookTwo(Store& store, FakeEhr& ehr) {
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointmentAt("ap1", 2, "2026-11-27T15:00:00Z"));
    ehr.put(appointmentAt("ap2", 3, "2026-11-27T16:00:00Z"));
    const auto first = runSync(store, ehr);
    REQUIRE(first);
    REQUIRE(first->appointments.created == 2);
}

AppointmentStatus statusOf(Store& store, const std::string& id) {
    const auto found = store.findAppointment(id);
    REQUIRE(found);
    REQUIRE(*found);
    return (*found)->status;
}

bool searchedById(const FakeEhr& ehr) {
    const auto searches = ehr.searches("Appointment");
    return std::any_of(searches.begin(), searches.end(),
                       [](const std::string& s) { return s.find("_id=") != std::string::npos; });
}

}  // namespace

TEST_CASE("an appointment moved in the EHR to a day outside the window leaves its old day",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    bookTwo(t.store, ehr);
    ehr.put(appointmentAt("ap1", 4, "2027-01-15T15:00:00Z"));
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->appointments.updated == 1);
    const auto onTheDay = *t.store.appointmentsOf("1001", day("2026-11-27"));
    REQUIRE(onTheDay.size() == 1);
    CHECK(onTheDay[0].id == "ap2");
    CHECK((*t.store.findAppointment("ap1"))->start == "2027-01-15T15:00");
    CHECK(statusOf(t.store, "ap1") == AppointmentStatus::Booked);
}

TEST_CASE("an appointment the EHR moved to a status outside the booked ones is not left booked",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    bookTwo(t.store, ehr);
    const auto [fhirStatus, here] = GENERATE(table<std::string, AppointmentStatus>(
        {{"waitlist", AppointmentStatus::Cancelled},
         {"proposed", AppointmentStatus::Cancelled},
         {"cancelled", AppointmentStatus::Cancelled},
         {"noshow", AppointmentStatus::NoShow},
         {"entered-in-error", AppointmentStatus::Cancelled}}));
    ehr.put(appointmentAt("ap1", 4, "2026-11-27T15:00:00Z", fhirStatus));
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->appointments.updated == 1);
    CHECK(report->appointments.skipped == 0);
    CHECK(statusOf(t.store, "ap1") == here);
    CHECK(statusOf(t.store, "ap2") == AppointmentStatus::Booked);
}

TEST_CASE("an appointment deleted in the EHR is cancelled here", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    bookTwo(t.store, ehr);
    ehr.remove("Appointment", "ap1");
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->stoppedBy.empty());
    CHECK(statusOf(t.store, "ap1") == AppointmentStatus::Cancelled);
    CHECK(statusOf(t.store, "ap2") == AppointmentStatus::Booked);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings[0].resourceType == "Appointment");
    CHECK(report->warnings[0].id == "ap1");
    CHECK(report->warnings[0].reason == "the EHR no longer has it: cancelled here");
    CHECK(report->appointments.updated == 1);
    // one read by id told moved from gone; the next run does not ask again
    CHECK(searchedById(ehr));
    const auto asked = ehr.searches("Appointment").size();
    REQUIRE(runSync(t.store, ehr)->warnings.empty());
    CHECK(ehr.searches("Appointment").size() == asked + 1);
}

TEST_CASE("a window search that did not finish cancels nothing", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    for (int i = 0; i < 12; ++i)
        ehr.put(appointmentAt("ap" + std::to_string(i), 10 + i, "2026-11-27T15:00:00Z"));
    REQUIRE(runSync(t.store, ehr, options(5))->appointments.created == 12);
    ehr.remove("Appointment", "ap0");
    int appointmentPages = 0;
    ehr.intercept = [&](const httplib::Request& req, httplib::Response& res) {
        if (req.path != "/fhir/Appointment" || ++appointmentPages < 2) return false;
        res.status = 500;
        return true;
    };
    const auto stopped = runSync(t.store, ehr, options(5));
    REQUIRE(stopped);
    CHECK_THAT(stopped->stoppedBy, Contains("HTTP 500"));
    for (int i = 0; i < 12; ++i)
        CHECK(statusOf(t.store, "ap" + std::to_string(i)) == AppointmentStatus::Booked);
    CHECK_FALSE(searchedById(ehr));
}

TEST_CASE("when nothing changed, no stored appointment is read again by id", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    bookTwo(t.store, ehr);
    const auto again = runSync(t.store, ehr);
    REQUIRE(again);
    CHECK(again->appointments.unchanged == 2);
    CHECK(again->appointments.updated == 0);
    CHECK_FALSE(searchedById(ehr));
}

TEST_CASE("an appointment booked long ago for a day entering the window is synced", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointmentAt("ap1", 2, "2026-12-04T15:00:00Z"));  // not changed since
    ehr.put(appointmentAt("ap2", 3, "2026-11-27T15:00:00Z"));
    FhirSyncOptions o = options();
    o.daysAhead = 7;
    REQUIRE(runSync(t.store, ehr, o));
    CHECK_FALSE(*t.store.findAppointment("ap1"));
    o.mapping.asOf = day("2026-11-27");
    REQUIRE(runSync(t.store, ehr, o));
    REQUIRE(*t.store.findAppointment("ap1"));
    CHECK((*t.store.findAppointment("ap1"))->start == "2026-12-04T15:00");
}

TEST_CASE("the window's bounds carry the clinic's offset: an evening appointment is synced",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    FhirSyncOptions o = options();
    o.daysAhead = 0;
    std::string start, from, to;
    SECTION("New York, 19:30 on the as-of day is 00:30 the next day in UTC") {
        o.mapping.timeZone = "America/New_York";
        o.mapping.asOf = day("2026-11-30");
        start = "2026-11-30T19:30:00-05:00";
        from = "date=ge2026-11-30T00:00:00-05:00";
        to = "date=lt2026-12-01T00:00:00-05:00";
    }
    SECTION("Bucharest, 00:30 on the as-of day is 22:30 the day before in UTC") {
        o.mapping.timeZone = "Europe/Bucharest";
        o.mapping.asOf = day("2026-11-30");
        start = "2026-11-30T00:30:00+02:00";
        from = "date=ge2026-11-30T00:00:00+02:00";
        to = "date=lt2026-12-01T00:00:00+02:00";
    }
    SECTION("the day daylight saving time ends: each bound has the offset of its instant") {
        o.mapping.timeZone = "America/New_York";
        o.mapping.asOf = day("2026-11-01");
        start = "2026-11-01T23:30:00-05:00";
        from = "date=ge2026-11-01T00:00:00-04:00";
        to = "date=lt2026-11-02T00:00:00-05:00";
    }
    ehr.put(appointmentAt("ap1", 2, start));
    const auto report = runSync(t.store, ehr, o);
    REQUIRE(report);
    CHECK(report->appointments.created == 1);
    const auto searches = ehr.searches("Appointment");
    REQUIRE_FALSE(searches.empty());
    CHECK_THAT(searches.front(), Contains(from) && Contains(to));
}
