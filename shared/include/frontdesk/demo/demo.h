#pragma once

#include <cstdint>
#include <map>

#include "frontdesk/store/store.h"

namespace frontdesk {

struct DemoOptions {
    std::size_t patients = 2000;
    std::uint64_t seed = 1;
    Date asOf;
    // Appointments on the as-of day; 0 chooses one per 50 patients, from 12 to 200.
    std::size_t appointmentsToday = 0;
    // Years of settled history before each patient's story: up to this many older visits, all
    // paid (the benchmark's clinic of 25 ledger entries per patient uses 3). 0: the demo as
    // it always was, the same for the same seed.
    int olderPaidVisits = 0;
};

struct DemoSummary {
    std::size_t patients = 0;
    std::size_t families = 0;
    std::size_t appointments = 0;
    std::size_t appointmentsToday = 0;
    std::size_t ledgerEntries = 0;
    std::size_t reminders = 0;
    std::map<PromptState, std::size_t> states;  // as of the as-of date
};

// Fills an empty store with a believable clinic relative to `asOf`, the same for the same
// seed: patients in families, appointments today and over the next 30 days, and ledgers that
// produce every prompt state in realistic shares (most owe nothing; small balances of
// various ages and reminder histories; a few large balances; credits of each kind; written-off
// balances, some later paid and reversed; amounts pending with insurance). Fails with
// Conflict when the store already holds patients.
Result<DemoSummary> buildDemoClinic(Store& store, const DemoOptions& options);

// Builds the demo clinic into the database file at `path`, aside: in a new file beside it
// (database_file.h), renamed over `path` only once complete, so that a program killed at any
// moment leaves `path` as it was (the old clinic, or no file) or the whole new clinic. Refuses
// (Conflict, nothing changed) a database that holds patients unless `replace`, and one that
// another program has open.
Result<DemoSummary> buildDemoClinicFile(const std::string& path, const DemoOptions& options,
                                        bool replace);

// The built-in demo clinic: $XDG_DATA_HOME/frontdesk/demo-clinic.db (or
// ~/.local/share/...). Built on first start, and again when it has no appointments on the
// date (a demo built on another day), so that there is always a day to check in for.
// Used by the kiosk and the desk panel when started without --db.
Result<void> prepareDemoClinic(const std::string& path, Date asOf);
std::string builtInDemoPath();

}  // namespace frontdesk
