#pragma once

#include <string>
#include <vector>

#include "bench_clinic.h"
#include "frontdesk/config/config.h"
#include "frontdesk/store/store.h"
#include "ledger_sum.h"

namespace frontdesk::bench {

// What every benchmark reads: the clinic, its CSV files and the MRNs to look up.
struct BenchContext {
    BenchOptions options;
    Policy policy;  // the documented defaults
    ClinicInfo clinic;
    CsvFiles csv;
    std::vector<std::string> mrns;  // random, fixed seed; the same for every lookup benchmark
    Store* store = nullptr;
    LedgerSummingLookup* ledgerSumming = nullptr;
    double readPathP50 = 0;  // kept for the ratio reported by the ledger-summing benchmark
    double readPathP99 = 0;
    std::string running;                // the benchmark running now, for failures
    std::vector<std::string> failures;  // any makes the program exit 1
};

// Registers, in this order: the prompt read path, the ledger-summing comparison, the audited
// prompt, the worklist (read path and audited), the write-off dry run and the CSV import.
void registerBenchmarks(BenchContext& context);

// Compares the prompt of the summary read path with the ledger-summing one for `count` of
// the context's MRNs; returns one line per difference.
std::vector<std::string> compareAnswers(BenchContext& context, std::size_t count);

}  // namespace frontdesk::bench
