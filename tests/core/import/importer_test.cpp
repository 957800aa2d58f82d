#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/import/importer.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;
using Strings = std::vector<std::string>;

namespace {

const std::string kPatients =
    "mrn,family_name,given_name,birth_date,phone,language,guarantor_mrn\n";
const std::string kLedger = "entry_id,mrn,posted_on,kind,amount,memo\n";

ImportReport importText(Store& store, ImportKind kind, const std::string& text,
                        const char* origin) {
    auto report = importCsvText(store, kind, text, origin);
    REQUIRE(report);
    return *report;
}

ImportReport importFixture(Store& store, ImportKind kind, const char* name) {
    auto report = importCsvFile(store, kind, std::string(FRONTDESK_TEST_DATA_DIR) + "/" + name);
    REQUIRE(report);
    return *report;
}

void addPatient(Store& store, const std::string& mrn) {
    const std::vector<Patient> one{{mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
    REQUIRE(store.putPatients(one)->inserted == 1);
}

std::int64_t rowCount(TestStore& t, const char* table) {
    RawDb raw(t.dir.file("clinic.db"));
    return raw.integer(std::string("SELECT count(*) FROM ") + table);
}

}  // namespace

TEST_CASE("each CSV file has the documented columns", "[import][contract]") {
    const CsvContract& patients = csvContract(ImportKind::Patients);
    CHECK(patients.required == Strings{"mrn", "family_name", "given_name", "birth_date"});
    CHECK(patients.optional == Strings{"phone", "language", "guarantor_mrn"});
    const CsvContract& appointments = csvContract(ImportKind::Appointments);
    CHECK(appointments.required == Strings{"appointment_id", "mrn", "start", "duration_min"});
    CHECK(appointments.optional == Strings{"provider", "location", "status"});
    const CsvContract& ledger = csvContract(ImportKind::Ledger);
    CHECK(ledger.required == Strings{"entry_id", "mrn", "posted_on", "kind", "amount"});
    CHECK(ledger.optional == Strings{"memo"});
}

TEST_CASE("the three files of a practice export import with every row stored",
          "[import][contract]") {
    TestStore t;

    const auto patients = importFixture(t.store, ImportKind::Patients, "patients.csv");
    const auto appointments = importFixture(t.store, ImportKind::Appointments, "appointments.csv");
    const auto ledger = importFixture(t.store, ImportKind::Ledger, "ledger.csv");

    CHECK(patients.errors == Strings{});
    CHECK(patients.file == "patients.csv");
    CHECK(patients.rows == 3);
    CHECK(patients.inserted == 3);
    CHECK(appointments.errors == Strings{});
    CHECK(appointments.inserted == 3);
    CHECK(ledger.errors == Strings{});
    CHECK(ledger.inserted == 7);
    const Date asOf = day("2026-01-02");
    const auto andrei = t.store.standing("1001", asOf).value();
    CHECK(andrei.totals.balance == money("7.50"));
    CHECK(andrei.totals.insurancePending == money("0.00"));
    CHECK(andrei.familyBalance == money("12.50"));
    CHECK(t.store.standing("1003", asOf)->totals.balance == money("1229.50"));
    const auto today = t.store.appointmentsOn(asOf).value();
    REQUIRE(today.size() == 2);
    CHECK(today[1].appointment.status == AppointmentStatus::CheckedIn);
    CHECK(today[1].appointment.durationMin == 30);
    CHECK(today[1].givenName == "Ioana");
}

TEST_CASE("columns may come in any order", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   "birth_date,given_name,guarantor_mrn,mrn,family_name\n"
                                   "1983-11-20,Andrei,,1001,Popescu\n",
                                   "patients.csv");

    CHECK(report.errors == Strings{});
    const auto p = t.store.findPatient("1001").value();
    REQUIRE(p);
    CHECK(p->familyName == "Popescu");
    CHECK(p->givenName == "Andrei");
    CHECK(p->birthDate == day("1983-11-20"));
    CHECK(p->language == "en");
}

TEST_CASE("an unknown column is reported as a warning and ignored", "[import]") {
    TestStore t;
    addPatient(t.store, "1001");

    const auto report = importText(t.store, ImportKind::Ledger,
                                   "entry_id,mrn,posted_on,insurer,kind,amount\n"
                                   "E1,1001,2026-01-02,Acme Health,charge_patient,5.00\n",
                                   "ledger.csv");

    CHECK(report.errors == Strings{});
    CHECK(report.warnings == Strings{"ledger.csv:1: unknown column 'insurer' is ignored"});
    CHECK(report.inserted == 1);
}

TEST_CASE("a UTF-8 byte order mark and CRLF line ends are accepted", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   "\xEF\xBB\xBFmrn,family_name,given_name,birth_date\r\n"
                                   "1001,Mu\xC3\xB1oz,Luc\xC3\xAD"
                                   "a,1983-11-20\r\n"
                                   "1002,Lee,Grace,1990-01-31\r\n",
                                   "patients.csv");

