// Crash safety: `frontdesk import`, `post`, `writeoffs --post` and `sync` killed (SIGKILL) at
// random moments, many times, on one database. After every kill the database passes PRAGMA
// integrity_check and `frontdesk verify`, and the operation happened whole or not at all: a
// file's rows all or none, a write-off run's write-offs all or none, a sync's pages each whole
// (and the next sync resumes to the full picture). FRONTDESK_RELIABILITY_KILLS (default 30)
// sets the kills per command; FRONTDESK_RELIABILITY_SEED repeats a run's moments.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <random>

#include "fake_ehr.h"
#include "frontdesk/domain/policy.h"
#include "frontdesk/runs/writeoff_run.h"
#include "processes.h"
#include "raw_sqlite.h"
#include "test_store.h"

using namespace frontdesk;
using namespace frontdesk::reliability;
using std::chrono::microseconds;
namespace fs = std::filesystem;

namespace {

constexpr const char* kAsOf = "2026-11-26";
constexpr int kPatients = 200;

std::int64_t count(const fs::path& db, const std::string& sql) {
    test::RawDb raw(db);
    return raw.integer(sql);
}
std::int64_t ledgerRows(const fs::path& db) {
    return count(db, "SELECT count(*) FROM ledger_entry");
}

// What every kill must leave: a sound file that verifies.
void checkDatabase(const fs::path& db, const fs::path& scratch) {
    {
        test::RawDb raw(db);
        REQUIRE(raw.text("PRAGMA integrity_check") == "ok");
    }
    const Ran verify = runFrontdesk({"verify", "--db", db.string(), "--as-of", kAsOf}, scratch);
    INFO(verify.output);
    REQUIRE(verify.ok());
}

std::string mrnOf(int n) {
    return std::to_string(10000 + n);
}

// A clinic of kPatients patients, imported with the command line.
struct Clinic {
    test::TempDir dir;
    fs::path db = dir.file("clinic.db");
    Clinic() {
        std::ofstream csv(dir.file("patients.csv"));
        csv << "mrn,family_name,given_name,birth_date,phone,language,guarantor_mrn\n";
        for (int i = 0; i < kPatients; ++i)
            csv << mrnOf(i) << ",Family" << i << ",Given,1980-04-02,,en,\n";
        csv.close();
        const Ran imported = runFrontdesk(
            {"import", "patients", dir.file("patients.csv").string(), "--db", db.string()},
            dir.path());
        INFO(imported.output);
        REQUIRE(imported.ok());
    }
    std::vector<std::string> cli(std::vector<std::string> args) const {
        args.insert(args.begin(), FRONTDESK_CLI);
        for (const char* a : {"--db", db.c_str(), "--as-of", kAsOf}) args.emplace_back(a);
        return args;
    }
};

// Random moments within (a little past) the time a command takes when left alone.
class Moments {
public:
    Moments(std::uint64_t salt, microseconds whole)
        : m_rng(runSeed() ^ salt), m_spread(0, whole.count() * 6 / 5) {}
    microseconds next() { return microseconds(m_spread(m_rng)); }
    std::mt19937_64& rng() { return m_rng; }

private:
    std::mt19937_64 m_rng;
    std::uniform_int_distribution<std::int64_t> m_spread;
};

// How long `argv` takes left alone; it must succeed.
microseconds timeOf(const std::vector<std::string>& argv, const fs::path& scratch) {
    const auto start = std::chrono::steady_clock::now();
    const Ran ran = runToEnd(argv, scratch / "timed.out");
    INFO(ran.output);
    REQUIRE(ran.ok());
    return std::chrono::duration_cast<microseconds>(std::chrono::steady_clock::now() - start);
}

struct Tally {
    const char* what;
    int killed = 0;
    int finished = 0;
    void add(const Ending& e) { e.killed ? ++killed : ++finished; }
    ~Tally() { std::printf("reliability: %s: %d killed, %d finished\n", what, killed, finished); }
};

fs::path ledgerFile(const fs::path& dir, int run, int rows) {
    fs::path file = dir / ("ledger-" + std::to_string(run) + ".csv");
    std::ofstream csv(file);
    csv << "entry_id,mrn,posted_on,kind,amount,memo\n";
    for (int j = 0; j < rows; ++j)
        csv << "R" << run << "-" << j << "," << mrnOf(j % kPatients)
            << ",2026-10-01,charge_patient,1.25,visit\n";
    return file;
}

}  // namespace

