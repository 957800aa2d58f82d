// frontdesk-server as a real process, with the EHR's FHIR server on 127.0.0.1 (tests/core's
// fake_ehr.h): a kiosk's check-in through the server reaches the EHR within seconds when the
// clinic pushes check-ins (fhir.push_checkins), because the server pokes its CheckinPusher.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include "fake_ehr.h"
#include "frontdesk/station/station_client.h"
#include "station_server.h"
#include "test_store.h"

using namespace frontdesk;
using namespace frontdesk::test;
using nlohmann::json;

TEST_CASE("a kiosk's check-in through the server reaches the EHR within seconds", "[server]") {
    TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));  // 2026-11-27 15:00 UTC
    REQUIRE(runSync(t.store, ehr));
    const auto policy = t.dir.file("policy.toml");
    std::ofstream(policy) << "";
    std::ofstream(t.dir.file("clinic.toml")) << "[clinic]\ntimezone = \"UTC\"\n";
    std::ofstream(t.dir.file("fhir.toml"))
        << "[fhir]\nbase_url = \"" << ehr.server.base() << "\"\npush_checkins = true\n";
    StationServer server(t.dir.file("clinic.db"), *parseDate("2026-11-27"), t.dir.path(),
                         {"--config", policy.string()});
    auto kiosk = server.client("lobby-1", StationRole::Kiosk);

    auto found = kiosk.post("/v1/kiosk/identify",
                            {{"family_name", "Familyp1"}, {"birth_date", "1980-04-02"}}, false);
    REQUIRE(found);
    REQUIRE(found->at("appointments").size() == 1);
    CHECK(found->at("appointments")[0].at("id") == "ap1");
    CHECK(ehr.get("Appointment", "ap1")["status"] == "booked");
    const auto checkedIn = std::chrono::steady_clock::now();
    REQUIRE(kiosk.post(
        "/v1/kiosk/visits/" + urlEncoded(found->at("checkin").get<std::string>()) + "/checkin",
        {{"appointment", "ap1"}}, true));
    // the pusher sends only when poked (or at the next sync, which nothing runs here): seen at
    // all, it was poked; within a few seconds even on a loaded machine
    for (int i = 0; i < 1000 && ehr.get("Appointment", "ap1")["status"] != "arrived"; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(ehr.get("Appointment", "ap1")["status"] == "arrived");
    CHECK(std::chrono::steady_clock::now() - checkedIn < std::chrono::seconds(10));
    // and marked sent once the EHR has answered
    for (int i = 0; i < 1000 && !t.store.pendingCheckins(10)->empty(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(t.store.pendingCheckins(10)->empty());
    CHECK(server.log().find("Familyp1") == std::string::npos);
}
