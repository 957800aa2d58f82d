#pragma once

#include <string>

#include "frontdesk/domain/money.h"

namespace frontdesk {

// When the kiosk shows the amount of a balance (kiosk.show_amount).
enum class KioskAmount { Small, Always, Never };

// Every number of DESIGN.md's policy; the defaults are the documented ones of
// config/policy.toml.
struct Policy {
    std::string currency = "USD";
    Cents smallBalanceMax{1000};
    KioskAmount kioskShowAmount = KioskAmount::Small;
    int cooldownDays = 14;
    Cents writeoffMax{999};
    int writeoffMinAgeDays = 120;
    int writeoffMinReminders = 2;
    Cents costPerStatement{600};
    double statementMinCostMultiple = 1.0;  // a ratio of the statement cost
    Cents creditRefundAtOrAbove{500};
    int creditRefundWithinDays = 60;
    int creditApplyNextVisitWithinDays = 90;
    int creditDormancyDays = 1095;
    // The largest amount one ledger entry may carry (ledger.max_entry), either way.
    Cents largestEntry = kLargestEntry;

    // A statement goes out only for a balance above this (cost x multiple, to the cent).
    Cents statementThreshold() const;

    bool operator==(const Policy&) const = default;
};

}  // namespace frontdesk
