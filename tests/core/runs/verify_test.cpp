#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/runs/verify.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;
using Strings = std::vector<std::string>;

namespace {

// Two patients with charges, insurance, a write-off, its reversal and reminders.
void fill(Store& store) {
    const std::vector<Patient> patients{
        {"1001", "Lee", "Grace", day("1970-01-01"), "", "en", ""},
        {"1002", "Lee", "Ben", day("2012-01-01"), "", "en", "1001"}};
    REQUIRE(store.putPatients(patients)->problems.empty());
    const auto e = [](const char* id, const char* mrn, const char* on, EntryKind kind,
                      const char* amount) {
        return NewEntry{id, mrn, day(on), kind, money(amount), ""};
    };
    const std::vector<NewEntry> entries{
        e("E1", "1001", "2025-01-02", EntryKind::ChargePatient, "7.50"),
        e("E2", "1001", "2025-06-01", EntryKind::SmallBalanceWriteoff, "7.50"),
        e("E3", "1001", "2025-07-01", EntryKind::PatientPayment, "5.00"),
        e("E4", "1002", "2025-03-01", EntryKind::ChargeInsurance, "200.00"),
        e("E5", "1002", "2025-03-20", EntryKind::InsurancePayment, "150.00"),
        e("E6", "1002", "2025-03-20", EntryKind::TransferToPatient, "25.00")};
    REQUIRE(store.postEntries(entries)->problems.empty());
    REQUIRE(store.recordReminder(
        {"1002", day("2025-04-01"), Channel::Phone, ReminderOutcome::Promised, "s1", "", {}}));
}

}  // namespace

TEST_CASE("a store kept by the core verifies clean", "[verify]") {
    TestStore t;
    fill(t.store);

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->integrityProblems == Strings{});
    CHECK(report->mismatches == Strings{});
    CHECK(report->patientsChecked == 2);
    CHECK(report->entriesChecked == 7);  // six posted and one reversal
}

TEST_CASE("a summary balance changed behind the store's back is reported with its MRN",
          "[verify]") {
    TestStore t;
    fill(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "UPDATE patient_summary SET balance_cents = balance_cents + 100"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1002')");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->mismatches == Strings{"MRN 1002: balance summary 26.00, ledger 25.00"});
}

TEST_CASE("written-off money, pending insurance and open charges are verified too", "[verify]") {
    TestStore t;
    fill(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "UPDATE patient_summary SET written_off_cents = 0"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1001')");
        raw.exec(
            "UPDATE patient_summary SET pending_cents = 0, open_lots = ''"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1002')");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK(report->mismatches == Strings{"MRN 1001: written off summary 0.00, ledger 2.50",
                                        "MRN 1002: insurance pending summary 0.00, ledger 25.00",
                                        "MRN 1002: open charges differ from the ledger"});
}

TEST_CASE("a reminder count changed behind the store's back is reported", "[verify]") {
    TestStore t;
    fill(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "UPDATE patient_summary SET reminder_count = 3"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1002')");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK(report->mismatches == Strings{"MRN 1002: reminder count summary 3, stored 1"});
}

TEST_CASE("balance reminders in a summary changed behind the store's back are reported",
          "[verify]") {
    TestStore t;
    fill(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            // the promise marked as a dispute
            "UPDATE patient_summary SET balance_reminders = balance_reminders || '!'"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1002')");
        raw.exec(
            "UPDATE patient_summary SET balance_reminders = 'not a log'"
            " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '1001')");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK(report->mismatches ==
          Strings{"MRN 1001: balance reminders in the summary differ from the reminders stored",
                  "MRN 1002: balance reminders in the summary differ from the reminders stored"});
}

TEST_CASE("a family balance changed behind the store's back is reported with the head's MRN",
          "[verify]") {
    TestStore t;
    fill(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "UPDATE family_balance SET balance_cents = balance_cents + 100"
            " WHERE family_id = (SELECT id FROM patient WHERE mrn = '1001')");
        raw.exec("INSERT INTO family_balance (family_id, balance_cents) VALUES (77, 500)");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    CHECK(report->mismatches ==
          Strings{
              "family of MRN 1001: family balance 26.00, members' summaries 25.00",
              "family 77 (no patient has that id): family balance 5.00, members' summaries 0.00"});
}
