// Check-ins written back to the EHR (frontdesk sync, the kiosk's pusher, --checkins-only)
// against a FHIR server on 127.0.0.1, and what a sync does to an appointment with a check-in
// the EHR has not heard of yet.
#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <thread>

#include "fake_ehr.h"
#include "frontdesk/fhir/checkin_pusher.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using namespace frontdesk::test;
using Catch::Matchers::Contains;
using nlohmann::json;

TEST_CASE("a check-in is written back to the EHR with If-Match, or kept to retry", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    json booked = appointment("ap1", "p1", 2);
    booked["extension"] = {{{"url", "urn:example:copay"}, {"valueDecimal", 12.5}}};
    ehr.put(booked);
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    REQUIRE(t.store.pendingCheckins(10)->size() == 1);

    FhirSyncOptions o = options();
    o.pushCheckins = true;
    ehr.intercept = [](const httplib::Request& req, httplib::Response& res) {
        if (req.method != "PUT") return false;
        res.status = 503;
        return true;
    };
    auto report = runSync(t.store, ehr, o, 1);
    REQUIRE(report);
    CHECK(report->checkinsFailed == 1);
    CHECK(t.store.pendingCheckins(10)->size() == 1);  // kept, not lost
    CHECK(ehr.get("Appointment", "ap1")["status"] == "booked");

    ehr.intercept = nullptr;
    report = runSync(t.store, ehr, o);
    REQUIRE(report);
    CHECK(report->checkinsSent == 1);
    CHECK(t.store.pendingCheckins(10)->empty());
    CHECK(ehr.get("Appointment", "ap1")["status"] == "arrived");
    const auto seen = ehr.server.seen();
    const auto put = std::find_if(seen.rbegin(), seen.rend(),
                                  [](const test::SeenRequest& s) { return s.method == "PUT"; });
    REQUIRE(put != seen.rend());
    CHECK(put->ifMatch == "W/\"3\"");
    CHECK(put->target == "/fhir/Appointment/ap1");
    // the rest of the resource goes back as it came: a decimal stays a number
    CHECK(json::parse(put->body)["extension"][0]["valueDecimal"] == 12.5);
}

