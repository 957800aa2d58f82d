// frontdesk sync against a FHIR server on 127.0.0.1 that pages by _offset (as Medplum does
// below _count 20, and other servers at any size) while another client writes: no resource
// is lost, now or in a later run, whatever the server's pages do.
#include <catch2/catch.hpp>

#include "fake_ehr.h"
#include "test_support.h"

using namespace frontdesk;
using namespace frontdesk::test;
using nlohmann::json;

TEST_CASE("a patient updated by another client between two pages of a search is not lost",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (int i = 0; i < 30; ++i)
        ehr.put(patient("p" + std::to_string(i), std::to_string(1000 + i), i));
    ehr.afterPage = [&](const std::string& type, int pages) {
        if (type != "Patient" || pages != 1) return;
        json renamed = patient("p2", "1002", 1000);  // moves to the end of the sorted search
        renamed["name"][0]["family"] = "Renamed";
        ehr.put(renamed);
    };
    const auto first = runSync(t.store, ehr, options(10));
    REQUIRE(first);
    CHECK(first->stoppedBy.empty());
    CHECK(*t.store.patientCount() == 30);
    for (int i = 0; i < 30; ++i) CHECK(*t.store.findPatient(std::to_string(1000 + i)));
    CHECK((*t.store.findPatient("1002"))->familyName == "Renamed");

    ehr.afterPage = nullptr;
    const auto second = runSync(t.store, ehr, options(10));
    REQUIRE(second);
    CHECK(second->patients.created == 0);
    CHECK(*t.store.patientCount() == 30);
}

TEST_CASE("an appointment updated by another client between two pages is not lost", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    for (int i = 0; i < 30; ++i) ehr.put(appointment("ap" + std::to_string(i), "p1", 10 + i));
    ehr.afterPage = [&](const std::string& type, int pages) {
        if (type != "Appointment" || pages != 1) return;
        json later = appointment("ap2", "p1", 1000);
        later["end"] = "2026-11-27T15:50:00Z";
        ehr.put(later);
    };
    const auto report = runSync(t.store, ehr, options(10));
    REQUIRE(report);
    for (int i = 0; i < 30; ++i) CHECK(*t.store.findAppointment("ap" + std::to_string(i)));
    CHECK((*t.store.findAppointment("ap2"))->durationMin == 50);
}

TEST_CASE("more resources at one lastUpdated than a page holds are all read", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (int i = 0; i < 25; ++i)
        ehr.put(patient("p" + std::to_string(i), std::to_string(1000 + i), 7));
    ehr.put(patient("p25", "1025", 8));
    const auto report = runSync(t.store, ehr, options(10));
    REQUIRE(report);
    CHECK(report->stoppedBy.empty());
    CHECK(report->patients.created == 26);
    CHECK(report->patients.unchanged == 0);
    CHECK(*t.store.patientCount() == 26);
    CHECK(t.store.syncState("Patient")->highWater == stamp(8));
}

TEST_CASE("a server whose self link shows it did not sort is read by its next links",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.sorts = false;
    for (int i = 0; i < 25; ++i) {  // put in an order the stamps do not follow
        const int n = i < 10 ? 20 + i : i - 10;
        ehr.put(patient("p" + std::to_string(n), std::to_string(1000 + n), n));
    }
    const auto report = runSync(t.store, ehr, options(10));
    REQUIRE(report);
    CHECK(report->patients.created == 25);
    CHECK(t.store.syncState("Patient")->highWater == stamp(29));
    const auto searches = ehr.searches("Patient");
    REQUIRE(searches.size() == 3);
    CHECK(searches[1].find("_offset=10") != std::string::npos);
    CHECK(searches[2].find("_offset=20") != std::string::npos);
}
