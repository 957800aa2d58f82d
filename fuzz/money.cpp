// Fuzzes the one money parser (domain/money.h), which reads every amount of a CSV file, a
// command line and a config file: any text is either refused as BadInput or gives an amount
// that each formatter for files and people writes back to the same amount.
#include "frontdesk/domain/money.h"
#include "fuzz_support.h"

using namespace frontdesk;
using frontdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    const auto amount = parseMoney(text);
    if (!amount) {
        check(amount.error().code == ErrorCode::BadInput, "bad money text is BadInput");
        check(!amount.error().message.empty(), "a refusal says why");
        return 0;
    }
    const auto plain = parseMoney(formatMoneyPlain(*amount));
    check(plain && *plain == *amount, "formatMoneyPlain reads back as the same amount");
    const auto forPeople = parseMoney(formatMoney(*amount));
    check(forPeople && *forPeople == *amount, "formatMoney reads back as the same amount");
    check(!formatMoney(*amount, "EUR").empty() && !formatMoney(*amount, "RON").empty(),
          "every currency formats");
    return 0;
}