TEST_CASE("a killed import leaves the whole file or nothing", "[reliability][crash]") {
    constexpr int kRows = 1500;
    Clinic clinic;
    const auto whole =
        timeOf(clinic.cli({"import", "ledger", ledgerFile(clinic.dir.path(), 0, kRows).string()}),
               clinic.dir.path());
    Moments moments(1, whole);
    Tally tally{"import"};
    for (int run = 1; run <= setting("FRONTDESK_RELIABILITY_KILLS", 30); ++run) {
        const auto file = ledgerFile(clinic.dir.path(), run, kRows);
        const std::int64_t before = ledgerRows(clinic.db);
        Process import(clinic.cli({"import", "ledger", file.string()}), clinic.dir.file("out"));
        const Ending ending = import.killAfter(moments.next());
        tally.add(ending);
        const std::int64_t after = ledgerRows(clinic.db);
        INFO("run " << run << ": " << before << " rows before, " << after << " after");
        CHECK((after == before || after == before + kRows));
        if (!ending.killed) CHECK(after == before + kRows);
        checkDatabase(clinic.db, clinic.dir.path());
    }
}

TEST_CASE("a killed post leaves the entry or nothing", "[reliability][crash]") {
    Clinic clinic;
    const auto post = [&](int n) {
        return clinic.cli({"post", "charge_patient", mrnOf(n % kPatients), "1.00"});
    };
    Moments moments(2, timeOf(post(0), clinic.dir.path()));
    Tally tally{"post"};
    for (int run = 1; run <= setting("FRONTDESK_RELIABILITY_KILLS", 30); ++run) {
        const std::int64_t before = ledgerRows(clinic.db);
        Process p(post(run), clinic.dir.file("out"));
        const Ending ending = p.killAfter(moments.next());
        tally.add(ending);
        const std::int64_t after = ledgerRows(clinic.db);
        INFO("run " << run << ": " << before << " rows before, " << after << " after");
        CHECK((after == before || after == before + 1));
        if (!ending.killed) CHECK(after == before + 1);
        checkDatabase(clinic.db, clinic.dir.path());
    }
}

namespace {

// Adds `n` patients whose small balances are old and reminded enough to be written off.
void addWriteoffCandidates(const fs::path& db, int batch, int n) {
    auto store = Store::open(db);
    REQUIRE(store);
    const Date asOf = test::day(kAsOf);
    std::vector<Patient> patients;
    std::vector<NewEntry> charges;
    std::vector<ReminderInput> reminders;
    for (int i = 0; i < n; ++i) {
        const std::string mrn = "W" + std::to_string(batch) + "-" + std::to_string(i);
        patients.push_back({mrn, "Old", "Balance", test::day("1970-01-01"), "", "en", ""});
        charges.push_back({"wc-" + mrn, mrn, asOf.plusDays(-200), EntryKind::ChargePatient,
                           Cents(250 + i), "copay"});
        for (int r : {150, 140})
            reminders.push_back({mrn,
                                 asOf.plusDays(-r),
                                 Channel::Desk,
                                 ReminderOutcome::Promised,
                                 "desk-1",
                                 "",
                                 {}});
    }
    REQUIRE(store->putPatients(patients));
    const auto posted = store->postEntries(charges);
    REQUIRE((posted && posted->problems.empty()));
    REQUIRE(store->recordReminders(reminders));
}

std::size_t eligibleNow(const fs::path& db) {
    auto store = Store::open(db);
    REQUIRE(store);
    auto plan = planWriteoffs(*store, Policy{}, test::day(kAsOf));
    REQUIRE(plan);
    return plan->accounts.size();
}

std::int64_t writeoffRows(const fs::path& db) {
    return count(db, "SELECT count(*) FROM ledger_entry WHERE kind = 'small_balance_writeoff'");
}

}  // namespace

