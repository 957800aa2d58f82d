#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/money.h"
#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

// How one entry moves the two buckets of DESIGN.md's ledger table.
struct BucketEffect {
    Cents patient;
    Cents insurance;
};

// The effect of an entry of `kind` with the given amount: the one check of an amount that
// enters the ledger, whatever its path (the command line, a CSV import, the desk, the FHIR
// sync). For every kind but patient_adjustment the amount is a positive magnitude and the
// kind gives the direction; patient_adjustment is signed. Fails with BadInput for a negative
// magnitude, a zero amount, and an amount above `largest` either way (the policy's
// ledger.max_entry; the Store passes the one it was given).
Result<BucketEffect> bucketEffect(EntryKind kind, Cents amount, Cents largest = kLargestEntry);

// One stored ledger entry, as read back for aging and verification.
struct LedgerEntry {
    std::int64_t id = 0;
    Date postedOn;
    EntryKind kind = EntryKind::ChargePatient;
    BucketEffect effect;
};

// A piece of open patient money: a charge not yet paid (positive) or a credit not yet used
// (negative), dated when it arose.
struct OpenLot {
    Date since;
    Cents amount;
    bool operator==(const OpenLot&) const = default;
};

// What the ledger of one patient adds up to. This is what the per-patient summary stores.
struct LedgerTotals {
    Cents balance;                  // sum of the patient bucket
    Cents insurancePending;         // sum of the insurance bucket
    Cents writtenOff;               // small-balance write-offs not yet reversed
    std::vector<OpenLot> openLots;  // FIFO: oldest first; all positive or all negative
    std::optional<Date> oldestOpenOn() const;
};

// Adds up a patient's entries in posting order (posted_on, then id). Payments and other
// credits settle the oldest open charges first (FIFO); a credit left over is kept as
// negative lots that later charges use up, oldest first. A write-off reversal reinstates the
// charges the write-off settled, with the days they arose, so they are settled first again.
// Every sum is checked: fails with BadInput (moneyOutOfRange, naming "the ledger") when one
// would leave +-kMostCents, as entries stored beyond the largest entry by an older version
// can make it.
Result<LedgerTotals> totalLedger(const std::vector<LedgerEntry>& entriesInOrder);

// The sum of a summary's open lots; fails with BadInput when they are not all of one sign or
// their sum would leave +-kMostCents (a summary written by something else than Front Desk).
// Lots that pass have aging buckets that add up too.
Result<Cents> openLotsTotal(const std::vector<OpenLot>& lots);

// Compact text form of open lots for the summary row: "20261101:750;20261115:250".
std::string encodeLots(const std::vector<OpenLot>& lots);
std::vector<OpenLot> decodeLots(std::string_view text);

// The five aging buckets of DESIGN.md, by days since each lot opened as of a date.
struct AgingBuckets {
    Cents days0to30;
    Cents days31to60;
    Cents days61to90;
    Cents days91to120;
    Cents over120;
};
// Fails with BadInput when a bucket's sum would leave +-kMostCents; never for lots that pass
// openLotsTotal.
Result<AgingBuckets> ageLots(const std::vector<OpenLot>& lots, Date asOf);

}  // namespace frontdesk
