// Store::recordReminders with what staff enter beside the outcome: the payment taken at the
// desk (posted with the outcome, reversing a write-off first), a `paid` outcome waiting for
// the EHR to post it, and the note (schema migration 7).
#include <catch2/catch.hpp>

#include "frontdesk/store/lookup.h"
#include "frontdesk/store/store.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;

namespace {

const Date kToday = day("2026-11-30");

// A patient who owes 9.27 since 2026-10-01.
void owing(Store& store, const char* mrn = "1001") {
    REQUIRE(store
                .putPatients(
                    std::vector<Patient>{{mrn, "Garcia", "Ana", day("1980-05-01"), "", "en", ""}})
                ->problems.empty());
    const NewEntry charge{std::string("C-") + mrn,  mrn,           day("2026-10-01"),
                          EntryKind::ChargePatient, money("9.27"), ""};
    REQUIRE(store.postEntries(std::vector<NewEntry>{charge})->problems.empty());
}

ReminderInput paid(const char* mrn, std::optional<Cents> payment, std::string note = "") {
    return {mrn, kToday, Channel::Desk, ReminderOutcome::Paid, "desk-1", std::move(note), payment};
}

}  // namespace

TEST_CASE("'paid' with the amount posts the payment with the outcome", "[store][payment]") {
    TestStore t;
    owing(t.store);

    REQUIRE(t.store.recordReminder(paid("1001", money("9.27"), "cash")));

    const auto st = t.store.standing("1001", kToday);
    CHECK(st->totals.balance == money("0.00"));
    CHECK_FALSE(st->paidUnpostedOn);
    REQUIRE(st->lastReminder);
    CHECK(st->lastReminder->outcome == ReminderOutcome::Paid);
    CHECK(st->lastReminder->note == "cash");
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[1].kind == EntryKind::PatientPayment);
    CHECK(ledger[1].amount == money("9.27"));
    CHECK(ledger[1].postedOn == kToday);
    CHECK(ledger[1].sourceId.rfind("reminder:", 0) == 0);
}

TEST_CASE("a payment at the desk after a write-off reverses the write-off first",
          "[store][payment][writeoff]") {
    TestStore t;
    owing(t.store);
    const NewEntry writeoff{
        "W1", "1001", day("2026-11-01"), EntryKind::SmallBalanceWriteoff, money("9.27"), ""};
    REQUIRE(t.store.postEntries(std::vector<NewEntry>{writeoff})->problems.empty());

    REQUIRE(t.store.recordReminder(paid("1001", money("9.27"))));

    const auto st = t.store.standing("1001", kToday);
    CHECK(st->totals.balance == money("0.00"));
    CHECK(st->totals.writtenOff == money("0.00"));
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 4);
    CHECK(ledger[2].kind == EntryKind::WriteoffReversal);
    CHECK(ledger[2].amount == money("9.27"));
}

TEST_CASE("a bad payment is refused and nothing of the batch is written", "[store][payment]") {
    TestStore t;
    owing(t.store);
    RawDb raw(t.dir.file("clinic.db"));
    const auto before = raw.integer("SELECT count(*) FROM reminder");

    for (const Cents bad : {money("0.00"), money("-1.00"), kLargestEntry + Cents(1)}) {
        const auto out = t.store.recordReminder(paid("1001", bad));
        REQUIRE_FALSE(out);
        CHECK(out.error().code == ErrorCode::BadInput);
    }
    ReminderInput promised = paid("1001", money("5.00"));
    promised.outcome = ReminderOutcome::Promised;
    CHECK_FALSE(t.store.recordReminder(promised));
    // the second of two fails: the first is not written either
    const std::vector<ReminderInput> batch{paid("1001", money("1.00")), paid("1001", Cents(0))};
    CHECK_FALSE(t.store.recordReminders(batch));

    CHECK(raw.integer("SELECT count(*) FROM reminder") == before);
    CHECK(raw.integer("SELECT count(*) FROM ledger_entry") == 1);
    CHECK(t.store.standing("1001", kToday)->totals.balance == money("9.27"));
}

TEST_CASE("'paid' without an amount waits for the EHR until the next ledger entry",
          "[store][payment]") {
    TestStore t;
    owing(t.store);
    owing(t.store, "1002");

    REQUIRE(t.store.recordReminder(paid("1001", std::nullopt)));
    CHECK(t.store.standing("1001", kToday)->paidUnpostedOn == kToday);
    CHECK(t.store.standing("1001", kToday)->totals.balance == money("9.27"));
    CHECK_FALSE(t.store.standing("1002", kToday)->paidUnpostedOn);

    BalanceLookup lookup(t.store, Policy{});
    const auto desk = lookup.prompt("1001", Audience::Desk, Language::En, kToday, "s1");
    CHECK(desk->paidAwaitingPosting == kToday);
    CHECK_FALSE(staffShouldMention(*desk));

    // the EHR's balance arrives (the sync posts the payment as an adjustment)
    const NewEntry fromEhr{"fhir:Account/1@2026-12-01",  "1001",         day("2026-12-01"),
                           EntryKind::PatientAdjustment, money("-9.27"), ""};
    REQUIRE(t.store.postEntries(std::vector<NewEntry>{fromEhr})->problems.empty());
    CHECK_FALSE(t.store.standing("1001", day("2026-12-01"))->paidUnpostedOn);
}

TEST_CASE("a later outcome ends the wait for the EHR, a back-dated 'paid' does not start it",
          "[store][payment]") {
    TestStore t;
    owing(t.store);
    REQUIRE(t.store.recordReminder(paid("1001", std::nullopt)));
    ReminderInput disputed = paid("1001", std::nullopt);
    disputed.outcome = ReminderOutcome::Disputed;
    REQUIRE(t.store.recordReminder(disputed));
    CHECK_FALSE(t.store.standing("1001", kToday)->paidUnpostedOn);

    ReminderInput backDated = paid("1001", std::nullopt);
    backDated.on = day("2026-11-01");
    REQUIRE(t.store.recordReminder(backDated));
    CHECK_FALSE(t.store.standing("1001", kToday)->paidUnpostedOn);
}

TEST_CASE("migration 7 gives the latest reminder its note from the reminders stored",
          "[store][migration]") {
    TestStore t;
    owing(t.store);
    const std::vector<ReminderInput> reminders{
        {"1001", day("2026-11-02"), Channel::Desk, ReminderOutcome::Promised, "s1", "Friday",
         std::nullopt},
        {"1001", day("2026-11-20"), Channel::Phone, ReminderOutcome::Declined, "s2", "call later",
         std::nullopt},
        {"1001", day("2026-11-05"), Channel::Desk, ReminderOutcome::Shown, "s3", "back-dated",
         std::nullopt}};
    REQUIRE(t.store.recordReminders(reminders));
    CHECK(t.store.standing("1001", kToday)->lastReminder->note == "call later");
    {
        RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 6);
    }

    auto reopened = Store::open(t.dir.file("clinic.db"));

    REQUIRE(reopened);
    const auto st = reopened->standing("1001", kToday);
    REQUIRE(st->lastReminder);
    CHECK(st->lastReminder->note == "call later");
    CHECK_FALSE(st->paidUnpostedOn);
}
