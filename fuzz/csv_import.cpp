// Fuzzes the CSV import (import/importer.h) on a fresh in-memory clinic that already has two
// patients, an appointment and a ledger: a file is imported all or nothing (a report with
// errors changed nothing), the database still verifies (summaries equal the ledger), and
// importing the same file again changes nothing. The first byte chooses patients,
// appointments or ledger; the rest is the file.
#include <array>

#include "frontdesk/import/importer.h"
#include "frontdesk/runs/verify.h"
#include "fuzz_support.h"

using namespace frontdesk;
using frontdesk::fuzz::check;

namespace {

constexpr std::array<ImportKind, 3> kKinds{ImportKind::Patients, ImportKind::Appointments,
                                           ImportKind::Ledger};

constexpr std::string_view kPatients =
    "mrn,family_name,given_name,birth_date,phone,language,guarantor_mrn\n"
    "1001,Popescu,Andrei,1983-11-20,+1 (555) 010-2000,ro,\n"
    "1002,Popescu,Ioana,2015-03-09,,ro,1001\n";
constexpr std::string_view kAppointments =
    "appointment_id,mrn,start,duration_min,provider,location,status\n"
    "A1,1001,2026-01-02T09:00,15,Dr. Lee,Room 1,booked\n";
constexpr std::string_view kLedger =
    "entry_id,mrn,posted_on,kind,amount,memo\n"
    "E1,1001,2025-12-01,charge_insurance,180.00,office visit\n"
    "E2,1002,2025-01-10,charge_patient,5.00,copay\n";

// The clinic every input starts from.
Store seededStore() {
    auto store = Store::open(":memory:");
    check(store.has_value(), "an in-memory store opens");
    for (auto [kind, text] : {std::pair{ImportKind::Patients, kPatients},
                              std::pair{ImportKind::Appointments, kAppointments},
                              std::pair{ImportKind::Ledger, kLedger}}) {
        auto seeded = importCsvText(*store, kind, text, "seed.csv");
        check(seeded && seeded->ok(), "the seed files import");
    }
    // a written-off balance, which a payment in the file reverses first
    const NewEntry writeoff{
        "writeoff:2025-06-01:1002",      "1002",     Date::fromCivil(2025, 6, 1),
        EntryKind::SmallBalanceWriteoff, Cents(500), "policy run"};
    auto posted = store->postEntries({&writeoff, 1});
    check(posted && posted->problems.empty(), "the seed write-off posts");
    return std::move(*store);
}

struct Counts {
    std::size_t patients = 0;
    std::size_t entries = 0;
    bool operator==(const Counts&) const = default;
};

// What the database holds, after checking that it verifies.
Counts verifiedCounts(Store& store) {
    auto report = verifyStore(store);
    check(report.has_value(), "verify runs");
    check(report->ok(), "the database verifies: summaries equal the ledger");
    return {report->patientsChecked, report->entriesChecked};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::InputReader input(fuzz::textOf(data, size));
    const ImportKind kind = kKinds.at(input.choose(kKinds.size()));
    const std::string_view file = input.rest();
    Store store = seededStore();
    static const Counts before = verifiedCounts(store);  // the seed is the same every time
    auto report = importCsvText(store, kind, file, "fuzz.csv");
    check(report.has_value(), "an in-memory import fails only by its report");
    const Counts after = verifiedCounts(store);
    if (!report->ok()) {
        check(after == before, "a file with errors changes nothing");
        check(report->inserted == 0, "a file with errors inserts nothing");
        return 0;
    }
    check(report->inserted + report->skipped <= report->rows, "each row is counted once");
    auto again = importCsvText(store, kind, file, "fuzz.csv");
    check(again && again->ok(), "a file that imported imports again");
    check(again->inserted == 0 && again->reversals == 0, "importing a file twice changes nothing");
    check(verifiedCounts(store) == after, "the second import leaves the database as it was");
    return 0;
}
