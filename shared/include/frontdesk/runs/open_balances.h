#pragma once

// The patient balances open on a day, as the manager's view charts them: by the age of the
// oldest open charge, the small ones (at or under small_balance.max) apart from the rest; and
// those the write-off rule will reach within 30 days if nothing changes.

#include <array>
#include <optional>

#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/account_source.h"

namespace frontdesk {

struct BalanceAge {
    int fromDays = 0;
    std::optional<int> toDays;  // none: and older
    std::size_t smallAccounts = 0;
    Cents small;
    std::size_t largerAccounts = 0;
    Cents larger;
};

struct OpenBalances {
    Date asOf;
    Cents smallMax;  // small_balance.max
    // 0-30, 31-60, 61-90, 91-120 and over 120 days (DESIGN.md's aging buckets), by the age of
    // each account's oldest open charge; only balances owed by patients (credits are apart).
    std::array<BalanceAge, 5> byAge;
    // Eligible for a write-off today (the dry run's accounts), and not eligible today but on
    // the 30th day from now if nothing is paid, charged or reminded meanwhile.
    std::size_t eligibleNow = 0;
    Cents eligibleNowTotal;
    std::size_t eligibleWithin30Days = 0;
    Cents eligibleWithin30DaysTotal;
};

// On the accounts of a source, as of its day, in one pass over their standings.
Result<OpenBalances> openBalances(AccountSource& accounts, const Policy& policy);

// openBalances one account at a time (the report's single pass over the accounts): started with
// the day and policy, then each open summary added with its patient's standing. False when a sum
// leaves the range of money.
OpenBalances startOpenBalances(const Policy& policy, Date asOf);
bool addToOpenBalances(OpenBalances& balances, const SummaryRow& row,
                       const PatientStanding& standing, const Policy& policy);

}  // namespace frontdesk
