#pragma once

#include <string>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk {

struct VerifyReport {
    std::vector<std::string> integrityProblems;  // from PRAGMA integrity_check
    std::size_t patientsChecked = 0;
    std::size_t entriesChecked = 0;
    std::vector<std::string> mismatches;  // "MRN 1001: balance summary 7.50, ledger 5.00"
    bool ok() const { return integrityProblems.empty() && mismatches.empty(); }
};

// Checks the database: PRAGMA integrity_check, then for every patient that the maintained
// summary equals the sum of the ledger (balance, pending, written off, open lots), that no
// entry carries more than `largestEntry` (the policy's ledger.max_entry: an older version
// took any amount), that the reminder count and the balance reminders it keeps match the
// reminders stored, and that each family's kept balance is the sum of its members' balances.
// Sums are checked: a ledger or a family that adds up past kMostCents is a mismatch, not an
// error.
Result<VerifyReport> verifyStore(Store& store, Cents largestEntry = kLargestEntry);

}  // namespace frontdesk
