// frontdesk sync against a FHIR server on 127.0.0.1: paging, incremental runs, resuming,
// malformed resources, a refused token, balances reconciled into the ledger, check-ins back.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

#include "fhir_test_server.h"
#include "frontdesk/fhir/checkin_pusher.h"
#include "frontdesk/fhir/sync.h"
#include "frontdesk/runs/verify.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::day;
using frontdesk::test::money;
using nlohmann::json;

namespace {

constexpr const char* kMrnSystem = "urn:mrn";

// A FHIR server holding resources in memory: search by type with _count, _lastUpdated=ge and
// an _offset cursor in its next links; read and update by id.
class FakeEhr {
public:
    FakeEhr() {
        server.handle(
            [this](const httplib::Request& req, httplib::Response& res) { serve(req, res); });
    }
    void put(json resource) {
        std::lock_guard lock(m_mutex);
        auto& list = m_resources[resource["resourceType"].get<std::string>()];
        const auto same = std::find_if(list.begin(), list.end(),
                                       [&](const json& r) { return r["id"] == resource["id"]; });
        if (same != list.end()) {
            *same = std::move(resource);
        } else {
            list.push_back(std::move(resource));
        }
    }
    json get(const std::string& type, const std::string& id) {
        std::lock_guard lock(m_mutex);
        for (const auto& r : m_resources[type])
            if (r["id"] == id) return r;
        return nullptr;
    }
    // Answers instead of the server when it returns true.
    std::function<bool(const httplib::Request&, httplib::Response&)> intercept;
    bool honourLastUpdated = true;
    test::FhirTestServer server;

