// Booking at the desk (store/booking.h): the import's rules, a provider named, a known patient,
// and an overlap stored only when asked to; a check stores nothing.
#include "frontdesk/store/booking.h"

#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

void seed(Store& store) {
    const std::vector<Patient> patients{{"P1", "Lee", "Grace", day("1970-01-01"), "", "en", ""},
                                        {"P2", "Moss", "Ada", day("1980-02-02"), "", "en", ""}};
    REQUIRE(store.putPatients(patients)->problems.empty());
    const Appointment booked{"A-1",     "P2",     "2026-03-16T09:00",       30,
                             "Dr. Lee", "Room 1", AppointmentStatus::Booked};
    REQUIRE(store.putAppointments({&booked, 1})->problems.empty());
}

BookingRequest request(std::string id, std::string start, int minutes = 30,
                       std::string provider = "Dr. Lee") {
    return {std::move(id), "P1", std::move(start), minutes, std::move(provider), "Room 2", false};
}

std::size_t bookedOn(Store& store, const char* iso) {
    return store.appointmentsOn(day(iso))->size();
}

}  // namespace

TEST_CASE("a booking within the rules is stored as booked", "[booking]") {
    TestStore t;
    seed(t.store);
    auto booked = bookAppointment(t.store, request("desk-1", "2026-03-16T10:00"));
    REQUIRE(booked);
    CHECK(booked->problems.empty());
    CHECK(booked->overlaps.empty());
    CHECK(booked->stored);
    CHECK(booked->appointment.mrn == "P1");
    CHECK(booked->appointment.status == AppointmentStatus::Booked);
    CHECK(t.store.appointmentsOf("P1", day("2026-03-16"))->size() == 1);
}

TEST_CASE("a booking that breaks a rule names each broken rule and stores nothing", "[booking]") {
    TestStore t;
    seed(t.store);
    BookingRequest bad = request("desk-1", "2026-13-01T25:00", 0, "");
    bad.mrn = "NOBODY";
    auto checked = bookAppointment(t.store, bad);
    REQUIRE(checked);
    CHECK_FALSE(checked->stored);
    std::vector<AppointmentRule> rules;
    for (const auto& p : checked->problems) rules.push_back(p.rule);
    CHECK(rules == std::vector<AppointmentRule>{
                       AppointmentRule::StartDate, AppointmentRule::StartTime,
                       AppointmentRule::Duration, AppointmentRule::Mrn, AppointmentRule::Provider});
    CHECK(bookedOn(t.store, "2026-03-16") == 1);
}

TEST_CASE("an overlap with the provider's time is stored only when booked anyway", "[booking]") {
    TestStore t;
    seed(t.store);
    BookingRequest overlapping = request("desk-1", "2026-03-16T09:15");
    auto checked = checkBooking(t.store, overlapping);
    REQUIRE(checked);
    REQUIRE(checked->overlaps.size() == 1);
    CHECK(checked->overlaps[0].sameProvider);
    CHECK_FALSE(checked->overlaps[0].samePatient);
    CHECK(checked->overlaps[0].from == "09:00");
    CHECK(checked->overlaps[0].to == "09:30");
    CHECK_FALSE(checked->stored);

    auto refused = bookAppointment(t.store, overlapping);
    REQUIRE(refused);
    CHECK_FALSE(refused->stored);
    CHECK(refused->overlaps.size() == 1);
    CHECK(bookedOn(t.store, "2026-03-16") == 1);

    overlapping.anyway = true;
    auto stored = bookAppointment(t.store, overlapping);
    REQUIRE(stored);
    CHECK(stored->stored);
    CHECK(stored->overlaps.size() == 1);  // said, and booked anyway
    CHECK(bookedOn(t.store, "2026-03-16") == 2);
}

TEST_CASE("a booking past midnight is checked against the next day's appointments", "[booking]") {
    TestStore t;
    seed(t.store);
    const Appointment early{"A-2",     "P2",     "2026-03-17T00:15",       30,
                            "Dr. Lee", "Room 1", AppointmentStatus::Booked};
    REQUIRE(t.store.putAppointments({&early, 1})->problems.empty());
    auto checked = checkBooking(t.store, request("desk-1", "2026-03-16T23:50", 60));
    REQUIRE(checked);
    REQUIRE(checked->overlaps.size() == 1);
    CHECK(checked->overlaps[0].booked.id == "A-2");
}

TEST_CASE("an id already used for another appointment is a conflict", "[booking]") {
    TestStore t;
    seed(t.store);
    auto again = bookAppointment(t.store, request("A-1", "2026-03-18T10:00"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
}
