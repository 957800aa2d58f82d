#pragma once

#include <string>
#include <vector>

#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/account_source.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct WriteoffCandidate {
    std::string mrn;
    Cents balance;
    Date oldestOpenOn;
    int ageDays = 0;
    int reminders = 0;
};

struct WriteoffRun {
    Date asOf;
    std::vector<WriteoffCandidate> accounts;  // eligible under the policy, by patient
    Cents total;
    bool posted = false;
};

// The accounts eligible for a small-balance write-off as of the date (DESIGN.md's rule),
// without changing anything: the dry run.
Result<WriteoffRun> planWriteoffs(Store& store, const Policy& policy, Date asOf);
// The same, on the accounts of a source, as of its day.
Result<WriteoffRun> planWriteoffs(AccountSource& accounts, const Policy& policy);
// The accounts of a source that would be eligible on a later day `on` if nothing changed
// meanwhile: no payment, no charge, no new reminder (the balances' ages grow, nothing else).
Result<WriteoffRun> planWriteoffs(AccountSource& accounts, const Policy& policy, Date on);

// Plans, then posts one small_balance_writeoff per eligible account in one transaction.
// Idempotent for the same as-of date: each write-off's source id is
// "writeoff:<as-of>:<mrn>", and a written-off account is no longer eligible. When a balance
// changed since the plan, nothing is posted and the error says so.
Result<WriteoffRun> postWriteoffs(Store& store, const Policy& policy, Date asOf);

}  // namespace frontdesk
