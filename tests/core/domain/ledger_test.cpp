#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/domain/ledger.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::day;
using frontdesk::test::money;

namespace {

// Builds a patient's entries in posting order; ids increase with each post.
class LedgerBuilder {
public:
    LedgerBuilder& post(const char* on, EntryKind kind, const char* amount) {
        auto effect = bucketEffect(kind, money(amount));
        REQUIRE(effect);
        m_entries.push_back(
            {static_cast<std::int64_t>(m_entries.size() + 1), day(on), kind, *effect});
        return *this;
    }
    LedgerTotals totals() const { return totalLedger(m_entries).value(); }

private:
    std::vector<LedgerEntry> m_entries;
};

OpenLot lot(const char* since, const char* amount) {
    return {day(since), money(amount)};
}

}  // namespace

TEST_CASE("each entry kind moves the buckets as DESIGN.md's ledger table says", "[ledger]") {
    struct Row {
        EntryKind kind;
        std::int64_t patient;
        std::int64_t insurance;
    };
    const Row rows[] = {
        {EntryKind::ChargePatient, 750, 0},        {EntryKind::ChargeInsurance, 0, 750},
        {EntryKind::InsurancePayment, 0, -750},    {EntryKind::InsuranceAdjustment, 0, -750},
        {EntryKind::TransferToPatient, 750, -750}, {EntryKind::PatientPayment, -750, 0},
        {EntryKind::PatientAdjustment, 750, 0},    {EntryKind::Refund, 750, 0},
        {EntryKind::CreditApplied, 750, 0},        {EntryKind::SmallBalanceWriteoff, -750, 0},
        {EntryKind::WriteoffReversal, 750, 0},
    };
    for (const Row& row : rows) {
        INFO(toString(row.kind));
        const auto effect = bucketEffect(row.kind, Cents(750));
        REQUIRE(effect);
        CHECK(effect->patient == Cents(row.patient));
        CHECK(effect->insurance == Cents(row.insurance));
    }
}

TEST_CASE("a patient adjustment is signed: a negative one lowers the balance", "[ledger]") {
    const auto down = bucketEffect(EntryKind::PatientAdjustment, Cents(-250));
    REQUIRE(down);
    CHECK(down->patient == Cents(-250));
    CHECK(down->insurance == Cents(0));
}

TEST_CASE("a zero amount is rejected for every entry kind", "[ledger]") {
    for (int k = 0; k <= static_cast<int>(EntryKind::WriteoffReversal); ++k) {
        const auto kind = static_cast<EntryKind>(k);
        INFO(toString(kind));
        const auto effect = bucketEffect(kind, Cents(0));
        REQUIRE_FALSE(effect);
        CHECK(effect.error().code == ErrorCode::BadInput);
    }
}

TEST_CASE("a negative magnitude is rejected for every kind but patient_adjustment", "[ledger]") {
    for (int k = 0; k <= static_cast<int>(EntryKind::WriteoffReversal); ++k) {
        const auto kind = static_cast<EntryKind>(k);
        if (kind == EntryKind::PatientAdjustment) continue;
        INFO(toString(kind));
        const auto effect = bucketEffect(kind, Cents(-1));
        REQUIRE_FALSE(effect);
        CHECK(effect.error().code == ErrorCode::BadInput);
        CHECK_THAT(effect.error().message, Contains(std::string(toString(kind))));
    }
}

TEST_CASE("an empty ledger owes nothing and has no open date", "[ledger]") {
    const LedgerTotals t = totalLedger({}).value();
    CHECK(t.balance == Cents(0));
    CHECK(t.insurancePending == Cents(0));
    CHECK(t.writtenOff == Cents(0));
    CHECK(t.openLots.empty());
    CHECK_FALSE(t.oldestOpenOn().has_value());
}

TEST_CASE("the patient balance is the patient bucket, insurance pending is kept apart",
          "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargeInsurance, "200.00")
                               .post("2026-01-02", EntryKind::ChargePatient, "25.00")
                               .post("2026-02-01", EntryKind::InsurancePayment, "150.00")
                               .post("2026-02-01", EntryKind::InsuranceAdjustment, "42.50")
                               .post("2026-02-01", EntryKind::TransferToPatient, "7.50")
                               .totals();
    CHECK(t.balance == money("32.50"));
    CHECK(t.insurancePending == Cents(0));
    CHECK(t.openLots ==
          std::vector<OpenLot>{lot("2026-01-02", "25.00"), lot("2026-02-01", "7.50")});
    CHECK(t.oldestOpenOn() == day("2026-01-02"));
}

TEST_CASE("an amount still out to insurance is pending, not owed by the patient", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargeInsurance, "120.00")
                               .post("2026-01-20", EntryKind::InsurancePayment, "100.00")
                               .totals();
    CHECK(t.balance == Cents(0));
    CHECK(t.insurancePending == money("20.00"));
    CHECK(t.openLots.empty());
}