    CHECK(report.errors == Strings{});
    CHECK(report.warnings == Strings{});
    CHECK(report.inserted == 2);
    CHECK(t.store.findPatient("1001").value()->familyName == "Mu\xC3\xB1oz");
    CHECK(t.store.findPatient("1002").value()->birthDate == day("1990-01-31"));
}

TEST_CASE("quoted fields keep commas, doubled quotes and newlines, and later lines stay right",
          "[import]") {
    TestStore t;
    addPatient(t.store, "1001");
    const std::string text = kLedger +
                             "E1,1001,2026-01-02,charge_patient,5.00,\"copay, visit 1\"\n"
                             "E2,1001,2026-01-02,charge_patient,5.00,\"the \"\"blue\"\" form\"\n"
                             "E3,1001,2026-01-02,charge_patient,5.00,\"first line\n"
                             "second line\"\n"
                             "E4,1001,2026-01-02,charge_patient,5.0O,bad amount\n";

    const auto bad = importText(t.store, ImportKind::Ledger, text, "ledger.csv");
    CHECK(bad.errors == Strings{"ledger.csv:6: amount: '5.0O' is not money"});

    std::string good = text.substr(0, text.find("E4,"));
    const auto report = importText(t.store, ImportKind::Ledger, good, "ledger.csv");
    REQUIRE(report.errors == Strings{});
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 3);
    CHECK(ledger[0].memo == "copay, visit 1");
    CHECK(ledger[1].memo == "the \"blue\" form");
    CHECK(ledger[2].memo == "first line\nsecond line");
}

TEST_CASE("text that is not valid UTF-8 is an error naming its line", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1001,Lee,Grace,1970-01-01,,,\n"
                                       "1002,Mu\xF1oz,Ana,1970-01-01,,,\n",
                                   "patients.csv");

    CHECK(report.errors == Strings{"patients.csv:3: text is not valid UTF-8"});
    CHECK(t.store.patientCount().value() == 0);
}

TEST_CASE("a missing required column is an error at line 1 naming the column", "[import]") {
    TestStore t;
    const auto report =
        importText(t.store, ImportKind::Ledger,
                   "entry_id,mrn,kind,memo\nE1,1001,charge_patient,x\n", "ledger.csv");

    CHECK(report.errors == Strings{"ledger.csv:1: required column 'posted_on' is missing",
                                   "ledger.csv:1: required column 'amount' is missing"});
    CHECK(report.inserted == 0);
}

TEST_CASE("a guarantor may be a patient on a later row", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1002,Popescu,Ioana,2015-03-09,,,1001\n"
                                       "1001,Popescu,Andrei,1983-11-20,,,\n",
                                   "patients.csv");

    CHECK(report.errors == Strings{});
    CHECK(t.store.findPatient("1002").value()->guarantorMrn == "1001");
}

TEST_CASE("a phone number is stored as its digits", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1001,Lee,Grace,1970-01-01,+1 (555) 010-2000,,\n"
                                       "1002,Lee,Ben,1972-01-01,555.010.3000,,\n",
                                   "patients.csv");

    CHECK(report.errors == Strings{});
    CHECK(t.store.findPatient("1001").value()->phoneDigits == "5550102000");
    CHECK(t.store.findPatient("1002").value()->phoneDigits == "5550103000");
}

