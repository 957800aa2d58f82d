#pragma once

#include <compare>
#include <cstdint>
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

// The largest amount one ledger entry may carry ($1,000,000.00): a bound that keeps every sum
// of entries far from overflow and catches a mistyped amount.
inline constexpr Cents kLargestEntry{100'000'000};

// Parses money text: "12.50", "-3.00", "$1,234.50", "(5.00)" (accounting negative), "7",
// "7.5". Thousands separators must be in groups of three; at most two decimals.
// Fails with BadInput naming the text for anything else ("12,5O", "", "1.234").
Result<Cents> parseMoney(std::string_view text);

// Formats for people and scripts: "$1,234.50", "-$3.00".
std::string formatMoney(Cents amount);

// Formats in a currency (ISO 4217 code): "$7.50" for USD, "€7.50" for EUR, "£7.50" for GBP,
// otherwise the code after the number: "7.50 RON".
std::string formatMoney(Cents amount, std::string_view currency);

// Formats without symbol or grouping for files and JSON text: "1234.50", "-3.00".
std::string formatMoneyPlain(Cents amount);

}  // namespace frontdesk
