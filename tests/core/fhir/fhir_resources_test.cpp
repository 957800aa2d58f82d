// FHIR resources mapped to the core's records: the official R4 examples, the R5 balance, the
// R4 cross-version extension and Oracle Health's account-balance extension.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "fhir_test_server.h"
#include "frontdesk/fhir/client.h"
#include "frontdesk/fhir/resources.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::fixture;
using frontdesk::test::money;
using nlohmann::json;

namespace {

FhirMapping officialMapping() {
    return {"urn:oid:1.2.36.146.595.217.0.1", "USD", "UTC", test::day("2026-11-26")};
}

json codeable(const std::string& code) {
    return {{"coding", {{{"code", code}}}}};
}

json r5Balance(const std::string& aggregate, const std::string& term, json value) {
    return {{"aggregate", codeable(aggregate)},
            {"term", codeable(term)},
            {"amount", {{"value", value}, {"currency", "USD"}}}};
}

json parsed(const std::string& text) {
    return *parseJsonKeepingDecimals(text);
}

}  // namespace

TEST_CASE("the official Patient example maps to the clinic's patient", "[fhir_resources]") {
    const auto p = patientFromFhir(fixture("Patient-example.json"), officialMapping());
    REQUIRE(p);
    CHECK(p->ehrId == "example");
    CHECK(p->patient.mrn == "12345");
    CHECK(p->patient.familyName == "Chalmers");  // official, not the maiden name
    CHECK(p->patient.givenName == "Peter");
    CHECK(p->patient.birthDate == test::day("1974-12-25"));
    CHECK(p->patient.phoneDigits == "0355556473");  // rank 1; the old number is left out
    CHECK(p->patient.language == "en");
    CHECK(p->patient.guarantorMrn.empty());
}

TEST_CASE("a Patient without what the kiosk needs is refused with the reason", "[fhir_resources]") {
    json p = fixture("Patient-example.json");
    const auto noMrn = patientFromFhir(p, {"urn:other", "USD", "", {}});
    REQUIRE_FALSE(noMrn);
    CHECK(noMrn.error() == "no identifier with system urn:other");
    json partial = p;
    partial["birthDate"] = "1974";
    CHECK(patientFromFhir(partial, officialMapping()).error() == "birthDate is not a full date");
    partial.erase("birthDate");
    CHECK(patientFromFhir(partial, officialMapping()).error() == "no birthDate");
    json usual = p;
    usual["name"].erase(0);  // no official name: the usual one has no family name
    CHECK_THAT(patientFromFhir(usual, officialMapping()).error(), Contains("family"));
    json spanish = p;
    spanish["communication"] = {{{"language", codeable("es-MX")}, {"preferred", true}}};
    CHECK(patientFromFhir(spanish, officialMapping())->patient.language == "es");
}

TEST_CASE("the official Appointment examples: booked maps, proposed is refused",
          "[fhir_resources]") {
    const auto a = appointmentFromFhir(fixture("Appointment-example.json"), officialMapping());
    REQUIRE(a);
    CHECK(a->patientId == "example");
    const Appointment& x = a->appointment.appointment;
    CHECK(x.id == "example");
    CHECK(x.start == "2013-12-10T09:00");
    CHECK(x.durationMin == 120);
    CHECK(x.status == AppointmentStatus::Booked);
    CHECK(x.provider == "Dr Adam Careful");
    CHECK(x.location == "South Wing, second floor");
    const auto req = appointmentFromFhir(fixture("Appointment-examplereq.json"), officialMapping());
    REQUIRE_FALSE(req);
    CHECK(req.error() == "status 'proposed' is not a booked time");
}

TEST_CASE("appointment times are shown in the clinic's time zone", "[fhir_resources]") {
    CHECK(localStart("2026-11-26T14:30:00Z", "America/New_York") == "2026-11-26T09:30");
    CHECK(localStart("2026-11-26T09:30:00-05:00", "Europe/Bucharest") == "2026-11-26T16:30");
    CHECK(localStart("2026-11-26T09:30:00", "Europe/Bucharest") == "2026-11-26T09:30");
    CHECK_FALSE(localStart("2026-11-26", "UTC"));
}