TEST_CASE("every bad row of a file is listed and nothing of the file is written", "[import]") {
    TestStore t;
    addPatient(t.store, "1001");
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1002,Lee,Ben,1972-01-01,,,\n"
                                       "1003,Lee,Zoe,1972-02-30,,,\n"
                                       "1001,Lee,Grace,1970-01-02,,,\n"
                                       "1004,Lee,Tom,1975-01-01,call me,,\n",
                                   "patients.csv");

    CHECK_THAT(report.errors,
               Catch::UnorderedEquals(Strings{
                   "patients.csv:3: birth_date: '1972-02-30' is not a date (expected YYYY-MM-DD)",
                   "patients.csv:4: mrn '1001' is already stored with other values",
                   "patients.csv:5: phone: phone 'call me' is not a phone number"}));
    CHECK(report.inserted == 0);
    CHECK(t.store.findPatient("1002").value() == std::nullopt);
    CHECK(t.store.patientCount().value() == 1);
}

TEST_CASE("invalid UTF-8 in one row does not hide the errors of other rows", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1001,Mu\xF1oz,Ana,1970-01-01,,,\n"
                                       "1002,Lee,Ben,1972-13-01,,,\n",
                                   "patients.csv");

    CHECK_THAT(
        report.errors,
        Catch::UnorderedEquals(Strings{
            "patients.csv:2: text is not valid UTF-8",
            "patients.csv:3: birth_date: '1972-13-01' is not a date (expected YYYY-MM-DD)"}));
}

TEST_CASE("a bad last row without a final newline is reported at its own line", "[import]") {
    TestStore t;
    const auto report = importText(t.store, ImportKind::Patients,
                                   kPatients +
                                       "1001,Lee,Grace,1970-01-01,,,\n"
                                       "1002,Lee,Ben,1972-13-01,,,",
                                   "patients.csv");

    CHECK(report.errors ==
          Strings{"patients.csv:3: birth_date: '1972-13-01' is not a date (expected YYYY-MM-DD)"});
}

// Found by fuzz/csv_reader: a last record of one field was said to be on the line after it.
TEST_CASE("a last row of one field without a final newline is reported at its own line",
          "[import]") {
    TestStore t;
    SECTION("a field") {
        const auto report =
            importText(t.store, ImportKind::Patients, kPatients + "1002", "patients.csv");
        REQUIRE_FALSE(report.errors.empty());
        CHECK_THAT(report.errors.front(), Catch::StartsWith("patients.csv:2: "));
    }
    SECTION("a quoted field across two lines") {
        const auto report =
            importText(t.store, ImportKind::Patients,
                       kPatients + "1001,Lee,Grace,1970-01-01,,,\n\"10\n02\"", "patients.csv");
        REQUIRE_FALSE(report.errors.empty());
        CHECK_THAT(report.errors.front(), Catch::StartsWith("patients.csv:3: "));
    }
    SECTION("text that is not UTF-8") {
        const auto report =
            importText(t.store, ImportKind::Patients,
                       kPatients + "1001,Lee,Grace,1970-01-01,,,\n\xff", "patients.csv");
        CHECK(report.errors == Strings{"patients.csv:3: text is not valid UTF-8"});
    }
}

TEST_CASE("importing the same files twice skips every row the second time", "[import]") {
    TestStore t;
    for (auto [kind, name] : {std::pair{ImportKind::Patients, "patients.csv"},
                              std::pair{ImportKind::Appointments, "appointments.csv"},
                              std::pair{ImportKind::Ledger, "ledger.csv"}})
        REQUIRE(importFixture(t.store, kind, name).ok());
    const auto ledgerBefore = t.store.ledgerOf("1001").value();
    const auto standingBefore = t.store.standing("1001", day("2026-01-02")).value();

    const auto patients = importFixture(t.store, ImportKind::Patients, "patients.csv");
    const auto appointments = importFixture(t.store, ImportKind::Appointments, "appointments.csv");
    const auto ledger = importFixture(t.store, ImportKind::Ledger, "ledger.csv");

    CHECK(patients.errors == Strings{});
    CHECK((patients.inserted == 0 && patients.skipped == 3));
    CHECK(appointments.errors == Strings{});
    CHECK((appointments.inserted == 0 && appointments.skipped == 3));
    CHECK(ledger.errors == Strings{});
    CHECK((ledger.inserted == 0 && ledger.skipped == 7));
    CHECK(t.store.ledgerOf("1001").value() == ledgerBefore);
    const auto standingAfter = t.store.standing("1001", day("2026-01-02")).value();
    CHECK(standingAfter.totals.balance == standingBefore.totals.balance);
    CHECK(standingAfter.totals.openLots == standingBefore.totals.openLots);
    CHECK(rowCount(t, "patient") == 3);
    CHECK(rowCount(t, "appointment") == 3);
    CHECK(rowCount(t, "ledger_entry") == 7);
}

