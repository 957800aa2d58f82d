#include "benchmarks.h"

#include <sys/resource.h>
#include <time.h>

#include <chrono>

#include <benchmark/benchmark.h>

#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/import/importer.h"
#include "frontdesk/runs/policy_whatif.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/writeoff_run.h"
#include "frontdesk/store/lookup.h"
#include "latency.h"

namespace frontdesk::bench {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void failed(benchmark::State& state, BenchContext& c, const std::string& why) {
    c.failures.push_back(c.running + ": " + why);
    state.SkipWithError(why.c_str());
}

const std::string& nextMrn(const BenchContext& c, std::size_t& i) {
    return c.mrns[i++ % c.mrns.size()];
}

// Store::standing (point reads of the maintained summary) + decidePrompt; no audit row.
void promptReadPath(benchmark::State& state, BenchContext& c) {
    LatencySamples samples(c.options.lookups);
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string& mrn = nextMrn(c, i);
        const auto start = Clock::now();
        auto standing = c.store->standing(mrn, c.options.asOf);
        if (!standing) return failed(state, c, standing.error().message);
        Prompt p = decidePrompt(*standing, c.policy, Audience::Desk, Language::En, c.options.asOf);
        samples.add(Clock::now() - start);
        benchmark::DoNotOptimize(p);
    }
    samples.report(state);
    c.readPathP50 = samples.quantile(0.50);
    c.readPathP99 = samples.quantile(0.99);
}

// The same answer by summing and aging the patient's (and the family's) ledger per lookup.
void promptLedgerSumming(benchmark::State& state, BenchContext& c) {
    LatencySamples samples(c.options.lookups);
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string& mrn = nextMrn(c, i);
        const auto start = Clock::now();
        auto standing = c.ledgerSumming->standing(mrn, c.options.asOf);
        if (!standing) return failed(state, c, standing.error().message);
        Prompt p = decidePrompt(*standing, c.policy, Audience::Desk, Language::En, c.options.asOf);
        samples.add(Clock::now() - start);
        benchmark::DoNotOptimize(p);
    }
    samples.report(state);
    if (c.readPathP50 > 0) {
        state.counters["x_p50_vs_read_path"] = samples.quantile(0.50) / c.readPathP50;
        state.counters["x_p99_vs_read_path"] = samples.quantile(0.99) / c.readPathP99;
    }
}

// BalanceLookup::prompt: the audit row (BEGIN IMMEDIATE, synchronous=FULL commit) + the read.
void promptAudited(benchmark::State& state, BenchContext& c) {
    BalanceLookup lookup(*c.store, c.policy);
    LatencySamples samples(c.options.auditedLookups);
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string& mrn = nextMrn(c, i);
        const auto start = Clock::now();
        auto p = lookup.prompt(mrn, Audience::Desk, Language::En, c.options.asOf, "bench");
        samples.add(Clock::now() - start);
        if (!p) return failed(state, c, p.error().message);
        benchmark::DoNotOptimize(p);
    }
    samples.report(state);
}

// The day's appointments and each distinct patient's desk prompt, without the audit batch.
void worklistReadPath(benchmark::State& state, BenchContext& c) {
    LatencySamples samples(static_cast<std::size_t>(state.max_iterations));
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto day = c.store->appointmentsOn(c.options.asOf);
        if (!day) return failed(state, c, day.error().message);
        std::vector<Prompt> prompts;
        for (const AppointmentView& a : *day) {
            auto standing = c.store->standing(a.appointment.mrn, c.options.asOf);
            if (!standing) return failed(state, c, standing.error().message);
            prompts.push_back(
                decidePrompt(*standing, c.policy, Audience::Desk, Language::En, c.options.asOf));
        }
        samples.add(Clock::now() - start);
        rows = prompts.size();
        benchmark::DoNotOptimize(prompts);
    }
    samples.report(state);
    state.counters["rows"] = static_cast<double>(rows);
}

// BalanceLookup::worklist: the read path plus one audit transaction for the day's patients.
void worklistAudited(benchmark::State& state, BenchContext& c) {
    BalanceLookup lookup(*c.store, c.policy);
    LatencySamples samples(static_cast<std::size_t>(state.max_iterations));
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto list = lookup.worklist(c.options.asOf, Language::En, c.options.asOf, "bench");
        samples.add(Clock::now() - start);
        if (!list) return failed(state, c, list.error().message);
        rows = list->size();
    }
    samples.report(state);
    state.counters["rows"] = static_cast<double>(rows);
}

