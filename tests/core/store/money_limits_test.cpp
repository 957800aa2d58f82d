// The Store takes no amount above its largest entry, on any path, and no sum of what it holds
// overflows, even of amounts an older version stored past the bound (issue 13).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "frontdesk/runs/statement_run.h"
#include "frontdesk/runs/verify.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::day;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;

namespace {

// 1001 guarantees 1002; 2001 is alone.
void threePatients(Store& store) {
    const std::vector<Patient> patients{{"1001", "Lee", "Grace", day("1970-01-01"), "", "en", ""},
                                        {"1002", "Lee", "Ben", day("2012-01-01"), "", "en", "1001"},
                                        {"2001", "Kim", "Ana", day("1980-01-01"), "", "en", ""}};
    REQUIRE(store.putPatients(patients)->problems.empty());
}

NewEntry charge(const char* id, const char* mrn, std::int64_t cents) {
    return {id, mrn, day("2026-01-02"), EntryKind::ChargePatient, Cents(cents), ""};
}

std::int64_t entries(TestStore& t) {
    RawDb raw(t.dir.file("clinic.db"));
    return raw.integer("SELECT count(*) FROM ledger_entry");
}

// What an older version could store: a summary balance set past what the ledger says.
void setBalance(TestStore& t, const char* mrn, const std::string& cents) {
    RawDb raw(t.dir.file("clinic.db"));
    raw.exec("UPDATE patient_summary SET balance_cents = " + cents +
             " WHERE patient_id = (SELECT id FROM patient WHERE mrn = '" + mrn + "')");
}

}  // namespace

TEST_CASE("the Store's largest entry bounds every posting and desk payment", "[store][money]") {
    TestStore t;
    threePatients(t.store);
    t.store.setLargestEntry(Cents(5000));

    const auto out =
        t.store.postEntries(std::vector{charge("a", "1001", 5000), charge("b", "1001", 5001)});
    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].index == 1);
    CHECK(out->problems[0].reason ==
          "the amount 50.01 is above the largest one entry may carry (50.00, the policy's"
          " ledger.max_entry)");
    CHECK(entries(t) == 0);

    const auto paid = t.store.recordReminder(
        {"1001", day("2026-01-03"), Channel::Desk, ReminderOutcome::Paid, "s1", "", Cents(5001)});
    REQUIRE_FALSE(paid);
    CHECK(paid.error().message == "the payment '50.01' must be above 0.00 and at most 50.00");
    CHECK(entries(t) == 0);
}

TEST_CASE("a balance the EHR reports past the largest entry is a problem row, not skipped",
          "[store][money][sync]") {
    TestStore t;
    threePatients(t.store);
    const std::vector<EhrAccount> accounts{
        {"acct-1", "1001", std::vector<BalanceByAge>{{0, Cents(100'000'001)}},
         "2026-01-02T10:00:00Z"},
        {"acct-2", "2001", std::vector<BalanceByAge>{{0, Cents(kMostCents)}, {0, Cents(1)}},
         "2026-01-02T10:00:00Z"}};

    const auto out = t.store.syncAccounts(accounts, day("2026-01-02"));

    REQUIRE(out);
    REQUIRE(out->problems.size() == 2);
    CHECK_THAT(out->problems[0].reason,
               Contains("the EHR's balance differs from the ledger's: the amount 1000000.01 is"
                        " above the largest one entry may carry"));
    CHECK(out->problems[1].reason == "the EHR's balance is out of the range of money");
    CHECK(entries(t) == 0);
}

TEST_CASE("a posting onto a ledger an older version took past 64 bits is refused",
          "[store][money]") {
    TestStore t;
    threePatients(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "INSERT INTO ledger_entry (source_id, patient_id, posted_on, kind, amount_cents,"
            " patient_cents, insurance_cents) SELECT 'old', id, '2026-01-01', 'charge_patient',"
            " 9223372036854775000, 9223372036854775000, 0 FROM patient WHERE mrn = '2001'");
    }

    const auto out = t.store.postEntries(std::vector{charge("new", "2001", 1000)});

    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK_THAT(out->problems[0].reason,
               Contains("the balance of MRN 2001: the ledger cannot be added up"));
    CHECK(entries(t) == 1);
}

TEST_CASE("a summary whose open charges do not add up is refused at lookup, not aged",
          "[store][money]") {
    TestStore t;
    threePatients(t.store);
    REQUIRE(t.store.postEntries(std::vector{charge("a", "2001", 750)})->problems.empty());
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec("UPDATE patient_summary SET open_lots = '20454:9223372036854775807;20454:1'");
    }

    const auto standing = t.store.standing("2001", day("2026-01-10"));

    REQUIRE_FALSE(standing);
    CHECK(standing.error().code == ErrorCode::Storage);
    CHECK_THAT(standing.error().message,
               Contains("MRN 2001: the stored summary is not sound (the open charges cannot be"
                        " added up") &&
                   Contains("run frontdesk verify"));
}

TEST_CASE("statement totals past 64 bits are an error, not a wrapped total", "[runs][money]") {
    TestStore t;
    threePatients(t.store);
    setBalance(t, "1001", "6000000000000000000");
    setBalance(t, "2001", "6000000000000000000");

    const auto run = planStatements(t.store, Policy{}, day("2026-01-10"));

    REQUIRE_FALSE(run);
    CHECK_THAT(run.error().message, Contains("the statement run cannot be added up"));
}

TEST_CASE("a family balance an older version let overflow is reported by verify",
          "[verify][money]") {
    TestStore t;
    threePatients(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 7);  // the triggers that added with +
        raw.exec("UPDATE patient_summary SET balance_cents = 6000000000000000000");
    }

    const auto report = verifyStore(t.store);

    REQUIRE(report);
    const std::string family =
        "family of MRN 1001: family balance out of the range of money, members' summaries out"
        " of the range of money";
    CHECK(std::find(report->mismatches.begin(), report->mismatches.end(), family) !=
          report->mismatches.end());
}
