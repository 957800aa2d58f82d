// frontdesk-server as a real process on 127.0.0.1: the stations' change feed (a long poll of
// GET /v1/changes), staff reads audited under the person at the station, and a desk that
// answers the phone.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <future>
#include <thread>

#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/station/station_client.h"
#include "frontdesk/store/store.h"
#include "station_server.h"

using namespace frontdesk;
using namespace frontdesk::test;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// A copy of the demo clinic, its server, and a client for a station of each staff role.
struct Served : DemoClinicCopy {
    StationServer server{db, demoDay(), dir.path()};

    StationClient client(const std::string& name, StationRole role,
                         std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
        auto credential = readCredential(server.enroll(name, role));
        REQUIRE(credential);
        auto made = StationClient::create(
            {credential->server, credential->token, {}, std::chrono::seconds(2), timeout});
        REQUIRE(made);
        return std::move(*made);
    }
    Store store() {
        auto opened = Store::open(db);
        REQUIRE(opened);
        return std::move(*opened);
    }
    DemoVisitor visitorWithBalance() {
        auto s = store();
        auto visitors = deskPatients(s, demoDay());
        REQUIRE(visitors);
        for (const auto& v : *visitors)
            if (v.state == PromptState::SmallBalance) return v;
        FAIL("the demo clinic has no small balance at the desk");
        return {};
    }
};

std::string versionOf(const Result<json>& answer) {
    REQUIRE(answer);
    return answer->at("version").get<std::string>();
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

TEST_CASE("a change at any station or by another program reaches a waiting desk within a second",
          "[server]") {
    Served clinic;
    auto desk = clinic.client("desk-1", StationRole::Desk, std::chrono::seconds(30));
    auto phone = clinic.client("phone-1", StationRole::Phone);
    const auto visitor = clinic.visitorWithBalance();
    const std::string first = versionOf(desk.get("/v1/changes"));

    // another station records a reminder while the desk waits
    auto waiting = std::async(std::launch::async, [&] {
        return desk.get("/v1/changes?after=" + urlEncoded(first) + "&wait=20");
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(waiting.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
    const auto wrote = Clock::now();
    REQUIRE(phone.post("/v1/patients/" + urlEncoded(visitor.mrn) + "/reminders",
                       {{"outcome", "promised"}}, true));
    const std::string second = versionOf(waiting.get());
    CHECK(second != first);
    CHECK(secondsSince(wrote) < 1.0);

    // the command line (another program on the database) posts a payment
    waiting = std::async(std::launch::async, [&] {
        return desk.get("/v1/changes?after=" + urlEncoded(second) + "&wait=20");
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto posted = Clock::now();
    auto store = clinic.store();
    REQUIRE(store.recordReminder(
        {visitor.mrn, demoDay(), Channel::Desk, ReminderOutcome::Paid, "cli", "", Cents{100}}));
    CHECK(versionOf(waiting.get()) != second);
    CHECK(secondsSince(posted) < 1.0);
}

TEST_CASE("a long poll without a change answers after its wait, and a wrong wait is refused",
          "[server]") {
    Served clinic;
    auto desk = clinic.client("desk-1", StationRole::Desk);
    const std::string now = versionOf(desk.get("/v1/changes"));
    const auto asked = Clock::now();
    CHECK(versionOf(desk.get("/v1/changes?after=" + urlEncoded(now) + "&wait=1")) == now);
    CHECK(secondsSince(asked) >= 0.9);
    CHECK(secondsSince(asked) < 3.0);

    // a version of another server process (or an earlier run): answered at once
    const auto other = Clock::now();
    auto answer = desk.get("/v1/changes?after=1.7&wait=20");
    CHECK(versionOf(answer) == now);
    CHECK(answer->at("today") == demoDay().iso());
    CHECK(secondsSince(other) < 1.0);

    for (const char* wait : {"61", "-1", "abc", "", "100000000000"}) {
        INFO(wait);
        auto refused =
            desk.call("GET", "/v1/changes?after=x&wait=" + std::string(wait), nullptr, false);
        REQUIRE(refused);
        CHECK(refused->status == 400);
    }
}

TEST_CASE("the server ends at once on SIGTERM while desks wait for changes", "[server]") {
    Served clinic;
    auto desk = clinic.client("desk-1", StationRole::Desk, std::chrono::seconds(30));
    const std::string now = versionOf(desk.get("/v1/changes"));
    auto waiting = std::async(std::launch::async, [&] {
        return desk.call("GET", "/v1/changes?after=" + urlEncoded(now) + "&wait=25", nullptr,
                         false);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto asked = Clock::now();
    const auto ending = clinic.server.terminate(std::chrono::seconds(5));
    CHECK_FALSE(ending.killed);
    CHECK(ending.code == 0);
    CHECK(secondsSince(asked) < 2.0);
    // the waiting desk got its answer (the same version) or a closed connection, not a hang
    CHECK(waiting.wait_for(std::chrono::seconds(2)) == std::future_status::ready);
}

TEST_CASE("a staff read is audited under the person at the station, a refresh not again",
          "[server]") {
    Served clinic;
    auto desk = clinic.client("desk-1", StationRole::Desk);
    const auto visitor = clinic.visitorWithBalance();
    const ClinicFile file(clinic.db);
    const std::string prompt = "/v1/patients/" + urlEncoded(visitor.mrn) + "/prompt";

    REQUIRE(desk.get(prompt + "?staff=maria"));
    CHECK(file.auditCount(visitor.mrn, "maria") == 1);
    REQUIRE(desk.get(prompt + "?staff=maria&refresh=1"));
    CHECK(file.auditCount(visitor.mrn, "maria") == 1);
    REQUIRE(desk.get(prompt));  // no one named: the station
    CHECK(file.auditCount(visitor.mrn, "desk-1") == 1);
    REQUIRE(desk.get("/v1/worklist?staff=maria"));
    CHECK(file.auditCount(visitor.mrn, "maria") >= 1);
}

TEST_CASE("a desk records a call's outcome on the phone channel; phone staff only on theirs",
          "[server]") {
    Served clinic;
    auto desk = clinic.client("desk-1", StationRole::Desk);
    auto phone = clinic.client("phone-1", StationRole::Phone);
    const auto visitor = clinic.visitorWithBalance();
    const std::string path = "/v1/patients/" + urlEncoded(visitor.mrn) + "/reminders";
    auto recorded = desk.post(path, {{"outcome", "promised"}, {"channel", "phone"}}, true);
    REQUIRE(recorded);
    CHECK(recorded->at("channel") == "phone");
    auto refused = phone.call("POST", path, {{"outcome", "promised"}, {"channel", "desk"}}, true);
    REQUIRE(refused);
    CHECK(refused->status == 400);
    refused = desk.call("POST", path, {{"outcome", "promised"}, {"channel", "kiosk"}}, true);
    REQUIRE(refused);
    CHECK(refused->status == 400);
}