TEST_CASE("a killed write-off run posts every write-off or none", "[reliability][crash]") {
    constexpr int kCandidates = 60;
    Clinic clinic;
    addWriteoffCandidates(clinic.db, 0, kCandidates);
    const auto run = clinic.cli({"writeoffs", "--post"});
    Moments moments(3, timeOf(run, clinic.dir.path()));
    REQUIRE(writeoffRows(clinic.db) == kCandidates);
    Tally tally{"writeoffs --post"};
    for (int batch = 1; batch <= setting("FRONTDESK_RELIABILITY_KILLS", 30); ++batch) {
        addWriteoffCandidates(clinic.db, batch, kCandidates);
        const auto eligible = static_cast<std::int64_t>(eligibleNow(clinic.db));
        const std::int64_t before = writeoffRows(clinic.db);
        Process p(run, clinic.dir.file("out"));
        const Ending ending = p.killAfter(moments.next());
        tally.add(ending);
        const std::int64_t after = writeoffRows(clinic.db);
        INFO("batch " << batch << ": " << eligible << " eligible, " << before << " before, "
                      << after << " after");
        CHECK(eligible >= kCandidates);
        CHECK((after == before || after == before + eligible));
        if (!ending.killed) CHECK(after == before + eligible);
        checkDatabase(clinic.db, clinic.dir.path());
    }
}

namespace {

// The counts a sync leaves, each of which must be whole pages.
struct Synced {
    std::int64_t patients, accounts, entries, appointments;
};
Synced synced(const fs::path& db) {
    test::RawDb raw(db);
    return {raw.integer("SELECT count(*) FROM patient"),
            raw.integer("SELECT count(*) FROM ehr_account"),
            raw.integer("SELECT count(*) FROM ledger_entry"),
            raw.integer("SELECT count(*) FROM appointment")};
}

}  // namespace

TEST_CASE("a killed sync keeps whole pages and the next sync completes it",
          "[reliability][crash]") {
    test::TempDir dir;
    reliability::FakeEhr ehr(dir.path(), kAsOf);
    const fs::path empty = dir.file("empty.db");
    REQUIRE(runFrontdesk({"init", "--db", empty.string()}, dir.path()).ok());
    const fs::path db = dir.file("clinic.db");
    const auto fresh = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
        fs::copy_file(empty, db);
    };
    const std::vector<std::string> sync{FRONTDESK_CLI,
                                        "sync",
                                        "--quiet",
                                        "--db",
                                        db.string(),
                                        "--config",
                                        ehr.policyFile().string(),
                                        "--as-of",
                                        kAsOf};
    // Whole pages only: the first page brings kPageSize resources, each later one kPageSize - 1
    // (the sync asks again from the last lastUpdated it stored, and drops the one it has), the
    // last one the rest.
    const auto wholePages = [](std::int64_t stored, std::int64_t total) {
        return stored == 0 || stored == total ||
               (stored >= FakeEhr::kPageSize &&
                (stored - FakeEhr::kPageSize) % (FakeEhr::kPageSize - 1) == 0);
    };
    fresh();
    Moments moments(4, timeOf(sync, dir.path()));
    Tally tally{"sync"};
    for (int run = 1; run <= setting("FRONTDESK_RELIABILITY_KILLS", 30); ++run) {
        fresh();
        Process p(sync, dir.file("out"));
        const Ending ending = p.killAfter(moments.next());
        tally.add(ending);
        const Synced s = synced(db);
        INFO("run " << run << ": " << s.patients << " patients, " << s.accounts << " accounts, "
                    << s.entries << " entries, " << s.appointments << " appointments");
        CHECK(wholePages(s.patients, FakeEhr::kPatients));
        CHECK(wholePages(s.accounts, FakeEhr::kPatients));
        CHECK(s.entries == s.accounts);  // each account's balance came in with its page
        CHECK(wholePages(s.appointments, FakeEhr::kAppointments));
        checkDatabase(db, dir.path());
        const Ran resumed = runToEnd(sync, dir.file("resumed.out"));
        INFO(resumed.output);
        REQUIRE(resumed.ok());
        const Synced all = synced(db);
        CHECK(all.patients == FakeEhr::kPatients);
        CHECK(all.accounts == FakeEhr::kPatients);
        CHECK(all.entries == FakeEhr::kPatients);
        CHECK(all.appointments == FakeEhr::kAppointments);
        checkDatabase(db, dir.path());
    }
}
