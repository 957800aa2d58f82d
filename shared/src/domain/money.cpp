#include "frontdesk/domain/money.h"

#include <cctype>
#include <limits>

namespace frontdesk {
namespace {

tl::unexpected<Error> notMoney(std::string_view text) {
    return fail(ErrorCode::BadInput, "'" + std::string(text) + "' is not money");
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Parses the unsigned part "1,234.50" / "1234.5" / "7" into cents.
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
        if (value > (std::numeric_limits<std::int64_t>::max() / 1000)) return notMoney(whole);
        value = value * 10 + (c - '0');
        ++digitsSinceComma;
    }
    if (grouped && digitsSinceComma != 3) return notMoney(whole);
    std::int64_t cents = value * 100;
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (!isDigit(c)) return notMoney(whole);
        cents += (c - '0') * (i == 0 ? 10 : 1);
    }
    return cents;
}

std::string trim(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

std::string withCents(std::int64_t magnitude, bool grouped) {
    std::string units = std::to_string(magnitude / 100);
    if (grouped) {
        for (int i = static_cast<int>(units.size()) - 3; i > 0; i -= 3) units.insert(i, ",");
    }
    const auto rest = magnitude % 100;
    return units + "." + (rest < 10 ? "0" : "") + std::to_string(rest);
}

}  // namespace

Result<Cents> parseMoney(std::string_view text) {
    const std::string s = trim(text);
    std::string_view body = s;
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
    return Cents(negative ? -*magnitude : *magnitude);
}

std::string formatMoney(Cents amount) {
    const std::int64_t v = amount.value();
    const std::int64_t magnitude = v < 0 ? -v : v;
    return std::string(v < 0 ? "-$" : "$") + withCents(magnitude, true);
}

std::string formatMoney(Cents amount, std::string_view currency) {
    const char* symbol = currency == "USD"   ? "$"
                         : currency == "EUR" ? "\u20ac"
                         : currency == "GBP" ? "\u00a3"
                                             : nullptr;
    if (!symbol) return formatMoneyPlain(amount) + " " + std::string(currency);
    const std::int64_t v = amount.value();
    return std::string(v < 0 ? "-" : "") + symbol + withCents(v < 0 ? -v : v, true);
}

std::string formatMoneyPlain(Cents amount) {
    const std::int64_t v = amount.value();
    const std::int64_t magnitude = v < 0 ? -v : v;
    return std::string(v < 0 ? "-" : "") + withCents(magnitude, false);
}

}  // namespace frontdesk
