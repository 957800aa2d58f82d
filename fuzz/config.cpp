// Fuzzes the reading of the configuration files (config/config.h): policy.toml, clinic.toml,
// hooks.toml and fhir.toml, chosen by the first byte. Any text is either refused with
// BadInput naming the file, or gives settings within the documented bounds.
#include "frontdesk/config/config.h"
#include "fuzz_support.h"

using namespace frontdesk;
using frontdesk::fuzz::check;

namespace {

template <typename T>
bool refusedWell(const Result<T>& parsed, std::string_view origin) {
    if (parsed) return false;
    check(parsed.error().code == ErrorCode::BadInput, "a bad config is BadInput");
    check(parsed.error().message.rfind(origin, 0) == 0, "the refusal names the file");
    return true;
}

bool within(int value, int low, int high) {
    return value >= low && value <= high;
}

void checkPolicy(const Policy& p) {
    check(p.currency.size() == 3, "the currency is a three-letter code");
    check(p.smallBalanceMax.value() > 0 && p.writeoffMax <= p.smallBalanceMax,
          "0 < writeoff.max <= small_balance.max");
    check(p.costPerStatement.value() >= 0 && p.creditRefundAtOrAbove.value() >= 0,
          "amounts are not negative");
    check(p.statementMinCostMultiple >= 0 && p.statementMinCostMultiple <= 100,
          "statements.min_cost_multiple is between 0 and 100");
    check(within(p.cooldownDays, 0, 36500) && within(p.writeoffMinAgeDays, 0, 36500) &&
              within(p.creditDormancyDays, 1, 36500),
          "day counts are within 0-36500");
    check(p.statementThreshold().value() >= 0, "the statement threshold is an amount");
}

void checkClinic(const Clinic& c) {
    check(!c.name.empty(), "the clinic has a name");
    check(!c.kiosk.languages.empty(), "the kiosk speaks a language");
    check(c.kiosk.countdownS < c.kiosk.idleTimeoutS, "the countdown fits the idle time");
}

void checkHooks(const HooksSettings& h) {
    check(within(h.threads, 1, 256) && within(h.timeoutS, 1, 36500), "threads and timeout");
    check(h.tlsCertificate.empty() == h.tlsKey.empty(), "certificate and key go together");
}

void checkFhir(const FhirSettings& f) {
    check(!f.mrnSystem.empty(), "an MRN system");
    check(within(f.pageSize, 1, 1000) && within(f.maxBodyMiB, 1, 1024) &&
              within(f.maxAttempts, 1, 10),
          "page size, body cap and attempts within bounds");
    check(f.baseUrl.empty() || f.baseUrl.rfind("http", 0) == 0, "an http(s) base URL");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::InputReader input(fuzz::textOf(data, size));
    const std::size_t file = input.choose(4);
    const std::string_view text = input.rest();
    if (file == 0) {
        auto p = parsePolicy(text, "policy.toml");
        if (!refusedWell(p, "policy.toml")) checkPolicy(*p);
    } else if (file == 1) {
        auto c = parseClinic(text, "clinic.toml");
        if (!refusedWell(c, "clinic.toml")) checkClinic(*c);
    } else if (file == 2) {
        auto h = parseHooks(text, "hooks.toml");
        if (!refusedWell(h, "hooks.toml")) checkHooks(*h);
    } else {
        auto f = parseFhir(text, "fhir.toml");
        if (!refusedWell(f, "fhir.toml")) checkFhir(*f);
    }
    return 0;
}
