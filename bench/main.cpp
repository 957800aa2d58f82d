// frontdesk_bench: builds (once) or reuses the benchmark clinic, then runs the benchmarks of
// docs/BENCHMARKS.md. Exits 1 when a step fails or the two ways of answering a lookup differ,
// 2 for bad usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <vector>

#include <benchmark/benchmark.h>

#include "benchmarks.h"

namespace {

using namespace frontdesk;
using namespace frontdesk::bench;

std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// Reads the database once so that lookups are measured with it in the OS page cache, as on a
// clinic server that has been running; SQLite's own cache stays at its default size.
void warmPageCache(const std::filesystem::path& database) {
    std::ifstream in(database, std::ios::binary);
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()))) {
    }
}

void describe(const BenchContext& c) {
    const ClinicInfo& k = c.clinic;
    const double rate =
        k.buildSeconds > 0 ? static_cast<double>(k.generatedEntries) / k.buildSeconds : 0;
    benchmark::AddCustomContext("clinic_database", k.database.string());
    benchmark::AddCustomContext(
        "clinic_size_gib", fixed(static_cast<double>(databaseBytes(k.database)) / (1 << 30), 2));
    benchmark::AddCustomContext("clinic_patients", std::to_string(k.patients));
    benchmark::AddCustomContext("clinic_ledger_entries_generated",
                                std::to_string(k.generatedEntries));
    benchmark::AddCustomContext("clinic_ledger_entries_stored", std::to_string(k.storedEntries));
    benchmark::AddCustomContext("clinic_reminders", std::to_string(k.reminders));
    benchmark::AddCustomContext("clinic_appointments_today", std::to_string(k.appointmentsToday));
    benchmark::AddCustomContext("generation_seconds", fixed(k.buildSeconds, 1));
    benchmark::AddCustomContext("generation_entries_per_s", fixed(rate, 0));
    if (k.buildCpuSeconds > 0)
        benchmark::AddCustomContext(
            "generation_entries_per_cpu_s",
            fixed(static_cast<double>(k.generatedEntries) / k.buildCpuSeconds, 0));
    benchmark::AddCustomContext(
        "generation_measured",
        k.builtNow ? "in this run" : "when the clinic was built, " + k.builtAt);
    benchmark::AddCustomContext("csv_rows", std::to_string(c.csv.patientRows) + " patients, " +
                                                std::to_string(c.csv.ledgerRows) + " ledger");
    benchmark::AddCustomContext("as_of", c.options.asOf.iso());
    benchmark::AddCustomContext("seed", std::to_string(c.options.seed));
}

int fatal(const std::string& message) {
    std::cerr << "frontdesk_bench: " << message << '\n';
    return 1;
}

int run(BenchContext& c) {
    auto clinic = ensureClinic(c.options);
    if (!clinic) return fatal(clinic.error().message);
    c.clinic = *clinic;
    auto csv = ensureCsvFiles(c.options, c.clinic);
    if (!csv) return fatal(csv.error().message);
    c.csv = *csv;
    auto store = Store::open(c.clinic.database);
    if (!store) return fatal(store.error().message);
    c.store = &*store;
    warmPageCache(c.clinic.database);
    try {
        LedgerSummingLookup ledgerSumming(c.clinic.database);
        c.ledgerSumming = &ledgerSumming;
        c.mrns = randomMrns(c.clinic, c.options.seed, c.options.lookups);
        const auto differences = compareAnswers(c, 1000);
        for (const auto& d : differences) std::cerr << "answers differ: " << d << '\n';
        if (!differences.empty()) return fatal("the summary and the ledger disagree");
        describe(c);
        registerBenchmarks(c);
        benchmark::RunSpecifiedBenchmarks();
    } catch (const std::exception& e) {
        return fatal(e.what());
    }
    for (const auto& f : c.failures) std::cerr << "failed: " << f << '\n';
    return c.failures.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--help") {
            std::cout << benchUsage() << '\n';
            benchmark::Initialize(&argc, argv);  // prints Google Benchmark's own options
            return 0;
        }
    }
    auto options = takeBenchOptions(argc, argv);
    if (!options) {
        std::cerr << "frontdesk_bench: " << options.error().message << "\n\n" << benchUsage();
        return 2;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    BenchContext context;
    context.options = *options;
    const int status = run(context);
    benchmark::Shutdown();
    return status;
}
