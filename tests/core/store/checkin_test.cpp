#include <catch2/catch.hpp>

#include "frontdesk/store/checkin.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

Patient patient(const char* mrn, const char* family, const char* given, const char* born) {
    return Patient{mrn, family, given, day(born), "", "en", ""};
}

Appointment visit(const char* id, const char* mrn, const char* start,
                  AppointmentStatus status = AppointmentStatus::Booked) {
    return Appointment{id, mrn, start, 15, "Dr. Lee", "Room 1", status};
}

void seed(Store& store) {
    const std::vector<Patient> patients{
        patient("1", "Muñoz-Peña", "Maria", "1980-04-02"),
        patient("2", "Ștefănescu", "Ana", "1990-01-01"), patient("3", "Lee", "Sam", "2015-06-01"),
        patient("4", "Lee", "Tom", "2015-06-01"), patient("5", "Lee", "Sara", "1980-04-02")};
    REQUIRE(store.putPatients(patients)->problems.empty());
    const std::vector<Appointment> visits{
        visit("A1", "1", "2026-11-26T10:30"),
        visit("A2", "1", "2026-11-26T14:00"),
        visit("A3", "2", "2026-11-26T09:00"),
        visit("A4", "3", "2026-11-26T09:15"),
        visit("A5", "4", "2026-11-26T09:15"),
        visit("A6", "5", "2026-11-27T09:00"),
        visit("A7", "2", "2026-11-26T11:00", AppointmentStatus::Cancelled)};
    REQUIRE(store.putAppointments(visits)->problems.empty());
}

}  // namespace

TEST_CASE("names fold alike whatever the case, accents, spaces and punctuation", "[checkin]") {
    CHECK(foldName("  Muñoz-Peña ") == "munozpena");
    CHECK(foldName("MUNOZ PENA") == "munozpena");
    CHECK(foldName("Ștefănescu") == "stefanescu");
    CHECK(foldName("Şerban Ţurcanu") == "serbanturcanu");
    CHECK(foldName("O'Brien") == "obrien");
    CHECK(foldName("Strauß") == "strauss");
    CHECK(foldName("   ") == "");
}

TEST_CASE("last name and birth date find the patient with today's visits", "[checkin]") {
    TestStore t;
    seed(t.store);
    const auto found = matchByName(t.store, "munoz pena", day("1980-04-02"), day("2026-11-26"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().patient.givenName == "Maria");
    REQUIRE(found->front().today.size() == 2);
    CHECK(found->front().today[0].id == "A1");
    CHECK(found->front().today[1].id == "A2");
}

TEST_CASE("a wrong birth date, an unknown name or no visit today match nobody", "[checkin]") {
    TestStore t;
    seed(t.store);
    const Date today = day("2026-11-26");
    CHECK(matchByName(t.store, "Muñoz-Peña", day("1980-04-03"), today)->empty());
    CHECK(matchByName(t.store, "Smith", day("1980-04-02"), today)->empty());
    CHECK(matchByName(t.store, "Lee", day("1980-04-02"), today)->empty());  // visit tomorrow
    CHECK(matchByName(t.store, "", day("1980-04-02"), today)->empty());
}

TEST_CASE("a cancelled visit cannot be checked in", "[checkin]") {
    TestStore t;
    seed(t.store);
    const auto found = matchByName(t.store, "STEFANESCU", day("1990-01-01"), day("2026-11-26"));
    REQUIRE(found->size() == 1);
    REQUIRE(found->front().today.size() == 1);
    CHECK(found->front().today[0].id == "A3");
    CHECK(matchByCode(t.store, "A7", day("1990-01-01"), day("2026-11-26"))->empty());
}

TEST_CASE("twins share name and birth date and are told apart by the initial", "[checkin]") {
    TestStore t;
    seed(t.store);
    const auto both = matchByName(t.store, "lee", day("2015-06-01"), day("2026-11-26"));
    REQUIRE(both->size() == 2);
    const auto tom = narrowByInitial(*both, "t");
    REQUIRE(tom.size() == 1);
    CHECK(tom.front().patient.mrn == "4");
    CHECK(narrowByInitial(*both, "x").empty());
    CHECK(narrowByInitial(*both, "").empty());
}

TEST_CASE("the appointment code and birth date find the visit, ignoring case and spaces",
          "[checkin]") {
    TestStore t;
    seed(t.store);
    const Date today = day("2026-11-26");
    const auto found = matchByCode(t.store, " a2 ", day("1980-04-02"), today);
    REQUIRE(found->size() == 1);
    CHECK(found->front().patient.mrn == "1");
    REQUIRE(found->front().today.size() == 1);
    CHECK(found->front().today[0].id == "A2");
    CHECK(matchByCode(t.store, "A2", day("1980-04-03"), today)->empty());
    CHECK(matchByCode(t.store, "A6", day("1980-04-02"), today)->empty());  // tomorrow's
    CHECK(matchByCode(t.store, "nope", day("1980-04-02"), today)->empty());
}
