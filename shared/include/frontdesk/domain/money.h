#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "frontdesk/domain/error.h"

namespace frontdesk {

// An amount of money in integer cents. Never floating point.
class Cents {
public:
    constexpr Cents() = default;
    constexpr explicit Cents(std::int64_t value) : m_value(value) {}

    constexpr std::int64_t value() const { return m_value; }
    constexpr Cents operator-() const { return Cents(-m_value); }
    constexpr Cents operator+(Cents other) const { return Cents(m_value + other.m_value); }
    constexpr Cents operator-(Cents other) const { return Cents(m_value - other.m_value); }
    constexpr Cents& operator+=(Cents other) {
        m_value += other.m_value;
        return *this;
    }
    constexpr Cents& operator-=(Cents other) {
        m_value -= other.m_value;
        return *this;
    }
    // clang-tidy 14 reads the defaulted <=> as comparing with a literal 0.
    constexpr auto operator<=>(const Cents&) const = default;  // NOLINT(modernize-use-nullptr)

private:
    std::int64_t m_value = 0;
};

// The largest amount one ledger entry may carry unless the policy says otherwise
// (ledger.max_entry, $1,000,000.00): a bound that keeps every sum of entries far from overflow
// and catches a mistyped amount.
inline constexpr Cents kLargestEntry{100'000'000};

// The most a policy may let one entry carry ($1,000,000,000.00).
inline constexpr Cents kLargestEntryCeiling{100'000'000'000};

// Every amount and every sum of amounts stays within +-(2^63 - 1) cents, so that negating one
// never overflows: the largest amount Front Desk can hold.
inline constexpr Cents kMostCents{std::numeric_limits<std::int64_t>::max()};

// a + b, a - b, -a and a x n; nothing when the result would leave +-kMostCents. Every sum of
// amounts is made with these (or addTo), never with the unchecked operators.
constexpr std::optional<Cents> checkedAdd(Cents a, Cents b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.value(), b.value(), &sum) || sum < -kMostCents.value())
        return std::nullopt;
    return Cents(sum);
}
constexpr std::optional<Cents> checkedNegate(Cents a) {
    if (a.value() < -kMostCents.value()) return std::nullopt;
    return Cents(-a.value());
}
constexpr std::optional<Cents> checkedSubtract(Cents a, Cents b) {
    const auto minus = checkedNegate(b);
    return minus ? checkedAdd(a, *minus) : std::nullopt;
}
constexpr std::optional<Cents> checkedTimes(Cents a, std::int64_t n) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a.value(), n, &product) || product < -kMostCents.value())
        return std::nullopt;
    return Cents(product);
}

// Adds `amount` to a running `sum`; false, leaving `sum` as it was, when the result would
// leave +-kMostCents.
[[nodiscard]] constexpr bool addTo(Cents& sum, Cents amount) {
    const auto added = checkedAdd(sum, amount);
    if (added) sum = *added;
    return added.has_value();
}

// The error for a sum that would leave the range: "<what> cannot be added up: the sum passes
// the largest amount Front Desk can hold (92233720368547758.07); frontdesk verify lists the
// entries above the largest entry". `code`: BadInput for new input (nothing was written),
// Storage for stored data.
Error moneyOutOfRange(ErrorCode code, const std::string& what);

// Parses money text: "12.50", "-3.00", "$1,234.50", "(5.00)" (accounting negative), "7",
// "7.5". Thousands separators must be in groups of three; at most two decimals; whitespace
// around the text is ignored. Fails with BadInput naming the text for anything else ("12,5O",
// "", "1.234") and for an amount beyond +-kMostCents.
Result<Cents> parseMoney(std::string_view text);

// Formats for people and scripts: "$1,234.50", "-$3.00".
std::string formatMoney(Cents amount);

// Formats in a currency (ISO 4217 code): "$7.50" for USD, "€7.50" for EUR, "£7.50" for GBP,
// otherwise the code after the number: "7.50 RON".
std::string formatMoney(Cents amount, std::string_view currency);

// Formats without symbol or grouping for files and JSON text: "1234.50", "-3.00".
std::string formatMoneyPlain(Cents amount);

}  // namespace frontdesk
