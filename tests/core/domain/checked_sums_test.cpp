// Money never overflows: checked sums, parsing and formatting at the 64-bit limit, and the
// largest entry (issue 13).
#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <vector>

#include "frontdesk/domain/ledger.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::day;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

LedgerEntry effect(std::int64_t id, std::int64_t patient, std::int64_t insurance = 0) {
    const EntryKind kind = patient < 0 ? EntryKind::PatientPayment : EntryKind::ChargePatient;
    return {id, day("2026-01-02"), kind, {Cents(patient), Cents(insurance)}};
}

}  // namespace

TEST_CASE("a checked sum is the sum within +-(2^63 - 1) and nothing past it", "[money]") {
    CHECK(checkedAdd(Cents(kMax - 1), Cents(1)) == Cents(kMax));
    CHECK_FALSE(checkedAdd(Cents(kMax), Cents(1)));
    CHECK(checkedAdd(Cents(-kMax + 1), Cents(-1)) == Cents(-kMax));
    CHECK_FALSE(checkedAdd(Cents(-kMax), Cents(-1)));  // the most negative int64 is out too
    CHECK(checkedAdd(Cents(kMax), Cents(-kMax)) == Cents(0));
    CHECK(checkedSubtract(Cents(5), Cents(7)) == Cents(-2));
    CHECK_FALSE(checkedSubtract(Cents(-2), Cents(kMax)));
    CHECK_FALSE(checkedSubtract(Cents(0), Cents(kMin)));
    CHECK(checkedNegate(Cents(kMax)) == Cents(-kMax));
    CHECK_FALSE(checkedNegate(Cents(kMin)));
    CHECK(checkedTimes(Cents(600), 1000) == Cents(600000));
    CHECK_FALSE(checkedTimes(Cents(kMax / 2 + 1), 2));
}

TEST_CASE("a running sum that would overflow says so and keeps what it had", "[money]") {
    Cents sum(kMax - 10);
    CHECK(addTo(sum, Cents(10)));
    CHECK(sum == Cents(kMax));
    CHECK_FALSE(addTo(sum, Cents(1)));
    CHECK(sum == Cents(kMax));
}

TEST_CASE("money text up to the 64-bit limit parses; one cent more is too much", "[money]") {
    CHECK(parseMoney("92233720368547758.07").value() == Cents(kMax));
    CHECK(parseMoney("$92,233,720,368,547,758.07").value() == Cents(kMax));
    CHECK(parseMoney("-92233720368547758.07").value() == Cents(-kMax));
    for (const char* tooMuch : {"92233720368547758.08", "(92233720368547758.08)",
                                "92233720368547759", "99999999999999999999999999.99"}) {
        INFO(tooMuch);
        const auto parsed = parseMoney(tooMuch);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message == "'" + std::string(tooMuch) +
                                            "' is more money than Front Desk can hold (at most"
                                            " 92233720368547758.07)");
    }
    CHECK_THAT(parseMoney("99999999999999999999x").error().message, Contains("is not money"));
}

TEST_CASE("the most negative int64 formats as its amount, not as garbage", "[money]") {
    CHECK(formatMoney(Cents(kMin)) == "-$92,233,720,368,547,758.08");
    CHECK(formatMoneyPlain(Cents(kMin)) == "-92233720368547758.08");
    CHECK(formatMoney(Cents(kMin), "EUR") == "-\u20ac92,233,720,368,547,758.08");
    CHECK(formatMoneyPlain(kMostCents) == "92233720368547758.07");
}

TEST_CASE("an entry may carry the largest entry either way, and not a cent more", "[ledger]") {
    const Cents largest(100'000'000);
    CHECK(bucketEffect(EntryKind::ChargePatient, largest));
    CHECK(bucketEffect(EntryKind::PatientAdjustment, -largest));
    for (const Cents amount : {largest + Cents(1), Cents(kMax)}) {
        const auto refused = bucketEffect(EntryKind::ChargePatient, amount);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == "the amount " + formatMoneyPlain(amount) +
                                             " is above the largest one entry may carry"
                                             " (1000000.00, the policy's ledger.max_entry)");
    }
    CHECK_FALSE(bucketEffect(EntryKind::PatientAdjustment, Cents(-100'000'001)));
    CHECK_FALSE(bucketEffect(EntryKind::PatientAdjustment, Cents(kMin)));
    CHECK_FALSE(bucketEffect(EntryKind::PatientPayment, Cents(5001), Cents(5000)));
    CHECK(bucketEffect(EntryKind::PatientPayment, Cents(5000), Cents(5000)));
}

TEST_CASE("a ledger that adds up past the limit is an error, not a wrapped balance", "[ledger]") {
    const auto over = totalLedger({effect(1, kMax - 5), effect(2, 10)});
    REQUIRE_FALSE(over);
    CHECK_THAT(over.error().message, Contains("the ledger cannot be added up: the sum passes the"
                                              " largest amount Front Desk can hold"));
    CHECK_FALSE(totalLedger({effect(1, 0, kMax), effect(2, 0, 1)}));     // insurance too
    CHECK_FALSE(totalLedger({effect(1, 5), effect(2, kMin)}));           // not negatable
    const auto back = totalLedger({effect(1, kMax), effect(2, -kMax)});  // in range throughout
    REQUIRE(back);
    CHECK(back->balance == Cents(0));
    CHECK(back->openLots.empty());
}

TEST_CASE("open lots add up only when of one sign and within the limit", "[ledger]") {
    const Date on = day("2026-01-02");
    CHECK(openLotsTotal({{on, Cents(750)}, {on, Cents(250)}}).value() == Cents(1000));
    CHECK(openLotsTotal({}).value() == Cents(0));
    CHECK_FALSE(openLotsTotal({{on, Cents(750)}, {on, Cents(-250)}}));
    CHECK_FALSE(openLotsTotal({{on, Cents(kMax)}, {on, Cents(1)}}));
    const auto bucket = ageLots({{on, Cents(kMax)}, {on, Cents(1)}}, on);
    REQUIRE_FALSE(bucket);
    CHECK_THAT(bucket.error().message, Contains("an aging bucket cannot be added up"));
}