    std::vector<std::string> searches(const std::string& type) const {
        std::vector<std::string> out;
        for (const auto& s : server.seen())
            if (s.method == "GET" && s.target.rfind("/fhir/" + type + "?", 0) == 0)
                out.push_back(s.target);
        return out;
    }

private:
    void serve(const httplib::Request& req, httplib::Response& res) {
        if (intercept && intercept(req, res)) return;
        const std::string path = req.path.substr(std::string("/fhir/").size());
        const auto slash = path.find('/');
        std::lock_guard lock(m_mutex);
        if (slash == std::string::npos) return search(path, req, res);
        const std::string type = path.substr(0, slash), id = path.substr(slash + 1);
        for (auto& r : m_resources[type]) {
            if (r["id"] != id) continue;
            if (req.method == "PUT") {
                r = json::parse(req.body);
                r["meta"]["versionId"] = "4";
            }
            res.set_header("ETag", "W/\"" + r["meta"].value("versionId", "1") + "\"");
            return test::replyJson(res, r);
        }
        res.status = 404;
    }
    void search(const std::string& type, const httplib::Request& req, httplib::Response& res) {
        std::vector<json> found;
        const std::string since =
            req.has_param("_lastUpdated") ? req.get_param_value("_lastUpdated").substr(2) : "";
        for (const auto& r : m_resources[type])
            if (!honourLastUpdated || r["meta"]["lastUpdated"].get<std::string>() >= since)
                found.push_back(r);
        std::stable_sort(found.begin(), found.end(), [](const json& a, const json& b) {
            return a["meta"]["lastUpdated"] < b["meta"]["lastUpdated"];
        });
        const std::size_t count = std::stoul(req.get_param_value("_count"));
        const std::size_t offset =
            req.has_param("_offset") ? std::stoul(req.get_param_value("_offset")) : 0;
        json bundle = {{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", json::array()}};
        for (std::size_t i = offset; i < std::min(found.size(), offset + count); ++i)
            bundle["entry"].push_back({{"resource", found[i]}, {"search", {{"mode", "match"}}}});
        if (offset + count < found.size())
            bundle["link"] = {
                {{"relation", "next"},
                 {"url", server.base() + "/" + type + "?_count=" + std::to_string(count) +
                             "&_offset=" + std::to_string(offset + count) +
                             (since.empty() ? "" : "&_lastUpdated=ge" + since)}}};
        test::replyJson(res, bundle);
    }

    std::mutex m_mutex;
    std::map<std::string, std::vector<json>> m_resources;
};

std::string stamp(int n) {  // distinct, sortable lastUpdated values
    char buf[32];
    std::snprintf(buf, sizeof buf, "2026-11-%02dT%02d:%02d:%02dZ", 1 + n / 86400 % 28,
                  n / 3600 % 24, n / 60 % 60, n % 60);
    return buf;
}

json patient(const std::string& id, const std::string& mrn, int updated) {
    return {{"resourceType", "Patient"},
            {"id", id},
            {"meta", {{"lastUpdated", stamp(updated)}}},
            {"identifier", {{{"system", kMrnSystem}, {"value", mrn}}}},
            {"name", {{{"use", "official"}, {"family", "Family" + id}, {"given", {"Given"}}}}},
            {"birthDate", "1980-04-02"}};
}

json account(const std::string& id, const std::string& patientId,
             const std::vector<std::pair<std::string, std::string>>& balances,
             const std::string& calculatedAt, int updated) {
    json a = {{"resourceType", "Account"},
              {"id", id},
              {"meta", {{"lastUpdated", stamp(updated)}}},
              {"status", "active"},
              {"subject", {{{"reference", "Patient/" + patientId}}}},
              {"calculatedAt", calculatedAt},
              {"balance", json::array()}};
    for (const auto& [term, value] : balances)
        a["balance"].push_back({{"aggregate", {{"coding", {{{"code", "patient"}}}}}},
                                {"term", {{"coding", {{{"code", term}}}}}},
                                {"amount", {{"value", value}, {"currency", "USD"}}}});
    return a;
}

json appointment(const std::string& id, const std::string& patientId, int updated,
                 const std::string& status = "booked") {
    return {{"resourceType", "Appointment"},
            {"id", id},
            {"meta", {{"lastUpdated", stamp(updated)}, {"versionId", "3"}}},
            {"status", status},
            {"start", "2026-11-27T15:00:00Z"},
            {"end", "2026-11-27T15:20:00Z"},
            {"participant", {{{"actor", {{"reference", "Patient/" + patientId}}}}}}};
}

FhirSyncOptions options(int pageSize = 500) {
    FhirSyncOptions o;
    o.mapping = {kMrnSystem, "USD", "UTC", day("2026-11-26")};
    o.pageSize = pageSize;
    return o;
}

Result<SyncReport> runSync(Store& store, FakeEhr& ehr, const FhirSyncOptions& o = options(),
                           int maxAttempts = 4) {
    auto client = FhirClient::create({.baseUrl = ehr.server.base(),
                                      .maxAttempts = maxAttempts,
                                      .sleep = [](std::chrono::milliseconds) {}});
    REQUIRE(client);
    return runFhirSync(store, *client, o);
}

Cents balanceOf(Store& store, const std::string& mrn) {
    return store.standing(mrn, day("2026-11-26"))->totals.balance;
}

}  // namespace

TEST_CASE("the official examples sync: patient, appointment, account", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (const char* f : {"Patient-example.json", "Account-example.json",
                          "Appointment-example.json", "Appointment-examplereq.json"}) {
        json r = test::fixture(f);
        r["meta"]["lastUpdated"] = stamp(1);
        ehr.put(r);
    }
    FhirSyncOptions o = options();
    o.mapping = {"urn:oid:1.2.36.146.595.217.0.1", "USD", "UTC", day("2013-12-10")};
    const auto report = runSync(t.store, ehr, o);
    REQUIRE(report);
    CHECK(report->stoppedBy.empty());
    CHECK(report->patients.created == 1);
    CHECK(report->accounts.created == 1);
    CHECK(report->appointments.created == 1);
    CHECK(report->appointments.skipped == 1);
    REQUIRE(report->skipped.size() == 1);
    CHECK(report->skipped[0].resourceType == "Appointment");
    CHECK(report->skipped[0].id == "examplereq");
    CHECK_THAT(report->skipped[0].reason, Contains("proposed"));
    const auto stored = t.store.findPatient("12345");
    REQUIRE(*stored);
    CHECK((*stored)->familyName == "Chalmers");
    CHECK(*t.store.mrnForEhrPatient("example") == "12345");
    const auto booked = t.store.appointmentsOf("12345", day("2013-12-10"));
    REQUIRE(booked->size() == 1);
    CHECK((*booked)[0].start == "2013-12-10T09:00");
    CHECK(*t.store.mrnForEhrAccount("example") == "12345");
    CHECK(t.store.ledgerOf("12345")->empty());  // an R4 Account has no balance
    const auto searches = ehr.searches("Appointment");
    REQUIRE(searches.size() == 1);
    CHECK_THAT(searches[0], Contains("date=ge2013-12-10") && Contains("date=lt2013-12-25"));
}

TEST_CASE("a search is read across several Bundles, each page committed with its mark",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (int i = 0; i < 1200; ++i)
        ehr.put(patient("p" + std::to_string(i), std::to_string(1000 + i), i));
    std::vector<std::string> progress;
    FhirSyncOptions o = options(500);
    o.progress = [&](const std::string& line) { progress.push_back(line); };
    const auto report = runSync(t.store, ehr, o);
    REQUIRE(report);
    CHECK(report->patients.created == 1200);
    CHECK(*t.store.patientCount() == 1200);
    CHECK(ehr.searches("Patient").size() == 3);
    CHECK(t.store.syncState("Patient")->highWater == stamp(1199));
    CHECK(std::count_if(progress.begin(), progress.end(), [](const std::string& l) {
              return l.rfind("sync: Patient:", 0) == 0;
          }) == 3);
    CHECK(progress.at(2) == "sync: Patient: 1200 read, page 3");
}

TEST_CASE("a malformed resource is skipped and reported, the rest is synced", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("good", "1001", 1));
    json noBirth = patient("nobirth", "1002", 2);
    noBirth.erase("birthDate");
    ehr.put(noBirth);
    json noMrn = patient("nomrn", "1003", 3);
    noMrn["identifier"][0]["system"] = "urn:elsewhere";
    ehr.put(noMrn);
    ehr.put(appointment("a-orphan", "unknown", 4));
    ehr.put(appointment("a-good", "good", 5));
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->patients.created == 1);
    CHECK(report->patients.skipped == 2);
    CHECK(report->appointments.created == 1);
    CHECK(report->appointments.skipped == 1);
    REQUIRE(report->skipped.size() == 3);
    CHECK(report->skipped[0].id == "nobirth");
    CHECK(report->skipped[0].reason == "no birthDate");
    CHECK(report->skipped[1].id == "nomrn");
    CHECK(report->skipped[2].id == "a-orphan");
    CHECK(report->skipped[2].reason == "Patient/unknown is not synced");
    for (const auto& s : report->skipped) CHECK_THAT(s.reason, !Contains("Family"));
}

