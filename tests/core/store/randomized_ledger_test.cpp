#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "frontdesk/runs/verify.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

constexpr std::array<EntryKind, 10> kPostable{
    EntryKind::ChargePatient,     EntryKind::ChargeInsurance,
    EntryKind::InsurancePayment,  EntryKind::InsuranceAdjustment,
    EntryKind::TransferToPatient, EntryKind::PatientPayment,
    EntryKind::PatientAdjustment, EntryKind::Refund,
    EntryKind::CreditApplied,     EntryKind::SmallBalanceWriteoff};

// What the buckets of one account should hold, kept beside the store by the test.
struct Expected {
    Cents balance;
    Cents pending;
    Cents writtenOff;
};

class RandomLedger {
public:
    explicit RandomLedger(std::uint64_t seed) : m_rng(seed) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }

    // A random entry that the store must accept; applies it to the expected buckets.
    NewEntry next(const std::vector<std::string>& mrns, std::map<std::string, Expected>& model,
                  std::size_t& reversals) {
        const std::string& mrn = mrns[static_cast<std::size_t>(between(0, 4))];
        Expected& account = model[mrn];
        EntryKind kind = kPostable[static_cast<std::size_t>(between(0, kPostable.size() - 1))];
        std::int64_t cents = between(0, 3) == 0 ? between(1, 50000) : between(1, 1500);
        if (kind == EntryKind::SmallBalanceWriteoff) {
            if (account.balance.value() <= 0) {
                kind = EntryKind::ChargePatient;
            } else {
                cents = between(1, account.balance.value());
            }
        }
        if (kind == EntryKind::PatientAdjustment && between(0, 1) == 0) cents = -cents;
        const Date on = day("2025-01-01").plusDays(static_cast<std::int32_t>(between(0, 500)));
        NewEntry e{"R" + std::to_string(++m_count), mrn, on, kind, Cents(cents), "random"};
        if (kind == EntryKind::PatientPayment && account.writtenOff.value() > 0) {
            const Cents reversal = std::min(e.amount, account.writtenOff);
            account.balance += reversal;
            account.writtenOff -= reversal;
            ++reversals;
        }
        const BucketEffect effect = bucketEffect(kind, e.amount).value();
        account.balance += effect.patient;
        account.pending += effect.insurance;
        if (kind == EntryKind::SmallBalanceWriteoff) account.writtenOff += e.amount;
        return e;
    }

private:
    std::mt19937_64 m_rng;
    int m_count = 0;
};

// The totals of a patient's stored ledger, summed from scratch.
LedgerTotals sumOfLedger(Store& store, const std::string& mrn) {
    const std::vector<NewEntry> ledger = store.ledgerOf(mrn).value();  // outlives the loop
    std::vector<LedgerEntry> entries;
    entries.reserve(ledger.size());
    for (const NewEntry& e : ledger)
        entries.push_back({static_cast<std::int64_t>(entries.size() + 1), e.postedOn, e.kind,
                           bucketEffect(e.kind, e.amount).value()});
    return totalLedger(entries).value();
}

void checkSeed(std::uint64_t seed) {
    TestStore t;
    const std::vector<std::string> mrns{"1001", "1002", "1003", "1004", "1005"};
    std::vector<Patient> patients;
    patients.reserve(mrns.size());
    for (const auto& mrn : mrns)
        patients.push_back({mrn, "Lee", "Grace", day("1970-01-01"), "", "en", ""});
    REQUIRE(t.store.putPatients(patients)->inserted == mrns.size());

    RandomLedger random(seed);
    std::map<std::string, Expected> model;
    std::vector<NewEntry> posted;
    std::size_t allReversals = 0;
    for (int batch = 0; batch < 150; ++batch) {
        std::vector<NewEntry> entries;
        std::size_t reversals = 0;
        const auto size = random.between(1, 16);
        for (std::int64_t i = 0; i < size; ++i)
            entries.push_back(random.next(mrns, model, reversals));
        const auto out = t.store.postEntries(entries);
        REQUIRE(out);
        REQUIRE(out->problems.empty());
        REQUIRE(out->inserted == entries.size());
        REQUIRE(out->reversals == reversals);
        allReversals += reversals;
        posted.insert(posted.end(), entries.begin(), entries.end());
    }

    const auto writeoffs = std::count_if(posted.begin(), posted.end(), [](const NewEntry& e) {
        return e.kind == EntryKind::SmallBalanceWriteoff;
    });
    CHECK(writeoffs > 10);
    CHECK(allReversals > 10);

    const auto verified = verifyStore(t.store);
    REQUIRE(verified);
    CHECK(verified->mismatches.empty());
    CHECK(verified->ok());
    const Date asOf = day("2026-06-01");
    std::map<std::string, std::vector<NewEntry>> ledgers;
    std::map<std::string, LedgerTotals> summaries;
    for (const auto& mrn : mrns) {
        INFO("MRN " << mrn);
        const LedgerTotals summary = t.store.standing(mrn, asOf).value().totals;
        const LedgerTotals summed = sumOfLedger(t.store, mrn);
        CHECK(summary.balance == summed.balance);
        CHECK(summary.insurancePending == summed.insurancePending);
        CHECK(summary.writtenOff == summed.writtenOff);
        CHECK(summary.openLots == summed.openLots);
        CHECK(summary.balance == model[mrn].balance);
        CHECK(summary.insurancePending == model[mrn].pending);
        CHECK(summary.writtenOff == model[mrn].writtenOff);
        ledgers[mrn] = t.store.ledgerOf(mrn).value();
        summaries[mrn] = summary;
    }

    const auto again = t.store.postEntries(posted);
    REQUIRE(again);
    CHECK(again->problems.empty());
    CHECK(again->inserted == 0);
    CHECK(again->skipped == posted.size());
    CHECK(again->reversals == 0);
    for (const auto& mrn : mrns) {
        INFO("MRN " << mrn);
        const auto stored = t.store.ledgerOf(mrn).value();
        CHECK(stored == ledgers[mrn]);
        const auto storedAgain = t.store.postEntries(stored);
        REQUIRE(storedAgain);
        CHECK(storedAgain->inserted == 0);
        CHECK(storedAgain->skipped == stored.size());
        const LedgerTotals summary = t.store.standing(mrn, asOf).value().totals;
        CHECK(summary.balance == summaries[mrn].balance);
        CHECK(summary.writtenOff == summaries[mrn].writtenOff);
        CHECK(summary.openLots == summaries[mrn].openLots);
    }
    CHECK(verifyStore(t.store)->ok());
}

}  // namespace

TEST_CASE("long random ledgers keep summary = ledger sum and re-posting changes nothing",
          "[ledger][random]") {
    for (const std::uint64_t seed : {1u, 7u, 20260102u}) {
        INFO("seed " << seed);
        checkSeed(seed);
    }
}
