#include "frontdesk/runs/open_balances.h"

#include "frontdesk/domain/prompt.h"

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

OpenBalances startOpenBalances(const Policy& policy, Date asOf) {
    OpenBalances b;
    b.asOf = asOf;
    b.smallMax = policy.smallBalanceMax;
    const std::array<std::pair<int, std::optional<int>>, 5> ages{
        {{0, 30}, {31, 60}, {61, 90}, {91, 120}, {121, std::nullopt}}};
    for (std::size_t i = 0; i < ages.size(); ++i) {
        b.byAge[i].fromDays = ages[i].first;
        b.byAge[i].toDays = ages[i].second;
    }
    return b;
}

// The write-off rule as the dry run applies it (planWriteoffs: isWriteoffEligible on the
// standing), today and on the 30th day from now.
bool addToOpenBalances(OpenBalances& b, const SummaryRow& row, const PatientStanding& standing,
                       const Policy& policy) {
    bool inRange = true;
    const Cents balance = row.totals.balance;
    const auto since = row.totals.oldestOpenOn();
    if (balance.value() > 0 && since) {
        BalanceAge& age = b.byAge[bucketOf(b.asOf.daysSince(*since))];
        const bool small = balance <= policy.smallBalanceMax;
        ++(small ? age.smallAccounts : age.largerAccounts);
        inRange = addTo(small ? age.small : age.larger, balance);
    }
    if (isWriteoffEligible(standing, policy, b.asOf)) {
        ++b.eligibleNow;
        inRange = addTo(b.eligibleNowTotal, standing.totals.balance) && inRange;
    } else if (isWriteoffEligible(standing, policy, b.asOf.plusDays(kWithinDays))) {
        ++b.eligibleWithin30Days;
        inRange = addTo(b.eligibleWithin30DaysTotal, standing.totals.balance) && inRange;
    }
    return inRange;
}

Result<OpenBalances> openBalances(AccountSource& accounts, const Policy& policy) {
    OpenBalances b = startOpenBalances(policy, accounts.asOf());
    bool inRange = true;
    auto scanned =
        accounts.forEachOpenStanding([&](const SummaryRow& row, const PatientStanding& standing) {
            inRange = addToOpenBalances(b, row, standing, policy) && inRange;
        });
    if (!scanned) return tl::unexpected(scanned.error());
    if (!inRange) return tl::unexpected(outOfRange());
    return b;
}

}  // namespace frontdesk
