#include "frontdesk/domain/money.h"

#include "frontdesk/domain/text.h"

namespace frontdesk {
namespace {

tl::unexpected<Error> notMoney(std::string_view text) {
    return fail(ErrorCode::BadInput, "'" + std::string(text) + "' is not money");
}

tl::unexpected<Error> tooMuch(std::string_view text) {
    return fail(ErrorCode::BadInput, "'" + std::string(text) +
                                         "' is more money than Front Desk can hold (at most " +
                                         formatMoneyPlain(kMostCents) + ")");
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Parses the unsigned part "1,234.50" / "1234.5" / "7" into cents, at most kMostCents.
Result<std::int64_t> parseMagnitude(std::string_view s, std::string_view whole) {
    const auto dot = s.find('.');
    const std::string_view units = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? "" : s.substr(dot + 1);
    if (units.empty() ||
        (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 2)))
        return notMoney(whole);
    const bool grouped = units.find(',') != std::string_view::npos;
    std::int64_t value = 0;
    std::size_t digitsSinceComma = 0;
    bool sawComma = false;
    bool overflow = false;  // the rest is still read: "9...9x" is not money, not too much
    for (std::size_t i = 0; i < units.size(); ++i) {
        const char c = units[i];
        if (c == ',') {
            // the first group has 1-3 digits, every later group exactly 3
            if (i == 0 || (sawComma && digitsSinceComma != 3) || (!sawComma && i > 3))
                return notMoney(whole);
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        if (!isDigit(c)) return notMoney(whole);
        overflow = overflow || __builtin_mul_overflow(value, 10, &value) ||
                   __builtin_add_overflow(value, c - '0', &value);
        ++digitsSinceComma;
    }
    if (grouped && digitsSinceComma != 3) return notMoney(whole);
    std::int64_t cents = 0;
    overflow = overflow || __builtin_mul_overflow(value, 100, &cents);
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (!isDigit(c)) return notMoney(whole);
        overflow = overflow || __builtin_add_overflow(cents, (c - '0') * (i == 0 ? 10 : 1), &cents);
    }
    if (overflow) return tooMuch(whole);
    return cents;
}

// `magnitude` is unsigned, so that the magnitude of the most negative int64 fits.
std::string withCents(std::uint64_t magnitude, bool grouped) {
    std::string units = std::to_string(magnitude / 100);
    if (grouped) {
        for (int i = static_cast<int>(units.size()) - 3; i > 0; i -= 3) units.insert(i, ",");
    }
    const auto rest = magnitude % 100;
    return units + "." + (rest < 10 ? "0" : "") + std::to_string(rest);
}

std::uint64_t magnitudeOf(std::int64_t v) {
    // 0 - v computed unsigned is |v| for every v, the most negative included
    return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

}  // namespace

Result<Cents> parseMoney(std::string_view text) {
    std::string_view body = trimSpace(text);
    bool negative = false;
    if (body.size() >= 2 && body.front() == '(' && body.back() == ')') {
        negative = true;
        body = body.substr(1, body.size() - 2);
    } else if (!body.empty() && body.front() == '-') {
        negative = true;
        body.remove_prefix(1);
    }
    if (!body.empty() && body.front() == '$') body.remove_prefix(1);
    if (!negative && !body.empty() && body.front() == '-') {  // "$-3.00"
        negative = true;
        body.remove_prefix(1);
    }
    auto magnitude = parseMagnitude(body, text);
    if (!magnitude) return tl::unexpected(magnitude.error());
    return Cents(negative ? -*magnitude : *magnitude);  // at most kMostCents: negating is safe
}

Error moneyOutOfRange(ErrorCode code, const std::string& what) {
    return {code, what +
                      " cannot be added up: the sum passes the largest amount Front Desk"
                      " can hold (" +
                      formatMoneyPlain(kMostCents) +
                      "); frontdesk verify lists the entries above the largest entry"};
}

std::string formatMoney(Cents amount) {
    const std::int64_t v = amount.value();
    return std::string(v < 0 ? "-$" : "$") + withCents(magnitudeOf(v), true);
}

std::string formatMoney(Cents amount, std::string_view currency) {
    const char* symbol = currency == "USD"   ? "$"
                         : currency == "EUR" ? "\u20ac"
                         : currency == "GBP" ? "\u00a3"
                                             : nullptr;
    if (!symbol) return formatMoneyPlain(amount) + " " + std::string(currency);
    const std::int64_t v = amount.value();
    return std::string(v < 0 ? "-" : "") + symbol + withCents(magnitudeOf(v), true);
}

std::string formatMoneyPlain(Cents amount) {
    const std::int64_t v = amount.value();
    return std::string(v < 0 ? "-" : "") + withCents(magnitudeOf(v), false);
}

}  // namespace frontdesk
