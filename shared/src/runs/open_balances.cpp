#include "frontdesk/runs/open_balances.h"

#include <unordered_set>

#include "frontdesk/runs/writeoff_run.h"

namespace frontdesk {
namespace {

constexpr int kWithinDays = 30;

// The bucket of an age in days: 0-30, 31-60, 61-90, 91-120, over 120.
std::size_t bucketOf(int ageDays) {
    if (ageDays <= 30) return 0;
    if (ageDays <= 60) return 1;
    if (ageDays <= 90) return 2;
    if (ageDays <= 120) return 3;
    return 4;
}

Error outOfRange() {
    return moneyOutOfRange(ErrorCode::Storage, "the open balances");
}

}  // namespace

Result<OpenBalances> openBalances(AccountSource& accounts, const Policy& policy) {
    OpenBalances b;
    b.asOf = accounts.asOf();
    b.smallMax = policy.smallBalanceMax;
    const std::array<std::pair<int, std::optional<int>>, 5> ages{
        {{0, 30}, {31, 60}, {61, 90}, {91, 120}, {121, std::nullopt}}};
    for (std::size_t i = 0; i < ages.size(); ++i) {
        b.byAge[i].fromDays = ages[i].first;
        b.byAge[i].toDays = ages[i].second;
    }
    bool inRange = true;
    auto scanned = accounts.forEachOpenSummary([&](const SummaryRow& row) {
        const Cents balance = row.totals.balance;
        const auto since = row.totals.oldestOpenOn();
        if (balance.value() <= 0 || !since) return;
        BalanceAge& age = b.byAge[bucketOf(b.asOf.daysSince(*since))];
        if (balance <= policy.smallBalanceMax) {
            ++age.smallAccounts;
            inRange = addTo(age.small, balance) && inRange;
        } else {
            ++age.largerAccounts;
            inRange = addTo(age.larger, balance) && inRange;
        }
    });
    if (!scanned) return tl::unexpected(scanned.error());
    if (!inRange) return tl::unexpected(outOfRange());
    auto now = planWriteoffs(accounts, policy);
    if (!now) return tl::unexpected(now.error());
    b.eligibleNow = now->accounts.size();
    b.eligibleNowTotal = now->total;
    auto later = planWriteoffs(accounts, policy, b.asOf.plusDays(kWithinDays));
    if (!later) return tl::unexpected(later.error());
    std::unordered_set<std::string> eligibleNow;
    for (const WriteoffCandidate& c : now->accounts) eligibleNow.insert(c.mrn);
    for (const WriteoffCandidate& c : later->accounts) {
        if (eligibleNow.count(c.mrn) != 0) continue;
        ++b.eligibleWithin30Days;
        if (!addTo(b.eligibleWithin30DaysTotal, c.balance)) return tl::unexpected(outOfRange());
    }
    return b;
}

}  // namespace frontdesk
