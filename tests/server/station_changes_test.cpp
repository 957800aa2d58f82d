// frontdesk-server as a real process on 127.0.0.1: the stations' change feed (a long poll of
// GET /v1/changes), staff reads audited under the person at the station, and a desk that
// answers the phone.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <future>
#include <thread>

#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/fhir/http.h"
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
        return server.client(name, role, {}, timeout);
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

// The clinic's version once nothing more is on its way to the feed (the enrolment's commits
// may reach it just after a version was read, and a poll then answers early).
std::string stillVersion(StationClient& desk) {
    std::string now = versionOf(desk.get("/v1/changes"));
    for (int settle = 0; settle < 5; ++settle) {
        const std::string next =
            versionOf(desk.get("/v1/changes?after=" + urlEncoded(now) + "&wait=1"));
        if (next == now) break;
        now = next;
    }
    return now;
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
    const std::string first = stillVersion(desk);

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
    const std::string now = stillVersion(desk);
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
    const std::string now = stillVersion(desk);
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

namespace {

// The phone system's call URL, as a PBX sends it: its key and the caller in the query.
std::string callUrl(const std::string& key, const std::string& from,
                    const std::string& extension = {}) {
    return "/v1/pbx/call?key=" + urlEncoded(key) + "&from=" + urlEncoded(from) +
           (extension.empty() ? "" : "&extension=" + extension);
}

// The plain-text body of a GET, as a phone system reads it ("" when it failed).
std::string plainText(const std::string& url) {
    auto client = HttpClient::create({.loopbackHttp = true});
    REQUIRE(client);
    auto answer = client->send({"GET", url, {}, std::nullopt});
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(answer->header("content-type") == "text/plain; charset=utf-8");
    return answer->body;
}

// A client with no credential of its own (the phone system's, or anyone's).
StationClient anonymous(const StationServer& server) {
    auto made = StationClient::create(
        {server.url(), {}, {}, std::chrono::seconds(2), std::chrono::seconds(10)});
    REQUIRE(made);
    return std::move(*made);
}

std::string tokenOf(const std::filesystem::path& credential) {
    auto read = readCredential(credential);
    REQUIRE(read);
    return read->token;
}

// The numbers of the calls after `after` that `station` is shown.
std::vector<std::string> callsAfter(StationClient& station, std::int64_t after) {
    auto answer = station.get("/v1/calls?after=" + std::to_string(after));
    REQUIRE(answer);
    std::vector<std::string> numbers;
    for (const auto& call : answer->at("calls")) numbers.push_back(call.at("from"));
    return numbers;
}

}  // namespace

TEST_CASE("a phone system's call reaches every desk, or the one whose extension it rang",
          "[server]") {
    Served clinic;
    auto front = clinic.client("front-1", StationRole::Desk);
    auto back = clinic.client("back-1", StationRole::Phone);
    const std::string pbxKey = tokenOf(clinic.server.enroll("pbx-1", StationRole::Pbx));
    // a desk with extension 201
    auto desk201 = clinic.server.client("desk-201", StationRole::Desk, "201");
    const auto last = desk201.get("/v1/calls");
    REQUIRE(last);
    const std::int64_t before = last->at("last");
    CHECK(last->at("calls").empty());

    auto phone = anonymous(clinic.server);
    auto rang = phone.call("GET", callUrl(pbxKey, "+1 (555) 010-4477"), nullptr, false);
    REQUIRE(rang);
    CHECK(rang->status == 200);
    rang = phone.call("GET", callUrl(pbxKey, "555-010-4478", "201"), nullptr, false);
    REQUIRE(rang);
    CHECK(rang->status == 200);
    rang = phone.call("GET", callUrl(pbxKey, "555 010 4479", "999"), nullptr, false);
    REQUIRE(rang);
    CHECK(rang->status == 200);

    const std::vector<std::string> everyone{"5550104477", "5550104479"};
    CHECK(callsAfter(front, before) == everyone);
    CHECK(callsAfter(back, before) == everyone);
    CHECK(callsAfter(desk201, before) ==
          std::vector<std::string>{"5550104477", "5550104478", "5550104479"});

    // the key only in the query, only a phone system's, only on its route
    const std::string deskKey = tokenOf(clinic.dir.path() / "stations" / "front-1.json");
    for (const auto& [url, status] :
         std::vector<std::pair<std::string, long>>{{callUrl("fds_wrong", "5550104477"), 401},
                                                   {callUrl(deskKey, "5550104477"), 403},
                                                   {"/v1/worklist?key=" + deskKey, 401},
                                                   {callUrl(pbxKey, "not a number"), 400},
                                                   {callUrl(pbxKey, ""), 400},
                                                   {callUrl(pbxKey, "5550104477", "20a"), 400}}) {
        INFO(url.substr(0, 30));
        auto refused = phone.call("GET", url, nullptr, false);
        REQUIRE(refused);
        CHECK(refused->status == status);
    }
    CHECK(callsAfter(desk201, before).size() == 3);  // no refused call was recorded
    const std::string log = clinic.server.log();
    for (const std::string& secret :
         {pbxKey, deskKey, std::string("5550104477"), std::string("010-4477")})
        CHECK(log.find(secret) == std::string::npos);
}

TEST_CASE("the call URL answers the caller's name for the phone's display only when configured",
          "[server]") {
    DemoClinicCopy copy;
    // one patient with a number of their own, and two sharing one
    auto store = Store::open(copy.db);
    REQUIRE(store);
    const Patient alone{"CID-1",      "Quill", "Ada", Date::fromCivil(1980, 2, 3),
                        "5550107001", "en",    ""};
    const Patient first{"CID-2",      "Rowe", "Ben", Date::fromCivil(1981, 3, 4),
                        "5550107002", "en",   ""};
    const Patient second{"CID-3",      "Rowe", "Cy", Date::fromCivil(2011, 5, 6),
                         "5550107002", "en",   ""};
    for (const Patient* p : {&alone, &first, &second})
        REQUIRE(store->putPatients({p, 1})->problems.empty());
    const auto policy = copy.dir.file("policy.toml");
    std::ofstream(policy) << "";
    std::ofstream(copy.dir.file("clinic.toml")) << "[calls]\nanswer_name = true\n";

    for (const bool configured : {false, true}) {
        INFO(configured);
        StationServer server(copy.db, demoDay(), copy.dir.path(),
                             configured ? std::vector<std::string>{"--config", policy.string()}
                                        : std::vector<std::string>{});
        const std::string key =
            tokenOf(server.enroll(configured ? "pbx-on" : "pbx-off", StationRole::Pbx));
        const auto text = plainText(server.url() + callUrl(key, "(555) 010-7001"));
        CHECK(text == (configured ? "Ada Quill" : ""));
        CHECK(plainText(server.url() + callUrl(key, "555-010-7002")).empty());  // two: no name
        CHECK(server.log().find("Quill") == std::string::npos);
    }
}