TEST_CASE("the kiosk's pusher sends a check-in to the EHR in the background, within seconds",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    FhirSettings settings;
    settings.baseUrl = ehr.server.base();
    settings.pushCheckins = true;
    std::vector<std::string> lines;
    std::mutex linesMutex;
    const auto collect = [&](const std::string& line) {
        std::lock_guard lock(linesMutex);
        lines.push_back(line);
    };
    {
        CheckinPusher pusher(t.dir.file("clinic.db").string(), settings, collect);
        REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
        pusher.poke();
        for (int i = 0; i < 300 && ehr.get("Appointment", "ap1")["status"] != "arrived"; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        CHECK(ehr.get("Appointment", "ap1")["status"] == "arrived");
    }
    CHECK(t.store.pendingCheckins(10)->empty());
    CHECK(lines.empty());  // nothing to report when everything was sent

    SECTION("an EHR that cannot take it: kept queued, reported without names") {
        REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Booked));
        ehr.put(appointment("ap1", "p1", 3));
        ehr.intercept = [](const httplib::Request& req, httplib::Response& res) {
            if (req.method != "PUT") return false;
            res.status = 503;
            return true;
        };
        {
            CheckinPusher pusher(t.dir.file("clinic.db").string(), settings, collect);
            REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
            pusher.poke();
            for (int i = 0; i < 300; ++i) {
                {
                    std::lock_guard lock(linesMutex);
                    if (!lines.empty()) break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        }
        CHECK(t.store.pendingCheckins(10)->size() == 1);
        std::lock_guard lock(linesMutex);
        REQUIRE(lines.size() == 1);
        CHECK_THAT(lines[0], Contains("1 kept to retry"));
    }
}

TEST_CASE("a queued check-in is not undone by a sync that brings the EHR's older status",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    json longer = appointment("ap1", "p1", 3);  // lengthened in the EHR before the check-in
    longer["end"] = "2026-11-27T15:40:00Z";     // reached it; still booked there
    ehr.put(longer);
    FhirSyncOptions o = options();

    SECTION("check-ins not pushed: the check-in stays queued, the new duration is taken") {
        const auto report = runSync(t.store, ehr, o);
        REQUIRE(report);
        const auto stored = *t.store.findAppointment("ap1");
        CHECK(stored->status == AppointmentStatus::Arrived);
        CHECK(stored->durationMin == 40);
        CHECK(report->appointments.updated == 1);
        CHECK(t.store.pendingCheckins(10)->size() == 1);
    }
    SECTION("check-ins pushed: the desk never shows the patient as not arrived") {
        o.pushCheckins = true;
        const auto report = runSync(t.store, ehr, o);
        REQUIRE(report);
        CHECK(report->checkinsSent == 1);
        CHECK((*t.store.findAppointment("ap1"))->status == AppointmentStatus::Arrived);
        CHECK(ehr.get("Appointment", "ap1")["status"] == "arrived");
        CHECK(t.store.pendingCheckins(10)->empty());
    }
}

TEST_CASE("once the EHR has the check-in, the status it reports later is taken", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    REQUIRE(pushQueued(t.store, ehr)->sent == 1);
    ehr.put(appointment("ap1", "p1", 3));  // the desk set it back to booked in the EHR
    REQUIRE(runSync(t.store, ehr));
    CHECK((*t.store.findAppointment("ap1"))->status == AppointmentStatus::Booked);
}

TEST_CASE("a check-in whose Appointment the EHR no longer has is given up with a warning",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    const bool gone = GENERATE(false, true);  // deleted: 404, or 410 Gone
    ehr.remove("Appointment", "ap1", gone);

    const auto first = pushQueued(t.store, ehr);
    REQUIRE(first);
    CHECK(first->sent == 0);
    CHECK(first->failed == 0);
    REQUIRE(first->givenUp.size() == 1);
    CHECK(first->givenUp[0].resourceType == "Appointment");
    CHECK(first->givenUp[0].id == "ap1");
    CHECK_THAT(first->givenUp[0].reason, Contains(gone ? "HTTP 410" : "HTTP 404") &&
                                             Contains("given up") && !Contains("Family"));
    CHECK(t.store.pendingCheckins(10)->empty());
    const auto asked = ehr.server.seen().size();
    const auto second = pushQueued(t.store, ehr);
    REQUIRE(second);
    CHECK(second->failed == 0);
    CHECK(second->givenUp.empty());
    CHECK(ehr.server.seen().size() == asked);  // never tried again
}

TEST_CASE("a sync that gives up a check-in says so among its warnings", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    ehr.remove("Appointment", "ap1", true);
    FhirSyncOptions o = options();
    o.pushCheckins = true;
    const auto report = runSync(t.store, ehr, o);
    REQUIRE(report);
    CHECK(report->stoppedBy.empty());
    CHECK(report->checkinsGivenUp == 1);
    CHECK(report->checkinsFailed == 0);
    // the appointment itself is gone too: cancelled here
    CHECK((*t.store.findAppointment("ap1"))->status == AppointmentStatus::Cancelled);
    REQUIRE(report->warnings.size() == 2);
    CHECK(report->warnings[0].id == "ap1");
    CHECK_THAT(report->warnings[0].reason, Contains("cancelled here"));
    CHECK_THAT(report->warnings[1].reason, Contains("check-in given up"));
}

TEST_CASE("a check-in queued before the given-up column existed is still sent",
          "[fhir_sync][migration]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    {
        RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 7);
    }
    auto reopened = Store::open(t.dir.file("clinic.db"));
    REQUIRE(reopened);
    REQUIRE(reopened->pendingCheckins(10)->size() == 1);
    CHECK(pushQueued(*reopened, ehr)->sent == 1);
    CHECK(ehr.get("Appointment", "ap1")["status"] == "arrived");
}

TEST_CASE("a 404 from a server that does not know Appointments at all keeps the check-in queued",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    REQUIRE(runSync(t.store, ehr));
    REQUIRE(t.store.setAppointmentStatus("ap1", AppointmentStatus::Arrived));
    ehr.intercept = [](const httplib::Request&, httplib::Response& res) {
        res.status = 404;  // a wrong base URL: every path is unknown
        return true;
    };
    const auto pushed = pushQueued(t.store, ehr);
    REQUIRE(pushed);
    CHECK(pushed->failed == 1);
    CHECK(t.store.pendingCheckins(10)->size() == 1);
}