TEST_CASE("a refused token stops the sync with a clear message", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.intercept = [](const httplib::Request&, httplib::Response& res) {
        res.status = 401;
        return true;
    };
    const auto report = runSync(t.store, ehr);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::BadInput);
    CHECK_THAT(report.error().message, Contains("refused the token") && Contains("stopped"));
    CHECK(*t.store.patientCount() == 0);
    CHECK(ehr.server.seen().size() == 1);  // nothing asked after the refusal
}

TEST_CASE("an interrupted sync resumes after the last page it stored", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (int i = 0; i < 1200; ++i)
        ehr.put(patient("p" + std::to_string(i), std::to_string(1000 + i), i));
    ehr.intercept = [](const httplib::Request& req, httplib::Response& res) {
        if (req.get_param_value("_offset") != "1000") return false;
        res.status = 500;
        return true;
    };
    const auto broken = runSync(t.store, ehr, options(500));
    REQUIRE(broken);
    CHECK_THAT(broken->stoppedBy, Contains("HTTP 500"));
    CHECK(*t.store.patientCount() == 1000);
    CHECK(t.store.syncState("Patient")->highWater == stamp(999));
    CHECK(ehr.searches("Account").empty());  // the run stopped there

    ehr.intercept = nullptr;
    const auto resumed = runSync(t.store, ehr, options(500));
    REQUIRE(resumed);
    CHECK(resumed->stoppedBy.empty());
    CHECK(resumed->patients.created == 200);
    CHECK(resumed->patients.unchanged == 1);  // the one at the mark itself
    CHECK(*t.store.patientCount() == 1200);
    CHECK_THAT(ehr.searches("Patient").back(), Contains("_lastUpdated=ge" + stamp(999)));
}

