#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/runs/statement_run.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::TestStore;

namespace {

const Date kAsOf = day("2026-06-01");

void addPatient(Store& store, const std::string& mrn) {
    const std::vector<Patient> p{{mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
    REQUIRE(store.putPatients(p)->inserted == 1);
}

void post(Store& store, const std::string& mrn, EntryKind kind, const char* amount) {
    static int next = 0;
    const std::vector<NewEntry> e{
        {"E" + std::to_string(++next), mrn, day("2026-03-01"), kind, money(amount), ""}};
    REQUIRE(store.postEntries(e)->problems.empty());
}

// A patient owing `amount` since 2026-03-01.
void owing(Store& store, const std::string& mrn, const char* amount) {
    addPatient(store, mrn);
    post(store, mrn, EntryKind::ChargePatient, amount);
}

}  // namespace

TEST_CASE("a statement goes only to a balance above the statement cost: 6.00 no, 6.01 yes",
          "[statements]") {
    TestStore t;
    owing(t.store, "1001", "6.00");
    owing(t.store, "1002", "6.01");

    const auto run = planStatements(t.store, Policy{}, kAsOf);

    REQUIRE(run);
    CHECK(run->threshold == money("6.00"));
    REQUIRE(run->statements.size() == 1);
    CHECK(run->statements[0].mrn == "1002");
    CHECK(run->statements[0].balance == money("6.01"));
    CHECK(run->statements[0].oldestOpenOn == day("2026-03-01"));
    CHECK(run->statementTotal == money("6.01"));
    CHECK(run->suppressedSmall == 1);
    CHECK(run->suppressedBalance == money("6.00"));
}

TEST_CASE("suppressed small and written-off accounts are counted with the cost they saved",
          "[statements]") {
    TestStore t;
    owing(t.store, "1001", "3.00");
    owing(t.store, "1002", "5.50");
    owing(t.store, "1003", "7.25");
    post(t.store, "1003", EntryKind::SmallBalanceWriteoff, "7.25");
    owing(t.store, "1004", "2.00");
    post(t.store, "1004", EntryKind::PatientPayment, "12.00");  // a credit: no statement
    owing(t.store, "1005", "120.00");
    addPatient(t.store, "1006");  // owes nothing

    const auto run = planStatements(t.store, Policy{}, kAsOf);

    REQUIRE(run);
    REQUIRE(run->statements.size() == 1);
    CHECK(run->statements[0].mrn == "1005");
    CHECK(run->suppressedSmall == 2);
    CHECK(run->suppressedWrittenOff == 1);
    CHECK(run->suppressedBalance == money("8.50"));
    CHECK(run->costSaved == money("18.00"));
}

TEST_CASE("the statement threshold is the cost per statement times the multiple", "[statements]") {
    TestStore t;
    owing(t.store, "1001", "8.00");
    owing(t.store, "1002", "8.01");
    Policy policy;
    policy.costPerStatement = money("4.00");
    policy.statementMinCostMultiple = 2.0;

    const auto run = planStatements(t.store, policy, kAsOf);

    REQUIRE(run);
    CHECK(run->threshold == money("8.00"));
    REQUIRE(run->statements.size() == 1);
    CHECK(run->statements[0].mrn == "1002");
    CHECK(run->costSaved == money("4.00"));
}