TEST_CASE("an id imported again with other values is an error", "[import]") {
    TestStore t;
    addPatient(t.store, "1001");
    REQUIRE(importText(t.store, ImportKind::Ledger,
                       kLedger + "E1,1001,2026-01-02,charge_patient,5.00,copay\n", "ledger.csv")
                .ok());

    const auto report = importText(t.store, ImportKind::Ledger,
                                   kLedger +
                                       "E2,1001,2026-01-03,charge_patient,3.00,copay\n"
                                       "E1,1001,2026-01-02,charge_patient,6.00,copay\n",
                                   "ledger.csv");

    CHECK(report.errors ==
          Strings{"ledger.csv:3: entry_id 'E1' is already stored with other values"});
    CHECK(t.store.ledgerOf("1001").value().size() == 1);
}

TEST_CASE("the two kinds of the write-off run cannot be imported", "[import]") {
    TestStore t;
    addPatient(t.store, "1001");
    const auto report = importText(t.store, ImportKind::Ledger,
                                   kLedger +
                                       "E1,1001,2026-01-02,charge_patient,5.00,\n"
                                       "E2,1001,2026-06-02,small_balance_writeoff,5.00,\n"
                                       "E3,1001,2026-07-02,writeoff_reversal,5.00,\n",
                                   "ledger.csv");

    const std::string runOnly = "' is posted by the write-off run only";
    CHECK(report.errors == Strings{"ledger.csv:3: kind 'small_balance_writeoff" + runOnly,
                                   "ledger.csv:4: kind 'writeoff_reversal" + runOnly});
    CHECK(t.store.ledgerOf("1001").value().empty());
}

TEST_CASE("an accounting negative is rejected for a magnitude kind and signed for an adjustment",
          "[import]") {
    TestStore t;
    addPatient(t.store, "1001");

    const auto bad =
        importText(t.store, ImportKind::Ledger,
                   kLedger + "E1,1001,2026-01-02,patient_payment,(5.00),\n", "ledger.csv");
    CHECK(bad.errors == Strings{"ledger.csv:2: amount: amount for patient_payment must be a "
                                "positive magnitude"});

    const auto good = importText(t.store, ImportKind::Ledger,
                                 kLedger +
                                     "E1,1001,2026-01-02,charge_patient,12.00,\n"
                                     "E2,1001,2026-01-03,patient_adjustment,(5.00),\n",
                                 "ledger.csv");
    CHECK(good.errors == Strings{});
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[1].amount == money("-5.00"));
    CHECK(t.store.standing("1001", day("2026-01-03"))->totals.balance == money("7.00"));
}

TEST_CASE("a payment imported for a written-off account reverses the write-off first",
          "[import][writeoff]") {
    TestStore t;
    addPatient(t.store, "1001");
    REQUIRE(t.store
                .postEntries(std::vector<NewEntry>{
                    {"C1", "1001", day("2025-01-02"), EntryKind::ChargePatient, money("7.50"), ""},
                    {"W1", "1001", day("2025-06-01"), EntryKind::SmallBalanceWriteoff,
                     money("7.50"), ""}})
                ->inserted == 2);

    const auto report =
        importText(t.store, ImportKind::Ledger,
                   kLedger + "P1,1001,2025-07-01,patient_payment,5.00,\n", "ledger.csv");

    CHECK(report.errors == Strings{});
    CHECK(report.inserted == 1);
    CHECK(report.reversals == 1);
    const auto st = t.store.standing("1001", day("2025-07-01")).value();
    CHECK(st.totals.balance == money("0.00"));
    CHECK(st.totals.writtenOff == money("2.50"));
}

TEST_CASE("a file that cannot be read is an error, not a report", "[import]") {
    TestStore t;
    const auto report = importCsvFile(t.store, ImportKind::Patients, t.dir.file("missing.csv"));
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::BadInput);
}