TEST_CASE("a day starts at its first instant in the clinic's zone, with that instant's offset",
          "[fhir_resources]") {
    CHECK(dayStart(test::day("2026-11-30"), "America/New_York") == "2026-11-30T00:00:00-05:00");
    CHECK(dayStart(test::day("2026-07-01"), "America/New_York") == "2026-07-01T00:00:00-04:00");
    CHECK(dayStart(test::day("2026-11-30"), "Europe/Bucharest") == "2026-11-30T00:00:00+02:00");
    CHECK(dayStart(test::day("2026-11-30"), "Asia/Kolkata") == "2026-11-30T00:00:00+05:30");
    CHECK(dayStart(test::day("2026-11-30"), "UTC") == "2026-11-30T00:00:00+00:00");
    // the days daylight saving time begins and ends: midnight keeps the offset before it
    CHECK(dayStart(test::day("2026-03-08"), "America/New_York") == "2026-03-08T00:00:00-05:00");
    CHECK(dayStart(test::day("2026-03-09"), "America/New_York") == "2026-03-09T00:00:00-04:00");
    CHECK(dayStart(test::day("2026-11-01"), "America/New_York") == "2026-11-01T00:00:00-04:00");
    CHECK(dayStart(test::day("2026-11-02"), "America/New_York") == "2026-11-02T00:00:00-05:00");
    // Chile moves its clocks at midnight: that day begins at 01:00
    CHECK(dayStart(test::day("2026-09-06"), "America/Santiago") == "2026-09-06T01:00:00-03:00");
}

TEST_CASE("lastUpdated values compare as instants, fractions and offsets included",
          "[fhir_resources]") {
    CHECK(compareInstants("2026-11-26T10:00:00Z", "2026-11-26T10:00:00.000Z") == 0);
    CHECK(compareInstants("2026-11-26T10:00:00.5Z", "2026-11-26T10:00:00.123Z") > 0);
    CHECK(compareInstants("2026-11-26T10:00:00.1Z", "2026-11-26T10:00:00.10Z") == 0);
    CHECK(compareInstants("2026-11-26T10:00:00Z", "2026-11-26T10:00:00.001Z") < 0);
    CHECK(compareInstants("2026-11-26T10:00:00+01:00", "2026-11-26T09:30:00Z") < 0);
    CHECK(compareInstants("2026-11-26T10:00:01Z", "2026-11-26T10:00:00.999Z") > 0);
}

TEST_CASE("a length worked out from start and end leaves the process's time zone alone",
          "[fhir_resources]") {
    ::setenv("TZ", "America/Chicago", 1);
    ::tzset();
    json a = fixture("Appointment-example.json");
    a.erase("minutesDuration");
    a["start"] = "2026-11-26T17:45:00-06:00";
    a["end"] = "2026-11-26T18:15:00-06:00";
    FhirMapping mapping = officialMapping();
    mapping.timeZone = "";  // the machine's zone
    const auto mapped = appointmentFromFhir(a, mapping);
    REQUIRE(mapped);
    CHECK(mapped->appointment.appointment.durationMin == 30);
    CHECK(std::string(std::getenv("TZ")) == "America/Chicago");
    CHECK(mapped->appointment.appointment.start == "2026-11-26T17:45");  // not moved to UTC
}

TEST_CASE("FHIR statuses map to the core's appointment statuses", "[fhir_resources]") {
    json a = fixture("Appointment-example.json");
    const std::vector<std::pair<std::string, AppointmentStatus>> statuses{
        {"booked", AppointmentStatus::Booked},
        {"arrived", AppointmentStatus::Arrived},
        {"checked-in", AppointmentStatus::CheckedIn},
        {"fulfilled", AppointmentStatus::Fulfilled},
        {"cancelled", AppointmentStatus::Cancelled},
        {"noshow", AppointmentStatus::NoShow},
        {"entered-in-error", AppointmentStatus::Cancelled}};
    for (const auto& [fhir, core] : statuses) {
        a["status"] = fhir;
        CHECK(appointmentFromFhir(a, officialMapping())->appointment.appointment.status == core);
    }
    for (const char* notBooked : {"proposed", "pending", "waitlist", "made-up"}) {
        a["status"] = notBooked;
        CHECK_FALSE(appointmentFromFhir(a, officialMapping()));
    }
}

TEST_CASE("an R4 Account without a balance names its patient only", "[fhir_resources]") {
    const auto a = accountFromFhir(fixture("Account-example.json"), officialMapping());
    REQUIRE(a);
    CHECK(a->patientId == "example");
    CHECK_FALSE(a->patientBalance);
}