TEST_CASE("a patient changed in the EHR is updated", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(patient("p2", "1002", 2));
    REQUIRE(runSync(t.store, ehr));
    json moved = patient("p2", "1002", 3);
    moved["name"][0]["family"] = "Newname";
    moved["telecom"] = {{{"system", "phone"}, {"value", "555-010-2000"}}};
    ehr.put(moved);
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->patients.updated == 1);
    CHECK(report->patients.created == 0);
    const auto p = *t.store.findPatient("1002");
    CHECK(p->familyName == "Newname");
    CHECK(p->phoneDigits == "5550102000");
}

TEST_CASE("a synced balance is reconciled into the ledger as an adjustment", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    REQUIRE(runSync(t.store, ehr));
    const NewEntry charge{"local-1",      "1001", day("2026-10-01"), EntryKind::ChargePatient,
                          money("40.00"), "visit"};
    REQUIRE(t.store.postEntries({&charge, 1})->problems.empty());

    ehr.put(account("a1", "p1", {{"current", "12.50"}}, "2026-11-25T10:00:00Z", 2));
    auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->accounts.created == 1);
    CHECK(balanceOf(t.store, "1001") == money("12.50"));
    auto ledger = *t.store.ledgerOf("1001");
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[1].sourceId == "fhir:Account/a1@2026-11-25T10:00:00Z");
    CHECK(ledger[1].kind == EntryKind::PatientAdjustment);
    CHECK(ledger[1].amount == money("-27.50"));
    CHECK(ledger[1].postedOn == day("2026-11-26"));

    ehr.put(account("a1", "p1", {{"current", "20.00"}}, "2026-11-26T08:00:00Z", 3));
    report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->accounts.updated == 1);
    CHECK(balanceOf(t.store, "1001") == money("20.00"));
    CHECK(t.store.ledgerOf("1001")->back().amount == money("7.50"));
    CHECK(verifyStore(t.store)->ok());
}

TEST_CASE("a lower EHR balance reverses a small-balance write-off first: no false credit",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    REQUIRE(runSync(t.store, ehr));
    const std::vector<NewEntry> history{
        {"local-1", "1001", day("2026-06-01"), EntryKind::ChargePatient, money("7.23"), "visit"},
        {"wo-1", "1001", day("2026-10-01"), EntryKind::SmallBalanceWriteoff, money("7.23"), ""}};
    REQUIRE(t.store.postEntries(history)->problems.empty());
    REQUIRE(balanceOf(t.store, "1001") == money("0.00"));

    SECTION("the EHR says the patient owes nothing now (paid there)") {
        ehr.put(account("a1", "p1", {{"current", "0.00"}}, "2026-11-25T10:00:00Z", 2));
        REQUIRE(runSync(t.store, ehr));
        const auto standing = *t.store.standing("1001", day("2026-11-26"));
        CHECK(standing.totals.balance == money("0.00"));
        CHECK(standing.totals.writtenOff == money("0.00"));
        const auto ledger = *t.store.ledgerOf("1001");
        REQUIRE(ledger.size() == 4);
        CHECK(ledger[2].kind == EntryKind::WriteoffReversal);
        CHECK(ledger[2].amount == money("7.23"));
        CHECK(ledger[3].kind == EntryKind::PatientAdjustment);
        CHECK(ledger[3].amount == money("-7.23"));
    }
    SECTION("the EHR says part of it is still owed") {
        ehr.put(account("a1", "p1", {{"current", "5.00"}}, "2026-11-25T10:00:00Z", 2));
        REQUIRE(runSync(t.store, ehr));
        const auto standing = *t.store.standing("1001", day("2026-11-26"));
        // 2.23 of the write-off is settled (reversed, then adjusted away); 5.00 stays written
        // off and collectable, and the balance does not turn into a credit
        CHECK(standing.totals.balance == money("0.00"));
        CHECK(standing.totals.writtenOff == money("5.00"));
    }
    SECTION("the EHR agrees with the ledger: nothing is posted") {
        ehr.put(account("a1", "p1", {{"current", "7.23"}}, "2026-11-25T10:00:00Z", 2));
        REQUIRE(runSync(t.store, ehr));
        CHECK(t.store.ledgerOf("1001")->size() == 2);
    }
    CHECK(verifyStore(t.store)->ok());
}

