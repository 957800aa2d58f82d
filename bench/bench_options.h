#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/error.h"

namespace frontdesk::bench {

// What the benchmark clinic looks like and how much to measure. Every figure of
// docs/BENCHMARKS.md comes from the defaults.
struct BenchOptions {
    std::size_t patients = 1'000'000;
    std::uint64_t seed = 42;
    int olderVisits = 3;  // DemoOptions::olderPaidVisits: about 25 ledger entries per patient
    Date asOf = Date::fromCivil(2026, 11, 26);
    std::filesystem::path dir = "/tmp/frontdesk-bench";  // outside the repository
    std::size_t lookups = 100'000;                       // per read-path latency benchmark
    std::size_t auditedLookups = 5'000;  // each one is a write transaction with an fsync
    bool rebuild = false;                // build the clinic and its CSV files again
    bool keepImport = false;             // keep the CSV import's database for inspection
};

// Takes the bench's own options out of argv (so that Google Benchmark sees only its own)
// and returns them. Fails with BadInput naming the option for a bad or missing value.
Result<BenchOptions> takeBenchOptions(int& argc, char** argv);

// One line per option, for --help.
std::string benchUsage();

}  // namespace frontdesk::bench
