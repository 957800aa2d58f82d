#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "frontdesk/runs/report.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::TestStore;

namespace {

const Date kFrom = day("2026-03-01");
const Date kTo = day("2026-03-31");

void addPatients(Store& store, std::initializer_list<const char*> mrns) {
    std::vector<Patient> patients;
    for (const char* mrn : mrns)
        patients.push_back({mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""});
    REQUIRE(store.putPatients(patients)->problems.empty());
}

void post(Store& store, const std::string& mrn, const char* on, EntryKind kind,
          const char* amount) {
    static int next = 0;
    const std::vector<NewEntry> e{
        {"E" + std::to_string(++next), mrn, day(on), kind, money(amount), ""}};
    REQUIRE(store.postEntries(e)->problems.empty());
}

void remind(Store& store, const std::string& mrn, const char* on, Channel channel,
            ReminderOutcome outcome = ReminderOutcome::Shown) {
    REQUIRE(store.recordReminder({mrn, day(on), channel, outcome, "s1", "", {}}));
}

PracticeReport report(Store& store, Date from = kFrom, Date to = kTo) {
    auto r = makeReport(store, Policy{}, from, to);
    REQUIRE(r);
    return *r;
}

}  // namespace

TEST_CASE("the report counts reminders in the period by channel and outcome", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002"});
    remind(t.store, "1001", "2026-02-28", Channel::Desk);
    remind(t.store, "1001", "2026-03-01", Channel::Kiosk);
    remind(t.store, "1001", "2026-03-05", Channel::Desk, ReminderOutcome::Promised);
    remind(t.store, "1002", "2026-03-06", Channel::Desk, ReminderOutcome::Promised);
    remind(t.store, "1002", "2026-03-31", Channel::Phone, ReminderOutcome::Declined);
    remind(t.store, "1002", "2026-04-01", Channel::Kiosk);

    const PracticeReport r = report(t.store);

    using Key = std::pair<Channel, ReminderOutcome>;
    const std::map<Key, std::size_t> expected{{{Channel::Kiosk, ReminderOutcome::Shown}, 1},
                                              {{Channel::Desk, ReminderOutcome::Promised}, 2},
                                              {{Channel::Phone, ReminderOutcome::Declined}, 1}};
    CHECK(r.reminders == expected);
    CHECK(r.remindedPatients == 2);
}

TEST_CASE("a payment 30 days after a reminder counts as recovered, 31 days after does not",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "20.00");
    post(t.store, "1002", "2026-02-01", EntryKind::ChargePatient, "20.00");
    remind(t.store, "1001", "2026-03-01", Channel::Desk);
    remind(t.store, "1002", "2026-03-01", Channel::Desk);
    post(t.store, "1001", "2026-03-31", EntryKind::PatientPayment, "5.00");
    post(t.store, "1002", "2026-04-01", EntryKind::PatientPayment, "7.00");

    const PracticeReport r = report(t.store);

    CHECK(r.remindedPatients == 2);
    CHECK(r.remindedPatientsWhoPaid == 1);
    CHECK(r.paidWithin30Days == money("5.00"));
}

TEST_CASE("a payment after two reminders is counted once", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "20.00");
    remind(t.store, "1001", "2026-03-01", Channel::Kiosk);
    remind(t.store, "1001", "2026-03-10", Channel::Phone, ReminderOutcome::Promised);
    post(t.store, "1001", "2026-03-15", EntryKind::PatientPayment, "6.00");
    post(t.store, "1001", "2026-03-20", EntryKind::PatientPayment, "4.00");

    const PracticeReport r = report(t.store);

    CHECK(r.remindedPatients == 1);
    CHECK(r.remindedPatientsWhoPaid == 1);
    CHECK(r.paidWithin30Days == money("10.00"));
}

TEST_CASE("a payment before the reminder is not counted as recovered by it", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "20.00");
    post(t.store, "1001", "2026-03-02", EntryKind::PatientPayment, "6.00");
    remind(t.store, "1001", "2026-03-10", Channel::Desk);

    const PracticeReport r = report(t.store);

    CHECK(r.remindedPatientsWhoPaid == 0);
    CHECK(r.paidWithin30Days == money("0.00"));
}

TEST_CASE("the report sums write-offs and recoveries after write-off posted in the period",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002"});
    post(t.store, "1001", "2025-10-01", EntryKind::ChargePatient, "7.50");
    post(t.store, "1001", "2026-03-10", EntryKind::SmallBalanceWriteoff, "7.50");
    post(t.store, "1001", "2026-03-20", EntryKind::PatientPayment, "5.00");
    post(t.store, "1002", "2025-10-01", EntryKind::ChargePatient, "4.00");
    post(t.store, "1002", "2026-02-10", EntryKind::SmallBalanceWriteoff, "4.00");
    post(t.store, "1002", "2026-04-05", EntryKind::PatientPayment, "4.00");

    const PracticeReport r = report(t.store);

    CHECK(r.writtenOff == money("7.50"));
    CHECK(r.recoveredAfterWriteoff == money("5.00"));
}