TEST_CASE("the R5 balance counts the patient's aggregate by term, exactly", "[fhir_resources]") {
    json account = fixture("Account-example.json");
    account["balance"] = {r5Balance("patient", "current", "10.10"),
                          r5Balance("patient", "90", "20"),
                          r5Balance("insurance", "current", "500.00")};
    account["calculatedAt"] = "2026-11-25T10:00:00Z";
    const auto a = accountFromFhir(parsed(account.dump()), officialMapping());
    REQUIRE(a);
    REQUIRE(a->patientBalance);
    CHECK(*a->patientBalance ==
          std::vector<BalanceByAge>{{0, money("10.10")}, {90, money("20.00")}});
    CHECK(a->calculatedAt == "2026-11-25T10:00:00Z");
}

TEST_CASE("the R4 cross-version balance extension on the official Account", "[fhir_resources]") {
    json account = fixture("Account-ewg.json");
    account["extension"] = {
        {{"url", kXverAccountBalance},
         {"extension",
          {{{"url", "aggregate"}, {"valueCodeableConcept", codeable("patient")}},
           {{"url", "term"}, {"valueCodeableConcept", codeable("current")}},
           {{"url", "amount"}, {"valueMoney", {{"value", 0.1}, {"currency", "USD"}}}}}}},
        {{"url", kXverAccountBalance},
         {"extension",
          {{{"url", "aggregate"}, {"valueCodeableConcept", codeable("patient")}},
           {{"url", "estimate"}, {"valueBoolean", true}},
           {{"url", "amount"}, {"valueMoney", {{"value", 99}, {"currency", "USD"}}}}}}},
        {{"url", kXverAccountCalculatedAt}, {"valueInstant", "2026-11-20T08:00:00Z"}}};
    const auto a = accountFromFhir(parsed(account.dump()), officialMapping());
    REQUIRE(a);
    CHECK(a->patientId == "example");
    REQUIRE(a->patientBalance);
    CHECK(*a->patientBalance == std::vector<BalanceByAge>{{0, money("0.10")}});  // no estimate
    CHECK(a->calculatedAt == "2026-11-20T08:00:00Z");
}

TEST_CASE("Oracle Health's account-balance on a guarantor-balance account, money as text",
          "[fhir_resources]") {
    const json guarantorBalance = parsed(R"({
      "resourceType": "Account", "id": "G2572738",
      "extension": [{"url": "https://fhir-ehr.cerner.com/r4/StructureDefinition/account-balance",
                     "valueMoney": {"value": "1250.00", "currency": "USD"}}],
      "status": "active", "type": {"text": "guarantor-balance"},
      "partOf": {"reference": "Account/F1131724"}})");
    const auto a = accountFromFhir(guarantorBalance, officialMapping());
    REQUIRE(a);
    CHECK(a->patientId.empty());
    CHECK(a->partOf == "F1131724");
    CHECK(*a->patientBalance == std::vector<BalanceByAge>{{0, money("1250.00")}});
    CHECK(a->calculatedAt == "as-of-2026-11-26");
    json statement = guarantorBalance;
    statement["type"]["text"] = "statement";  // a snapshot: not the balance
    CHECK_FALSE(accountFromFhir(statement, officialMapping())->patientBalance);
}

TEST_CASE("money that is not exact cents or not the clinic's currency is refused",
          "[fhir_resources]") {
    CHECK(fhirMoney(json("12.500")) == money("12.50"));
    CHECK(fhirMoney(json(0)) == money("0.00"));
    CHECK(fhirMoney(json("-3.5")) == money("-3.50"));
    CHECK(fhirMoney(json("12.505")).error() == "the amount is not a decimal in whole cents");
    CHECK_FALSE(fhirMoney(json("1e3")));
    CHECK_FALSE(fhirMoney(json("$12.00")));
    CHECK_FALSE(fhirMoney(json("1,250.00")));
    CHECK_FALSE(fhirMoney(json(12.5)));  // a double: parse with parseJsonKeepingDecimals
    json account = fixture("Account-example.json");
    account["balance"] = {r5Balance("patient", "current", "1.00")};
    account["balance"][0]["amount"]["currency"] = "EUR";
    CHECK(accountFromFhir(account, officialMapping()).error() ==
          "patient balance: currency EUR is not the clinic's USD");
}
