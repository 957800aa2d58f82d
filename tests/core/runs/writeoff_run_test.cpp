#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/runs/verify.h"
#include "frontdesk/runs/writeoff_run.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;

namespace {

const Date kAsOf = day("2026-06-01");

struct Account {
    std::string mrn;
    const char* owed = "7.50";
    int ageDays = 150;
    int reminders = 2;
    const char* pending = nullptr;  // with insurance
    ReminderOutcome lastOutcome = ReminderOutcome::Promised;
};

// A patient owing `owed` since `ageDays` before kAsOf, reminded `reminders` times since.
void open(Store& store, const Account& a) {
    const std::vector<Patient> p{{a.mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
    REQUIRE(store.putPatients(p)->inserted == 1);
    const Date opened = kAsOf.plusDays(-a.ageDays);
    std::vector<NewEntry> entries{
        {"C-" + a.mrn, a.mrn, opened, EntryKind::ChargePatient, money(a.owed), "copay"}};
    if (a.pending)
        entries.push_back(
            {"I-" + a.mrn, a.mrn, opened, EntryKind::ChargeInsurance, money(a.pending), ""});
    REQUIRE(store.postEntries(entries)->problems.empty());
    for (int i = 1; i <= a.reminders; ++i) {
        const auto outcome = i == a.reminders ? a.lastOutcome : ReminderOutcome::Shown;
        REQUIRE(store.recordReminder(
            {a.mrn, opened.plusDays(10 * i), Channel::Desk, outcome, "s1", "", {}}));
    }
}

std::int64_t entryCount(TestStore& t) {
    RawDb raw(t.dir.file("clinic.db"));
    return raw.integer("SELECT count(*) FROM ledger_entry");
}

}  // namespace

TEST_CASE("the dry run lists only eligible accounts with their total and changes nothing",
          "[writeoff]") {
    TestStore t;
    open(t.store, {.mrn = "1001"});
    open(t.store, {.mrn = "1002", .owed = "9.99", .ageDays = 120, .reminders = 3});
    open(t.store, {.mrn = "1003", .owed = "10.00"});
    open(t.store, {.mrn = "1004", .ageDays = 119});
    open(t.store, {.mrn = "1005", .reminders = 1});
    open(t.store, {.mrn = "1006", .pending = "80.00"});
    open(t.store, {.mrn = "1007", .lastOutcome = ReminderOutcome::Disputed});
    const auto entriesBefore = entryCount(t);

    const auto run = planWriteoffs(t.store, Policy{}, kAsOf);

    REQUIRE(run);
    CHECK_FALSE(run->posted);
    CHECK(run->asOf == kAsOf);
    REQUIRE(run->accounts.size() == 2);
    CHECK(run->accounts[0].mrn == "1001");
    CHECK(run->accounts[0].balance == money("7.50"));
    CHECK(run->accounts[0].oldestOpenOn == kAsOf.plusDays(-150));
    CHECK(run->accounts[0].ageDays == 150);
    CHECK(run->accounts[0].reminders == 2);
    CHECK(run->accounts[1].mrn == "1002");
    CHECK(run->accounts[1].balance == money("9.99"));
    CHECK(run->accounts[1].ageDays == 120);
    CHECK(run->accounts[1].reminders == 3);
    CHECK(run->total == money("17.49"));
    CHECK(entryCount(t) == entriesBefore);
    CHECK(t.store.standing("1001", kAsOf)->totals.writtenOff == money("0.00"));
}

TEST_CASE("posting the run writes one small_balance_writeoff per eligible account", "[writeoff]") {
    TestStore t;
    open(t.store, {.mrn = "1001"});
    open(t.store, {.mrn = "1002", .owed = "3.25"});
    open(t.store, {.mrn = "1003", .reminders = 1});

    const auto run = postWriteoffs(t.store, Policy{}, kAsOf);

    REQUIRE(run);
    CHECK(run->posted);
    CHECK(run->total == money("10.75"));
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[1].sourceId == "writeoff:2026-06-01:1001");
    CHECK(ledger[1].kind == EntryKind::SmallBalanceWriteoff);
    CHECK(ledger[1].amount == money("7.50"));
    CHECK(ledger[1].postedOn == kAsOf);
    const auto st = t.store.standing("1001", kAsOf).value();
    CHECK(st.totals.balance == money("0.00"));
    CHECK(st.totals.writtenOff == money("7.50"));
    CHECK(t.store.standing("1002", kAsOf)->totals.writtenOff == money("3.25"));
    CHECK(t.store.ledgerOf("1003").value().size() == 1);
    CHECK(verifyStore(t.store)->ok());
}

TEST_CASE("a second run for the same as-of date posts nothing more", "[writeoff]") {
    TestStore t;
    open(t.store, {.mrn = "1001"});
    REQUIRE(postWriteoffs(t.store, Policy{}, kAsOf));
    const auto entriesAfterFirst = entryCount(t);

    const auto again = postWriteoffs(t.store, Policy{}, kAsOf);

    REQUIRE(again);
    CHECK(again->accounts.empty());
    CHECK(again->total == money("0.00"));
    CHECK(entryCount(t) == entriesAfterFirst);
    CHECK(t.store.standing("1001", kAsOf)->totals.writtenOff == money("7.50"));
}

TEST_CASE("a payment after the write-off run reverses the write-off", "[writeoff]") {
    TestStore t;
    open(t.store, {.mrn = "1001"});
    REQUIRE(postWriteoffs(t.store, Policy{}, kAsOf));

    const auto paid = t.store.postEntries(std::vector<NewEntry>{
        {"P1", "1001", kAsOf.plusDays(20), EntryKind::PatientPayment, money("7.50"), ""}});

    REQUIRE(paid);
    CHECK(paid->reversals == 1);
    CHECK(paid->reversed == money("7.50"));
    const auto st = t.store.standing("1001", kAsOf.plusDays(20)).value();
    CHECK(st.totals.balance == money("0.00"));
    CHECK(st.totals.writtenOff == money("0.00"));
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 4);
    CHECK(ledger[2].kind == EntryKind::WriteoffReversal);
    CHECK(ledger[3].kind == EntryKind::PatientPayment);
    CHECK(planWriteoffs(t.store, Policy{}, kAsOf.plusDays(20))->accounts.empty());
}