TEST_CASE("a payment settles the oldest open charge first", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "10.00")
                               .post("2026-02-02", EntryKind::ChargePatient, "20.00")
                               .post("2026-03-02", EntryKind::ChargePatient, "30.00")
                               .post("2026-03-10", EntryKind::PatientPayment, "15.00")
                               .totals();
    CHECK(t.balance == money("45.00"));
    CHECK(t.openLots ==
          std::vector<OpenLot>{lot("2026-02-02", "15.00"), lot("2026-03-02", "30.00")});
    CHECK(t.oldestOpenOn() == day("2026-02-02"));
}

TEST_CASE("a payment that exactly clears the oldest charge leaves the next whole", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "10.00")
                               .post("2026-02-02", EntryKind::ChargePatient, "20.00")
                               .post("2026-03-10", EntryKind::PatientPayment, "10.00")
                               .totals();
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-02-02", "20.00")});
}

TEST_CASE("an overpayment leaves a credit lot dated by the payment", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "10.00")
                               .post("2026-02-02", EntryKind::PatientPayment, "25.00")
                               .totals();
    CHECK(t.balance == money("-15.00"));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-02-02", "-15.00")});
    CHECK(t.oldestOpenOn() == day("2026-02-02"));
}

TEST_CASE("later charges use up credits oldest first", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::PatientPayment, "5.00")
                               .post("2026-02-02", EntryKind::PatientPayment, "8.00")
                               .post("2026-03-02", EntryKind::ChargePatient, "7.00")
                               .totals();
    CHECK(t.balance == money("-6.00"));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-02-02", "-6.00")});
}

TEST_CASE("a charge larger than the credits opens a lot for the rest on its date", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::PatientPayment, "5.00")
                               .post("2026-03-02", EntryKind::ChargePatient, "12.00")
                               .totals();
    CHECK(t.balance == money("7.00"));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-03-02", "7.00")});
}

TEST_CASE("a refund and a credit applied use up the credit", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::PatientPayment, "20.00")
                               .post("2026-01-05", EntryKind::PatientPayment, "5.00")
                               .post("2026-02-02", EntryKind::Refund, "12.00")
                               .post("2026-03-02", EntryKind::CreditApplied, "10.00")
                               .totals();
    CHECK(t.balance == money("-3.00"));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-01-05", "-3.00")});
}

TEST_CASE("a negative patient adjustment settles like a payment, a positive one like a charge",
          "[ledger]") {
    LedgerBuilder ledger;
    ledger.post("2026-01-02", EntryKind::ChargePatient, "10.00")
        .post("2026-02-02", EntryKind::PatientAdjustment, "-4.00")
        .post("2026-03-02", EntryKind::PatientAdjustment, "2.00");
    const LedgerTotals t = ledger.totals();
    CHECK(t.balance == money("8.00"));
    const std::vector<OpenLot> open{lot("2026-01-02", "6.00"), lot("2026-03-02", "2.00")};
    CHECK(t.openLots == open);
}

TEST_CASE("a balance settled to zero has no open lots", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-01-02", EntryKind::PatientPayment, "7.50")
                               .totals();
    CHECK(t.balance == Cents(0));
    CHECK(t.openLots.empty());
    CHECK_FALSE(t.oldestOpenOn().has_value());
}

TEST_CASE("a small-balance write-off clears the balance and is counted as written off",
          "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-05-15", EntryKind::SmallBalanceWriteoff, "7.50")
                               .totals();
    CHECK(t.balance == Cents(0));
    CHECK(t.writtenOff == money("7.50"));
    CHECK(t.openLots.empty());
}

TEST_CASE(
    "a partial payment after a write-off reverses that much and leaves the rest "
    "written off",
    "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-05-15", EntryKind::SmallBalanceWriteoff, "7.50")
                               .post("2026-06-01", EntryKind::WriteoffReversal, "5.00")
                               .post("2026-06-01", EntryKind::PatientPayment, "5.00")
                               .totals();
    CHECK(t.balance == Cents(0));
    CHECK(t.writtenOff == money("2.50"));
    CHECK(t.openLots.empty());
}

TEST_CASE("a payment larger than the write-off reverses all of it and leaves a credit",
          "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-05-15", EntryKind::SmallBalanceWriteoff, "7.50")
                               .post("2026-06-01", EntryKind::WriteoffReversal, "7.50")
                               .post("2026-06-01", EntryKind::PatientPayment, "10.00")
                               .totals();
    CHECK(t.balance == money("-2.50"));
    CHECK(t.writtenOff == Cents(0));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-06-01", "-2.50")});
}