// planWriteoffs over every account: the summary scan plus the reminders of the candidates.
void writeoffDryRun(benchmark::State& state, BenchContext& c) {
    std::size_t eligible = 0;
    std::int64_t total = 0;
    for (auto _ : state) {
        auto run = planWriteoffs(*c.store, c.policy, c.options.asOf);
        if (!run) return failed(state, c, run.error().message);
        eligible = run->accounts.size();
        total = run->total.value();
    }
    state.counters["eligible"] = static_cast<double>(eligible);
    state.counters["total_dollars"] = static_cast<double>(total) / 100.0;
}

// The manager's what-if: reading the accounts and the first answer (policy in force and a
// candidate, as `frontdesk whatif` does), then each change of the candidate on the accounts
// already read (a slider moved). The candidates move the small-balance threshold, the
// write-off maximum and age and the statement cost in turn.
std::vector<Policy> whatIfCandidates() {
    std::vector<Policy> out;
    for (int i = 0; i < 8; ++i) {
        const std::vector<std::string> settings{
            "small_balance.max=" + std::to_string(8 + i) + ".00",
            "writeoff.max=" + std::to_string(4 + i / 2) + ".99",
            "writeoff.min_age_days=" + std::to_string(60 + 15 * i),
            "statements.cost_per_statement=" + std::to_string(5 + i % 4) + ".50"};
        if (auto p = policyWith(Policy{}, settings)) out.push_back(*p);
    }
    return out;
}

void whatIfFirst(benchmark::State& state, BenchContext& c) {
    const auto candidates = whatIfCandidates();
    std::size_t eligible = 0;
    for (auto _ : state) {
        auto whatIf = PolicyWhatIf::read(*c.store, c.options.asOf);
        if (!whatIf) return failed(state, c, whatIf.error().message);
        auto compared = whatIf->compare(c.policy, candidates.front());
        if (!compared) return failed(state, c, compared.error().message);
        eligible = compared->candidate.writeoffAccounts;
    }
    state.counters["eligible"] = static_cast<double>(eligible);
}

void whatIfChange(benchmark::State& state, BenchContext& c) {
    const auto candidates = whatIfCandidates();
    auto whatIf = PolicyWhatIf::read(*c.store, c.options.asOf);
    if (!whatIf) return failed(state, c, whatIf.error().message);
    // every candidate once first: the standings each reads are kept from then on, as after a
    // manager's first few moves
    for (const Policy& p : candidates)
        if (auto e = whatIf->effect(p); !e) return failed(state, c, e.error().message);
    std::size_t i = 0;
    for (auto _ : state) {
        auto effect = whatIf->effect(candidates[i++ % candidates.size()]);
        if (!effect) return failed(state, c, effect.error().message);
        benchmark::DoNotOptimize(effect->promptedPatients);
    }
    state.counters["accounts"] = static_cast<double>(whatIf->accounts());
}

// The manager's 12-month report, in its two parts the desk reads at once on two threads: the
// period's activity (Store::activity: reminders, payments, write-offs by month) and the part
// computed from the accounts of its last day (statements counted, credits, open balances: what
// the desk asks), on a snapshot read once outside the loop (the what-if's, which the desk's
// report shares).
Date twelveMonthsBefore(Date to) {
    const int month = static_cast<int>(to.month()) - 11;
    return month < 1 ? Date::fromCivil(to.year() - 1, static_cast<unsigned>(month + 12), 1)
                     : Date::fromCivil(to.year(), static_cast<unsigned>(month), 1);
}

void reportActivity(benchmark::State& state, BenchContext& c) {
    const Date to = c.options.asOf;
    std::size_t reminders = 0;
    for (auto _ : state) {
        auto activity = c.store->activity(twelveMonthsBefore(to), to);
        if (!activity) return failed(state, c, activity.error().message);
        reminders = activity->period.remindedPatients;
    }
    state.counters["reminded_patients"] = static_cast<double>(reminders);
}

void reportAccounts(benchmark::State& state, BenchContext& c) {
    const Date to = c.options.asOf;
    auto whatIf = PolicyWhatIf::read(*c.store, to);
    if (!whatIf) return failed(state, c, whatIf.error().message);
    std::size_t statements = 0;
    for (auto _ : state) {
        auto report = reportAccounts(whatIf->snapshot(), c.policy, StatementLines::CountOnly);
        if (!report) return failed(state, c, report.error().message);
        statements = report->statements.statementCount;
    }
    state.counters["statements"] = static_cast<double>(statements);
}

// CPU seconds this process has used: with other work on the machine, wall time also counts
// the time the import waited for a core.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double peakRssGib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);
}

// Checks one import report; false (and the benchmark failed) when anything is off.
bool importedAll(benchmark::State& state, BenchContext& c, const Result<ImportReport>& r,
                 std::size_t expectedRows) {
    if (!r) {
        failed(state, c, r.error().message);
    } else if (!r->ok()) {
        failed(state, c, r->errors.front());
    } else if (r->inserted != expectedRows) {
        failed(state, c,
               r->file + ": inserted " + std::to_string(r->inserted) + " of " +
                   std::to_string(expectedRows) + " rows");
    } else {
        return true;
    }
    return false;
}