TEST_CASE("an owed balance keeps its age from the EHR's terms", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(
        account("a1", "p1", {{"current", "10.00"}, {"90", "20.00"}}, "2026-11-25T10:00:00Z", 2));
    REQUIRE(runSync(t.store, ehr));
    const auto ledger = *t.store.ledgerOf("1001");
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[0].postedOn == day("2026-08-27"));  // over 90 days old
    CHECK(ledger[0].amount == money("20.00"));
    CHECK(ledger[1].postedOn == day("2026-11-26"));
    CHECK(ledger[1].amount == money("10.00"));
    CHECK(t.store.standing("1001", day("2026-11-26"))->totals.oldestOpenOn() == day("2026-08-27"));
}

TEST_CASE("the same sync twice changes nothing and verify holds", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    for (int i = 0; i < 30; ++i) {
        const std::string id = "p" + std::to_string(i);
        ehr.put(patient(id, std::to_string(1000 + i), i));
        ehr.put(account("a" + std::to_string(i), id, {{"current", std::to_string(i) + ".25"}},
                        "2026-11-25T10:00:00Z", 100 + i));
        ehr.put(appointment("ap" + std::to_string(i), id, 200 + i));
    }
    const auto first = runSync(t.store, ehr, options(7));
    REQUIRE(first);
    CHECK(first->patients.created == 30);
    CHECK(first->accounts.created == 30);
    CHECK(first->appointments.created == 30);
    const auto before = *t.store.ledgerOf("1007");
    ehr.honourLastUpdated = false;  // the server sends everything again
    const auto second = runSync(t.store, ehr, options(7));
    REQUIRE(second);
    CHECK(second->patients.unchanged == 30);
    CHECK(second->accounts.unchanged == 30);
    CHECK(second->appointments.unchanged == 30);
    CHECK(second->patients.created + second->patients.updated + second->accounts.created +
              second->accounts.updated + second->appointments.created +
              second->appointments.updated ==
          0);
    CHECK(*t.store.ledgerOf("1007") == before);
    CHECK(balanceOf(t.store, "1007") == money("7.25"));
    const auto verified = verifyStore(t.store);
    REQUIRE(verified);
    CHECK(verified->ok());
}

TEST_CASE("Oracle Health: the guarantor-balance account finds its patient by partOf",
          "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("6330017", "1001", 1));
    ehr.put(json::parse(R"({"resourceType": "Account", "id": "F1131724",
        "meta": {"lastUpdated": "2026-11-01T00:00:00Z"}, "status": "active",
        "type": {"text": "financial-account"}, "subject": [{"reference": "Patient/6330017"}]})"));
    REQUIRE(runSync(t.store, ehr));  // only the financial account: its patient is remembered
    ehr.put(json::parse(R"({"resourceType": "Account", "id": "G2572738",
        "meta": {"lastUpdated": "2026-11-02T00:00:00Z"},
        "extension": [{"url": "https://fhir-ehr.cerner.com/r4/StructureDefinition/account-balance",
                       "valueMoney": {"value": "1250.00", "currency": "USD"}}],
        "status": "active", "type": {"text": "guarantor-balance"},
        "partOf": {"reference": "Account/F1131724"}})"));
    const auto report = runSync(t.store, ehr);
    REQUIRE(report);
    CHECK(report->accounts.created == 1);
    CHECK(balanceOf(t.store, "1001") == money("1250.00"));
    CHECK(t.store.ledgerOf("1001")->back().sourceId ==
          "fhir:Account/G2572738@2026-11-02T00:00:00Z");
}

TEST_CASE("days entering the appointment window are read whole", "[fhir_sync]") {
    test::TestStore t;
    FakeEhr ehr;
    ehr.put(patient("p1", "1001", 1));
    ehr.put(appointment("ap1", "p1", 2));
    FhirSyncOptions o = options();
    o.daysAhead = 7;
    REQUIRE(runSync(t.store, ehr, o));
    CHECK(t.store.syncState("Appointment")->windowEnd == day("2026-12-04"));
    o.mapping.asOf = day("2026-11-27");
    REQUIRE(runSync(t.store, ehr, o));
    const auto searches = ehr.searches("Appointment");
    REQUIRE(searches.size() == 3);
    CHECK_THAT(searches[1], Contains("_lastUpdated=ge") && Contains("date=ge2026-11-27"));
    CHECK_THAT(searches[2], !Contains("_lastUpdated=ge") && Contains("date=ge2026-12-04") &&
                                Contains("date=lt2026-12-05"));
}

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