TEST_CASE("a reversal is settled before charges newer than it", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-05-15", EntryKind::SmallBalanceWriteoff, "7.50")
                               .post("2026-05-20", EntryKind::ChargePatient, "40.00")
                               .post("2026-06-01", EntryKind::WriteoffReversal, "3.00")
                               .post("2026-06-01", EntryKind::PatientPayment, "3.00")
                               .totals();
    CHECK(t.balance == money("40.00"));
    CHECK(t.writtenOff == money("4.50"));
    CHECK(t.openLots == std::vector<OpenLot>{lot("2026-05-20", "40.00")});
}

TEST_CASE("a reinstated balance is the first open lot until it is paid", "[ledger]") {
    const LedgerTotals t = LedgerBuilder()
                               .post("2026-01-02", EntryKind::ChargePatient, "7.50")
                               .post("2026-05-15", EntryKind::SmallBalanceWriteoff, "7.50")
                               .post("2026-05-20", EntryKind::ChargePatient, "40.00")
                               .post("2026-06-01", EntryKind::WriteoffReversal, "7.50")
                               .totals();
    CHECK(t.balance == money("47.50"));
    CHECK(t.writtenOff == Cents(0));
    REQUIRE(t.openLots.size() == 2);
    CHECK(t.openLots[0].amount == money("7.50"));
    CHECK(t.openLots[1] == lot("2026-05-20", "40.00"));
}

TEST_CASE("open lots encode to text and decode back unchanged", "[ledger]") {
    const std::vector<std::vector<OpenLot>> cases{
        {},
        {lot("2026-11-01", "7.50")},
        {lot("2026-11-01", "7.50"), lot("2026-11-15", "2.50"), lot("2027-01-02", "1,234.56")},
        {lot("2025-03-01", "-4.99"), lot("2026-02-28", "-0.01")},
        {lot("1969-12-31", "0.01")},
        {lot("2999-12-31", "1,000,000.00")},
    };
    for (const auto& lots : cases) {
        const std::string text = encodeLots(lots);
        INFO(text);
        CHECK(decodeLots(text) == lots);
    }
}

TEST_CASE("no open lots encode to empty text", "[ledger]") {
    CHECK(encodeLots({}).empty());
    CHECK(decodeLots("").empty());
}

TEST_CASE("a lot is aged by days since it opened into DESIGN.md's five buckets", "[ledger]") {
    const Date asOf = day("2026-06-30");
    struct Row {
        int age;
        int bucket;  // 0: 0-30, 1: 31-60, 2: 61-90, 3: 91-120, 4: over 120
    };
    const Row rows[] = {{0, 0},  {30, 0}, {31, 1},  {60, 1},  {61, 2},
                        {90, 2}, {91, 3}, {120, 3}, {121, 4}, {2000, 4}};
    for (const Row& row : rows) {
        INFO("age " << row.age);
        const AgingBuckets b = ageLots({{asOf.plusDays(-row.age), Cents(750)}}, asOf).value();
        const Cents got[] = {b.days0to30, b.days31to60, b.days61to90, b.days91to120, b.over120};
        for (int i = 0; i < 5; ++i) CHECK(got[i] == Cents(i == row.bucket ? 750 : 0));
    }
}

TEST_CASE("aging sums several lots per bucket", "[ledger]") {
    const Date asOf = day("2026-06-30");
    const AgingBuckets b = ageLots({{asOf.plusDays(-200), Cents(100)},
                                    {asOf.plusDays(-121), Cents(200)},
                                    {asOf.plusDays(-95), Cents(400)},
                                    {asOf.plusDays(-61), Cents(800)},
                                    {asOf.plusDays(-45), Cents(1600)},
                                    {asOf.plusDays(-10), Cents(3200)},
                                    {asOf, Cents(6400)}},
                                   asOf)
                               .value();
    CHECK(b.over120 == Cents(300));
    CHECK(b.days91to120 == Cents(400));
    CHECK(b.days61to90 == Cents(800));
    CHECK(b.days31to60 == Cents(1600));
    CHECK(b.days0to30 == Cents(9600));
}

TEST_CASE("credits are aged like charges, as negative amounts", "[ledger]") {
    const Date asOf = day("2026-06-30");
    const AgingBuckets b = ageLots({{asOf.plusDays(-40), Cents(-300)}}, asOf).value();
    CHECK(b.days31to60 == Cents(-300));
    CHECK(b.days0to30 == Cents(0));
}

TEST_CASE("no open lots age to empty buckets", "[ledger]") {
    const AgingBuckets b = ageLots({}, day("2026-06-30")).value();
    CHECK(b.days0to30 == Cents(0));
    CHECK(b.days31to60 == Cents(0));
    CHECK(b.days61to90 == Cents(0));
    CHECK(b.days91to120 == Cents(0));
    CHECK(b.over120 == Cents(0));
}