// importCsvFile of patients.csv, then ledger.csv, into a fresh database. The iteration time
// is the ledger import alone.
void csvImport(benchmark::State& state, BenchContext& c) {
    const std::filesystem::path database = c.options.dir / "import.db";
    for (auto _ : state) {
        removeDatabase(database);
        auto store = Store::open(database);
        if (!store) return failed(state, c, store.error().message);
        const auto start = Clock::now();
        const double startCpu = cpuSeconds();
        const auto patients = importCsvFile(*store, ImportKind::Patients, c.csv.patients);
        const double patientSeconds = secondsSince(start);
        if (!importedAll(state, c, patients, c.csv.patientRows)) return;
        const auto ledgerStart = Clock::now();
        const double ledgerStartCpu = cpuSeconds();
        const auto ledger = importCsvFile(*store, ImportKind::Ledger, c.csv.ledger);
        const double ledgerSeconds = secondsSince(ledgerStart);
        const double ledgerCpu = cpuSeconds() - ledgerStartCpu;
        if (!importedAll(state, c, ledger, c.csv.ledgerRows)) return;
        const auto rows = static_cast<double>(c.csv.ledgerRows);
        state.SetIterationTime(ledgerSeconds);
        state.counters["ledger_rows"] = rows;
        state.counters["ledger_rows_per_s"] = rows / ledgerSeconds;
        state.counters["ledger_rows_per_cpu_s"] = rows / ledgerCpu;
        state.counters["patient_rows_per_s"] =
            static_cast<double>(c.csv.patientRows) / patientSeconds;
        state.counters["patient_rows_per_cpu_s"] =
            static_cast<double>(c.csv.patientRows) / (ledgerStartCpu - startCpu);
        state.counters["db_gib"] =
            static_cast<double>(databaseBytes(database)) / (1024.0 * 1024.0 * 1024.0);
    }
    state.counters["peak_rss_gib"] = peakRssGib();
    if (!c.options.keepImport) removeDatabase(database);
}

template <typename F>
benchmark::internal::Benchmark* add(const char* name, BenchContext& c, F body) {
    return benchmark::RegisterBenchmark(name, [&c, body, name](benchmark::State& s) {
        c.running = name;
        body(s, c);
    });
}

}  // namespace

void registerBenchmarks(BenchContext& c) {
    const auto lookups = static_cast<benchmark::IterationCount>(c.options.lookups);
    const auto audited = static_cast<benchmark::IterationCount>(c.options.auditedLookups);
    add("prompt/read_path", c, promptReadPath)->Iterations(lookups)->Unit(benchmark::kMicrosecond);
    add("prompt/ledger_summing", c, promptLedgerSumming)
        ->Iterations(lookups)
        ->Unit(benchmark::kMicrosecond);
    add("prompt/audited", c, promptAudited)->Iterations(audited)->Unit(benchmark::kMicrosecond);
    add("worklist/read_path", c, worklistReadPath)->Iterations(200)->Unit(benchmark::kMillisecond);
    add("worklist/audited", c, worklistAudited)->Iterations(50)->Unit(benchmark::kMillisecond);
    add("writeoff_dry_run", c, writeoffDryRun)->Iterations(3)->Unit(benchmark::kMillisecond);
    add("whatif/first", c, whatIfFirst)->Iterations(3)->Unit(benchmark::kMillisecond);
    add("whatif/change", c, whatIfChange)->Iterations(40)->Unit(benchmark::kMillisecond);
    add("report/activity", c, reportActivity)->Iterations(3)->Unit(benchmark::kMillisecond);
    add("report/accounts", c, reportAccounts)->Iterations(5)->Unit(benchmark::kMillisecond);
    add("csv_import", c, csvImport)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
}

std::vector<std::string> compareAnswers(BenchContext& c, std::size_t count) {
    std::vector<std::string> differences;
    for (std::size_t i = 0; i < count && i < c.mrns.size(); ++i) {
        const std::string& mrn = c.mrns[i];
        auto summary = c.store->standing(mrn, c.options.asOf);
        auto summed = c.ledgerSumming->standing(mrn, c.options.asOf);
        if (!summary || !summed) {
            differences.push_back(mrn + ": lookup failed");
            continue;
        }
        const auto a = promptToJson(
            decidePrompt(*summary, c.policy, Audience::Desk, Language::En, c.options.asOf));
        const auto b = promptToJson(
            decidePrompt(*summed, c.policy, Audience::Desk, Language::En, c.options.asOf));
        if (a != b) differences.push_back(mrn + ": " + a.dump() + " vs " + b.dump());
    }
    return differences;
}

}  // namespace frontdesk::bench
