// The open patient balances of the manager's view (open_balances.h): by the age of the oldest
// open charge, small apart from larger, and the accounts the write-off rule reaches today and
// within 30 days; the same on the store and on a snapshot, and in the practice report.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/runs/open_balances.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/writeoff_run.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::TestStore;

namespace {

const Date kAsOf = day("2026-06-01");

// A patient owing `owed` (negative: a credit) since `ageDays` before kAsOf, reminded
// `reminders` times since.
void open(Store& store, const std::string& mrn, const char* owed, int ageDays, int reminders) {
    const std::vector<Patient> p{{mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
    REQUIRE(store.putPatients(p)->inserted == 1);
    const Date opened = kAsOf.plusDays(-ageDays);
    const bool credit = owed[0] == '-';
    const std::vector<NewEntry> entries{
        {"E-" + mrn, mrn, opened, credit ? EntryKind::PatientPayment : EntryKind::ChargePatient,
         money(credit ? owed + 1 : owed), ""}};
    REQUIRE(store.postEntries(entries)->problems.empty());
    for (int i = 1; i <= reminders; ++i)
        REQUIRE(store.recordReminder(
            {mrn, opened.plusDays(i), Channel::Desk, ReminderOutcome::Shown, "s1", "", {}}));
}

}  // namespace

TEST_CASE("open balances are counted by age, small apart from larger", "[open_balances]") {
    TestStore t;
    open(t.store, "A", "4.00", 10, 0);     // small, 0-30
    open(t.store, "B", "10.00", 30, 0);    // small (at the maximum), 0-30
    open(t.store, "C", "10.01", 31, 0);    // larger, 31-60
    open(t.store, "D", "250.00", 121, 0);  // larger, over 120
    open(t.store, "E", "7.50", 200, 2);    // small, over 120, eligible now
    open(t.store, "F", "-20.00", 50, 0);   // a credit: not a balance
    StoreAccounts accounts(t.store, kAsOf);
    auto b = openBalances(accounts, Policy{});
    REQUIRE(b);
    CHECK(b->asOf == kAsOf);
    CHECK(b->smallMax == money("10.00"));
    CHECK(b->byAge[0].fromDays == 0);
    CHECK(b->byAge[0].toDays == 30);
    CHECK_FALSE(b->byAge[4].toDays);
    CHECK(b->byAge[0].smallAccounts == 2);
    CHECK(b->byAge[0].small == money("14.00"));
    CHECK(b->byAge[0].largerAccounts == 0);
    CHECK(b->byAge[1].largerAccounts == 1);
    CHECK(b->byAge[1].larger == money("10.01"));
    CHECK(b->byAge[4].largerAccounts == 1);
    CHECK(b->byAge[4].larger == money("250.00"));
    CHECK(b->byAge[4].smallAccounts == 1);
    std::size_t accountsCounted = 0;
    for (const BalanceAge& age : b->byAge)
        accountsCounted += age.smallAccounts + age.largerAccounts;
    CHECK(accountsCounted == 5);
    CHECK(b->eligibleNow == 1);
    CHECK(b->eligibleNowTotal == money("7.50"));
}

TEST_CASE("accounts that reach the write-off age within 30 days are counted apart",
          "[open_balances]") {
    TestStore t;
    open(t.store, "NOW", "5.00", 130, 2);    // eligible today (120 days, 2 reminders)
    open(t.store, "SOON", "6.00", 100, 2);   // 120 days on day 20 from now
    open(t.store, "EDGE", "3.00", 90, 2);    // 120 days on day 30: within
    open(t.store, "LATER", "3.00", 89, 2);   // 120 days on day 31: not within
    open(t.store, "QUIET", "4.00", 100, 1);  // old enough soon, but reminded once
    open(t.store, "BIG", "9.99", 100, 2);    // the write-off maximum itself
    StoreAccounts accounts(t.store, kAsOf);
    auto b = openBalances(accounts, Policy{});
    REQUIRE(b);
    CHECK(b->eligibleNow == 1);
    CHECK(b->eligibleWithin30Days == 3);
    CHECK(b->eligibleWithin30DaysTotal == money("18.99"));
    // what the write-off dry run on the 30th day says, less today's
    auto later = planWriteoffs(t.store, Policy{}, kAsOf.plusDays(30));
    REQUIRE(later);
    CHECK(later->accounts.size() == b->eligibleNow + b->eligibleWithin30Days);
    // a snapshot answers the same
    auto snapshot = AccountSnapshot::read(t.store, kAsOf);
    REQUIRE(snapshot);
    auto same = openBalances(*snapshot, Policy{});
    REQUIRE(same);
    CHECK(same->eligibleWithin30Days == b->eligibleWithin30Days);
    CHECK(same->byAge[3].small == b->byAge[3].small);
    // and the practice report holds them as of its last day
    auto report = makeReport(t.store, Policy{}, kAsOf.plusDays(-30), kAsOf);
    REQUIRE(report);
    CHECK(report->openBalances.eligibleWithin30Days == 3);
    CHECK(report->openBalances.byAge[3].smallAccounts == b->byAge[3].smallAccounts);
}

TEST_CASE("refunds due are split into overdue and due within 30 days", "[open_balances]") {
    TestStore t;
    // a $20 credit 100 days old: its refund was due 60 days after it arose (overdue)
    open(t.store, "OLD", "-20.00", 100, 0);
    // a $30 credit 40 days old: due in 20 days
    open(t.store, "NEW", "-30.00", 40, 0);
    // a $25 credit 5 days old: due in 55 days
    open(t.store, "FRESH", "-25.00", 5, 0);
    auto r = makeReport(t.store, Policy{}, kAsOf.plusDays(-30), kAsOf);
    REQUIRE(r);
    REQUIRE(r->refundsDue.size() == 3);
    CHECK(r->refundsSoon.overdue == 1);
    CHECK(r->refundsSoon.overdueTotal == money("20.00"));
    CHECK(r->refundsSoon.within30Days == 1);
    CHECK(r->refundsSoon.within30DaysTotal == money("30.00"));
}

TEST_CASE("the report on the accounts is one pass: the same on the store and on a snapshot",
          "[open_balances][report]") {
    TestStore t;
    open(t.store, "SMALL", "4.00", 10, 0);
    open(t.store, "OLD", "7.50", 200, 2);     // eligible for a write-off today; mailed too
    open(t.store, "SOON", "6.00", 100, 2);    // within 30 days
    open(t.store, "MAIL", "250.00", 121, 0);  // a statement to mail
    open(t.store, "MAIL2", "80.00", 45, 1);   // another
    open(t.store, "DUE", "-20.00", 100, 0);   // a credit whose refund is overdue
    open(t.store, "FRESH", "-25.00", 5, 0);   // a credit whose refund is due in 55 days
    StoreAccounts store(t.store, kAsOf);
    auto listed = reportAccounts(store, Policy{}, StatementLines::Keep);
    REQUIRE(listed);
    auto snapshot = AccountSnapshot::read(t.store, kAsOf);
    REQUIRE(snapshot);
    auto counted = reportAccounts(*snapshot, Policy{}, StatementLines::CountOnly);
    REQUIRE(counted);

    // the statements: the run's own plan, listed or counted
    auto plan = planStatements(t.store, Policy{}, kAsOf);
    REQUIRE(plan);
    CHECK(listed->statements.statements.size() == 3);
    CHECK(listed->statements.statementCount == plan->statementCount);
    CHECK(listed->statements.statementTotal == plan->statementTotal);
    CHECK(counted->statements.statements.empty());
    CHECK(counted->statements.statementCount == 3);
    CHECK(counted->statements.statementTotal == money("337.50"));
    CHECK(counted->statements.suppressedSmall == plan->suppressedSmall);
    CHECK(counted->statements.costSaved == plan->costSaved);

    // the open balances: openBalances' own figures, and the write-off dry run's
    auto balances = openBalances(store, Policy{});
    REQUIRE(balances);
    auto writeoffs = planWriteoffs(t.store, Policy{}, kAsOf);
    REQUIRE(writeoffs);
    for (const AccountsReport* a : {&*listed, &*counted}) {
        CHECK(a->openBalances.eligibleNow == writeoffs->accounts.size());
        CHECK(a->openBalances.eligibleNowTotal == writeoffs->total);
        CHECK(a->openBalances.eligibleWithin30Days == 1);
        CHECK(a->openBalances.eligibleWithin30DaysTotal == balances->eligibleWithin30DaysTotal);
        for (std::size_t i = 0; i < balances->byAge.size(); ++i) {
            CHECK(a->openBalances.byAge[i].smallAccounts == balances->byAge[i].smallAccounts);
            CHECK(a->openBalances.byAge[i].larger == balances->byAge[i].larger);
        }
    }

    // the credits: each account in the state, and its refund due on the day, the desk's
    // prompt gives it
    for (const AccountsReport* a : {&*listed, &*counted}) {
        std::size_t creditAccounts = 0;
        for (const auto& [state, totals] : a->credits) creditAccounts += totals.accounts;
        CHECK(creditAccounts == 2);
        REQUIRE(a->refundsDue.size() == 2);
        const CreditLine& due = a->refundsDue.front();  // the earliest deadline first
        auto standing = t.store.standing("DUE", kAsOf);
        REQUIRE(standing);
        const Prompt p = decidePrompt(*standing, Policy{}, Audience::Desk, Language::En, kAsOf);
        CHECK(due.mrn == "DUE");
        CHECK(due.state == p.state);
        CHECK(due.credit == money("20.00"));
        CHECK(due.refundDueBy == p.refundDueBy);
        CHECK(a->refundsDue.back().mrn == "FRESH");
        CHECK(a->credits.at(p.state).credit == money("45.00"));
        CHECK(a->refundsSoon.overdue == 1);
        CHECK(a->refundsSoon.overdueTotal == money("20.00"));
    }

    // the ledger as it stood on a past day has no standings to report on
    LedgerAccounts past(t.store, kAsOf.plusDays(-1));
    auto refused = reportAccounts(past, Policy{});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
}
