// frontdesk sync against a FHIR server on 127.0.0.1: paging, incremental runs, resuming,
// malformed resources, a refused token, balances reconciled into the ledger. Appointments:
// fhir_sync_appointments_test; check-ins: fhir_checkin_test; paging under writes:
// fhir_sync_paging_test.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_ehr.h"
#include "frontdesk/runs/verify.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using namespace frontdesk::test;
using nlohmann::json;

namespace {

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
    ehr.honourDateAndStatus = false;  // so that examplereq (proposed, no start) comes back
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
    int patientPages = 0;
    ehr.intercept = [&](const httplib::Request& req, httplib::Response& res) {
        if (req.path != "/fhir/Patient" || ++patientPages != 3) return false;
        res.status = 500;
        return true;
    };
    const auto broken = runSync(t.store, ehr, options(500));
    REQUIRE(broken);
    CHECK_THAT(broken->stoppedBy, Contains("HTTP 500"));
    // pages 0-499 and 499-998: each page is asked from the last lastUpdated read
    CHECK(*t.store.patientCount() == 999);
    CHECK(t.store.syncState("Patient")->highWater == stamp(998));
    CHECK(ehr.searches("Account").empty());  // the run stopped there

    ehr.intercept = nullptr;
    const auto resumed = runSync(t.store, ehr, options(500));
    REQUIRE(resumed);
    CHECK(resumed->stoppedBy.empty());
    CHECK(resumed->patients.created == 201);
    CHECK(resumed->patients.unchanged == 1);  // the one at the mark itself
    CHECK(*t.store.patientCount() == 1200);
    CHECK_THAT(ehr.searches("Patient").back(), Contains("_lastUpdated=ge" + stamp(998)));
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
    // the window (read whole each run) shows the server ignores _lastUpdated on its second
    // page, which brings the first page again; from there its next links are followed
    CHECK(second->appointments.unchanged == 36);
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
