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

// The report's months (Store::activity), for a period.
Result<std::vector<MonthActivity>> monthsOf(Store& store, Date from, Date to) {
    auto a = store.activity(from, to);
    if (!a) return tl::unexpected(a.error());
    CHECK(report(store, from, to).months.size() == a->months.size());
    return a->months;
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

TEST_CASE("each payment after reminders is credited to the channel of the latest one before it",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002", "1003"});
    for (const char* mrn : {"1001", "1002", "1003"})
        post(t.store, mrn, "2026-02-01", EntryKind::ChargePatient, "20.00");
    // 1001: kiosk, then phone; a payment after each
    remind(t.store, "1001", "2026-03-01", Channel::Kiosk);
    post(t.store, "1001", "2026-03-05", EntryKind::PatientPayment, "3.00");
    remind(t.store, "1001", "2026-03-10", Channel::Phone, ReminderOutcome::Promised);
    post(t.store, "1001", "2026-03-15", EntryKind::PatientPayment, "6.00");
    // 1002: two reminders on one day: the one recorded last
    remind(t.store, "1002", "2026-03-12", Channel::Phone);
    remind(t.store, "1002", "2026-03-12", Channel::Desk, ReminderOutcome::WillPayAtDesk);
    post(t.store, "1002", "2026-03-12", EntryKind::PatientPayment, "2.50");
    // 1003: a reminder that is not about a balance credits nothing; a desk one after it does
    remind(t.store, "1003", "2026-03-02", Channel::Desk, ReminderOutcome::NotAppropriate);
    remind(t.store, "1003", "2026-03-20", Channel::Kiosk, ReminderOutcome::Promised);
    post(t.store, "1003", "2026-04-10", EntryKind::PatientPayment, "1.25");  // within 30 days

    const PracticeReport r = report(t.store);

    CHECK(r.paidWithin30Days == money("12.75"));
    CHECK(r.paidByChannel.at(Channel::Kiosk) == money("4.25"));
    CHECK(r.paidByChannel.at(Channel::Phone) == money("6.00"));
    CHECK(r.paidByChannel.at(Channel::Desk) == money("2.50"));
    Cents sum;
    for (const auto& [channel, paid] : r.paidByChannel) REQUIRE(addTo(sum, paid));
    CHECK(sum == r.paidWithin30Days);
}

TEST_CASE("the report counts reminders by staff member and outcome", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002"});
    REQUIRE(t.store.recordReminder(
        {"1001", day("2026-03-02"), Channel::Desk, ReminderOutcome::Shown, "maria", "", {}}));
    REQUIRE(t.store.recordReminder(
        {"1002", day("2026-03-03"), Channel::Desk, ReminderOutcome::Shown, "maria", "", {}}));
    REQUIRE(t.store.recordReminder(
        {"1002", day("2026-03-04"), Channel::Phone, ReminderOutcome::Promised, "sam", "", {}}));
    REQUIRE(t.store.recordReminder(
        {"1001", day("2026-04-01"), Channel::Phone, ReminderOutcome::Promised, "sam", "", {}}));

    const PracticeReport r = report(t.store);

    const std::map<std::pair<std::string, ReminderOutcome>, std::size_t> expected{
        {{"maria", ReminderOutcome::Shown}, 2}, {{"sam", ReminderOutcome::Promised}, 1}};
    CHECK(r.remindersByStaff == expected);
}

TEST_CASE("the period month by month: each month clipped to it, with that month's counts",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001"});
    post(t.store, "1001", "2025-10-01", EntryKind::ChargePatient, "30.00");
    remind(t.store, "1001", "2025-11-20", Channel::Desk);
    post(t.store, "1001", "2025-12-05", EntryKind::PatientPayment, "5.00");
    remind(t.store, "1001", "2025-12-31", Channel::Kiosk);
    post(t.store, "1001", "2026-01-02", EntryKind::SmallBalanceWriteoff, "4.00");
    post(t.store, "1001", "2026-01-09", EntryKind::PatientPayment, "7.00");

    auto months = monthsOf(t.store, day("2025-11-15"), day("2026-01-10"));
    REQUIRE(months);
    REQUIRE(months->size() == 3);
    CHECK((*months)[0].from == day("2025-11-15"));
    CHECK((*months)[0].to == day("2025-11-30"));
    CHECK((*months)[1].from == day("2025-12-01"));
    CHECK((*months)[1].to == day("2025-12-31"));
    CHECK((*months)[2].from == day("2026-01-01"));
    CHECK((*months)[2].to == day("2026-01-10"));
    // each month's figures are the report's for that month
    for (const MonthActivity& m : *months) {
        const PracticeReport r = report(t.store, m.from, m.to);
        CHECK(m.activity.reminders == r.reminders);
        CHECK(m.activity.remindedPatients == r.remindedPatients);
        CHECK(m.activity.remindedPatientsWhoPaid == r.remindedPatientsWhoPaid);
        CHECK(m.activity.paidWithin30Days == r.paidWithin30Days);
        CHECK(m.activity.paidByChannel == r.paidByChannel);
        CHECK(m.activity.writtenOff == r.writtenOff);
        CHECK(m.activity.recoveredAfterWriteoff == r.recoveredAfterWriteoff);
        CHECK(m.activity.remindersByStaff == r.remindersByStaff);
    }
    CHECK((*months)[0].activity.paidWithin30Days == money("5.00"));  // after the desk reminder
    CHECK((*months)[1].activity.paidByChannel.at(Channel::Kiosk) == money("7.00"));
    CHECK((*months)[2].activity.writtenOff == money("4.00"));
    // one day is one month; a leap February ends on the 29th; a period the wrong way round is
    // bad input
    auto day1 = monthsOf(t.store, day("2026-02-28"), day("2026-02-28"));
    REQUIRE(day1);
    REQUIRE(day1->size() == 1);
    CHECK((*day1)[0].from == day("2026-02-28"));
    CHECK((*day1)[0].to == day("2026-02-28"));
    auto leap = monthsOf(t.store, day("2024-02-10"), day("2024-03-01"));
    REQUIRE(leap);
    REQUIRE(leap->size() == 2);
    CHECK((*leap)[0].to == day("2024-02-29"));
    CHECK((*leap)[1].from == day("2024-03-01"));
    CHECK(monthsOf(t.store, day("2026-02-28"), day("2026-02-27")).error().code ==
          ErrorCode::BadInput);
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
    // the report's queries, as store_report.cpp writes them: a literal kind finds the partial
    // index, which holds all they read (schema 13)
    for (const char* kind : {"patient_payment", "small_balance_writeoff", "writeoff_reversal"}) {
        INFO(kind);
        const auto plan =
            raw.rows(std::string("EXPLAIN QUERY PLAN SELECT posted_on, patient_id, amount_cents"
                                 " FROM ledger_entry WHERE kind = '") +
                     kind + "' AND posted_on BETWEEN '2026-03-01' AND '2026-03-31'");
        REQUIRE_FALSE(plan.empty());
        CHECK_THAT(plan.back().back(), Catch::Contains("USING COVERING INDEX ledger_report_day"));
    }
    const auto reminders = raw.rows(
        "EXPLAIN QUERY PLAN SELECT r.on_date, r.channel, r.outcome, r.staff_id, r.patient_id,"
        " r.id FROM reminder r WHERE r.on_date BETWEEN '2026-03-01' AND '2026-03-31'");
    REQUIRE_FALSE(reminders.empty());
    CHECK_THAT(reminders.back().back(), Catch::Contains("USING COVERING INDEX reminder_report"));
}

TEST_CASE("recorded statement runs count in the month of their day, once a day", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002", "1003"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "80.00");  // mailed
    post(t.store, "1002", "2026-02-01", EntryKind::ChargePatient, "4.00");   // small
    post(t.store, "1003", "2026-02-01", EntryKind::ChargePatient, "6.00");
    post(t.store, "1003", "2026-02-20", EntryKind::SmallBalanceWriteoff, "6.00");
    auto march = recordStatements(t.store, Policy{}, day("2026-03-02"), 1000);
    REQUIRE(march);
    CHECK(march->statementCount == 1);
    CHECK(march->suppressedSmall == 1);
    CHECK(march->suppressedWrittenOff == 1);
    CHECK(march->costSaved == money("12.00"));  // two statements at $6.00
    // the same day again: refused, the first kept
    auto again = recordStatements(t.store, Policy{}, day("2026-03-02"), 2000);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    post(t.store, "1002", "2026-03-20", EntryKind::PatientPayment, "4.00");
    REQUIRE(recordStatements(t.store, Policy{}, day("2026-04-01"), 3000));

    auto months = monthsOf(t.store, day("2026-02-15"), day("2026-04-30"));
    REQUIRE(months);
    REQUIRE(months->size() == 3);
    CHECK((*months)[0].activity.statementRuns.runs == 0);
    const StatementsMailed& m = (*months)[1].activity.statementRuns;
    CHECK(m.runs == 1);
    CHECK(m.statements == 1);
    CHECK(m.statementTotal == money("80.00"));
    CHECK(m.suppressedSmall == 1);
    CHECK(m.suppressedBalance == money("4.00"));
    CHECK(m.costSaved == money("12.00"));
    const StatementsMailed& a = (*months)[2].activity.statementRuns;
    CHECK(a.suppressedSmall == 0);  // paid meanwhile
    CHECK(a.costSaved == money("6.00"));
    const PracticeReport whole = report(t.store, day("2026-02-15"), day("2026-04-30"));
    CHECK(whole.statementRuns.runs == 2);
    CHECK(whole.statementRuns.costSaved == money("18.00"));
    CHECK(report(t.store, day("2026-03-03"), day("2026-03-31")).statementRuns.runs == 0);
}

TEST_CASE("a statement run recorded after its day counts the ledger as it stood that day",
          "[report]") {
    TestStore t;
    addPatients(t.store, {"1001", "1002"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "80.00");
    post(t.store, "1002", "2026-02-01", EntryKind::ChargePatient, "4.00");
    post(t.store, "1001", "2026-03-10", EntryKind::PatientPayment, "80.00");
    post(t.store, "1002", "2026-03-10", EntryKind::ChargePatient, "50.00");
    // the summaries (a run on the ledger's last day): 1001 owes nothing, 1002 $54.00 (mailed)
    auto now = planStatements(t.store, Policy{}, day("2026-03-10"));
    REQUIRE(now);
    CHECK(now->statementCount == 1);
    CHECK(now->suppressedSmall == 0);
    // the dry run of the earlier day is that day's, as the recorded run is
    auto dry = planStatements(t.store, Policy{}, day("2026-03-02"));
    REQUIRE(dry);
    CHECK(dry->suppressedSmall == 1);
    CHECK(dry->statementTotal == money("80.00"));
    // on 2026-03-02: 1001 owed $80.00 (mailed), 1002 $4.00 (small)
    auto then = recordStatements(t.store, Policy{}, day("2026-03-02"), 1000);
    REQUIRE(then);
    CHECK(then->statementCount == 1);
    REQUIRE(then->statements.size() == 1);
    CHECK(then->statements[0].mrn == "1001");
    CHECK(then->statements[0].balance == money("80.00"));
    CHECK(then->suppressedSmall == 1);
    CHECK(then->suppressedBalance == money("4.00"));
    const PracticeReport r = report(t.store);
    CHECK(r.statementRuns.statementTotal == money("80.00"));
    CHECK(r.statementRuns.suppressedSmall == 1);
    // on the last day of the ledger it is the summaries' run
    auto last = recordStatements(t.store, Policy{}, day("2026-03-10"), 2000);
    REQUIRE(last);
    CHECK(last->statementCount == 1);
    CHECK(last->statementTotal == money("54.00"));
}

TEST_CASE("migration 14 adds the statement runs to a database of schema 13", "[report]") {
    TestStore t;
    addPatients(t.store, {"1001"});
    post(t.store, "1001", "2026-02-01", EntryKind::ChargePatient, "80.00");
    {
        test::RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 13);
        CHECK(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'statement_run'") == 0);
    }
    auto migrated = Store::open(t.dir.file("clinic.db"));
    REQUIRE(migrated);
    REQUIRE(recordStatements(*migrated, Policy{}, day("2026-03-02"), 1000));
    CHECK(report(*migrated).statementRuns.statements == 1);
}
