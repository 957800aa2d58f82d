#include <catch2/catch.hpp>

#include "frontdesk/domain/money.h"

using frontdesk::Cents;
using frontdesk::formatMoney;
using frontdesk::parseMoney;

TEST_CASE("money text in the accepted forms parses to exact cents", "[money]") {
    CHECK(parseMoney("12.50").value() == Cents(1250));
    CHECK(parseMoney("-3.00").value() == Cents(-300));
    CHECK(parseMoney("$1,234.50").value() == Cents(123450));
    CHECK(parseMoney("(5.00)").value() == Cents(-500));
}

TEST_CASE("text that is not money is an error naming the text", "[money]") {
    for (const char* bad : {"12,5O", "", "1.234", "1,23.00", "abc", "$", "(5.00", "12.5.0"}) {
        INFO(bad);
        const auto parsed = parseMoney(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message.find(std::string("'") + bad + "'") != std::string::npos);
    }
}

TEST_CASE("money is formatted with symbol, grouping and two decimals", "[money]") {
    CHECK(formatMoney(Cents(123450)) == "$1,234.50");
    CHECK(formatMoney(Cents(-300)) == "-$3.00");
    CHECK(formatMoney(Cents(5)) == "$0.05");
}