TEST_CASE("the report lists credits by state and refunds due by deadline", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002", "1003", "1004", "1005"});
    post(t.store, "1001", "2026-05-01", EntryKind::PatientPayment, "20.00");
    post(t.store, "1002", "2026-04-15", EntryKind::PatientPayment, "8.00");
    post(t.store, "1003", "2026-06-01", EntryKind::PatientPayment, "2.00");
    post(t.store, "1004", "2026-06-01", EntryKind::PatientPayment, "3.00");
    post(t.store, "1005", "2023-01-01", EntryKind::PatientPayment, "4.00");
    const std::vector<Appointment> visit{
        {"A1", "1004", "2026-07-15T09:00", 15, "Dr. Lee", "Room 1", AppointmentStatus::Booked}};
    REQUIRE(t.store.putAppointments(visit)->inserted == 1);

    const PracticeReport r = report(t.store, day("2026-06-01"), day("2026-06-30"));

    REQUIRE(r.credits.size() == 4);
    CHECK(r.credits.at(PromptState::CreditRefundDue).accounts == 2);
    CHECK(r.credits.at(PromptState::CreditRefundDue).credit == money("28.00"));
    CHECK(r.credits.at(PromptState::CreditOnFile).accounts == 1);
    CHECK(r.credits.at(PromptState::CreditOnFile).credit == money("2.00"));
    CHECK(r.credits.at(PromptState::CreditApplyNextVisit).accounts == 1);
    CHECK(r.credits.at(PromptState::CreditApplyNextVisit).credit == money("3.00"));
    CHECK(r.credits.at(PromptState::UnclaimedPropertyReview).accounts == 1);
    CHECK(r.credits.at(PromptState::UnclaimedPropertyReview).credit == money("4.00"));
    REQUIRE(r.refundsDue.size() == 2);
    CHECK(r.refundsDue[0].mrn == "1002");
    CHECK(r.refundsDue[0].credit == money("8.00"));
    CHECK(r.refundsDue[0].since == day("2026-04-15"));
    CHECK(r.refundsDue[0].refundDueBy == day("2026-06-14"));
    CHECK(r.refundsDue[1].mrn == "1001");
    CHECK(r.refundsDue[1].credit == money("20.00"));
    CHECK(r.refundsDue[1].refundDueBy == day("2026-06-30"));
}

TEST_CASE("a report period ending before it starts is bad input", "[report]") {
    TestStore t;
    const auto r = makeReport(t.store, Policy{}, day("2026-03-31"), day("2026-03-01"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::BadInput);
}

TEST_CASE("the report's sums read the partial index by kind and day, before and after migration 6",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "8.00");
    post(t.store, "1001", "2026-03-02", EntryKind::SmallBalanceWriteoff, "8.00");
    post(t.store, "1001", "2026-03-20", EntryKind::PatientPayment, "3.00");
    remind(t.store, "1001", "2026-03-10", Channel::Desk);
    const PracticeReport before = report(t.store);
    CHECK(before.writtenOff == money("8.00"));
    CHECK(before.recoveredAfterWriteoff == money("3.00"));
    CHECK(before.paidWithin30Days == money("3.00"));
    {
        test::RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 5);
    }

    auto migrated = Store::open(t.dir.file("clinic.db"));
    REQUIRE(migrated);
    auto after = makeReport(*migrated, Policy{}, kFrom, kTo);
    REQUIRE(after);
    CHECK(after->writtenOff == before.writtenOff);
    CHECK(after->recoveredAfterWriteoff == before.recoveredAfterWriteoff);
    CHECK(after->paidWithin30Days == before.paidWithin30Days);
    test::RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'ledger_kind_day'") == 0);
    // the report's queries, as report.cpp writes them: a literal kind finds the partial index
    for (const char* kind : {"patient_payment", "small_balance_writeoff", "writeoff_reversal"}) {
        INFO(kind);
        const auto plan =
            raw.rows(std::string("EXPLAIN QUERY PLAN SELECT COALESCE(SUM(amount_cents), 0)"
                                 " FROM ledger_entry WHERE kind = '") +
                     kind + "' AND posted_on BETWEEN '2026-03-01' AND '2026-03-31'");
        REQUIRE_FALSE(plan.empty());
        CHECK_THAT(plan.back().back(), Catch::Contains("USING INDEX ledger_report_day"));
    }
}
