#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_options.h"

namespace frontdesk::bench {

// The benchmark clinic: a demo clinic (buildDemoClinic) of the requested size, built once in
// the bench directory and reused by later runs, with what its build measured.
struct ClinicInfo {
    std::filesystem::path database;
    std::size_t patients = 0;
    std::size_t generatedEntries = 0;  // what the generator wrote (DemoSummary::ledgerEntries)
    std::size_t storedEntries = 0;     // rows of ledger_entry, with automatic reversals
    std::size_t reminders = 0;
    std::size_t appointments = 0;
    std::size_t appointmentsToday = 0;
    double buildSeconds = 0;     // wall time of buildDemoClinic
    double buildCpuSeconds = 0;  // CPU time it used (0 when not recorded)
    std::string builtAt;         // UTC time of the build
    bool builtNow = false;       // false: reused from an earlier run
};

// The clinic exported as the CSV files a practice system would hand over: patients.csv and
// ledger.csv (every stored entry except the two kinds only the write-off run posts).
struct CsvFiles {
    std::filesystem::path patients;
    std::filesystem::path ledger;
    std::size_t patientRows = 0;
    std::size_t ledgerRows = 0;
};

// Opens the clinic of `options`, building it when missing or when options.rebuild is set.
Result<ClinicInfo> ensureClinic(const BenchOptions& options);

// Writes the clinic's CSV files when missing (or rebuilt), else reuses them.
Result<CsvFiles> ensureCsvFiles(const BenchOptions& options, const ClinicInfo& clinic);

// `count` MRNs of the clinic drawn at random (with repeats) for a fixed seed.
std::vector<std::string> randomMrns(const ClinicInfo& clinic, std::uint64_t seed,
                                    std::size_t count);

// The size on disk of a database: the file and its WAL.
std::uintmax_t databaseBytes(const std::filesystem::path& database);

// Removes a database with its WAL and shared-memory files.
void removeDatabase(const std::filesystem::path& database);

}  // namespace frontdesk::bench
