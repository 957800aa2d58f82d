#include "bench_clinic.h"

#include <time.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>

#include "frontdesk/demo/demo.h"
#include "sqlite_read.h"

namespace frontdesk::bench {
namespace {

namespace fs = std::filesystem;
using Record = std::map<std::string, std::string>;

std::string clinicKey(const BenchOptions& o) {
    return "clinic-p" + std::to_string(o.patients) + "-s" + std::to_string(o.seed) + "-h" +
           std::to_string(o.olderVisits) + "-" + o.asOf.iso();
}

// A build's figures, kept beside the database as "key value" lines.
void writeRecord(const fs::path& path, const Record& record) {
    std::ofstream out(path);
    for (const auto& [key, value] : record) out << key << ' ' << value << '\n';
}

Record readRecord(const fs::path& path) {
    Record record;
    std::ifstream in(path);
    std::string key;
    std::string value;
    while (in >> key && std::getline(in >> std::ws, value)) record[key] = value;
    return record;
}

std::size_t sizeOf(const Record& r, const char* key) {
    const auto it = r.find(key);
    return it == r.end() ? 0 : std::stoul(it->second);
}

double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::string utcNow() {
    const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::size_t countRows(const fs::path& database, const char* table) {
    Connection db(database);
    Query q(db, std::string("SELECT count(*) FROM ") + table);
    q.step();
    return static_cast<std::size_t>(q.getInt(0));
}

ClinicInfo fromRecord(const fs::path& database, const Record& r) {
    ClinicInfo info;
    info.database = database;
    info.patients = sizeOf(r, "patients");
    info.generatedEntries = sizeOf(r, "generated_entries");
    info.storedEntries = sizeOf(r, "stored_entries");
    info.reminders = sizeOf(r, "reminders");
    info.appointments = sizeOf(r, "appointments");
    info.appointmentsToday = sizeOf(r, "appointments_today");
    info.buildSeconds = r.count("build_seconds") ? std::stod(r.at("build_seconds")) : 0;
    info.buildCpuSeconds = r.count("build_cpu_seconds") ? std::stod(r.at("build_cpu_seconds")) : 0;
    info.builtAt = r.count("built_at") ? r.at("built_at") : "";
    return info;
}

Result<ClinicInfo> buildClinic(const BenchOptions& o, const fs::path& database,
                               const fs::path& recordPath) {
    const fs::path building = fs::path(database).concat(".building");
    removeDatabase(building);
    DemoSummary summary;
    double seconds = 0;
    double cpu = 0;
    {
        auto store = Store::open(building);
        if (!store) return tl::unexpected(store.error());
        const auto start = std::chrono::steady_clock::now();
        const double startCpu = cpuSeconds();
        auto built =
            buildDemoClinic(*store, DemoOptions{o.patients, o.seed, o.asOf, 0, o.olderVisits});
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu = cpuSeconds() - startCpu;
        if (!built) return tl::unexpected(built.error());
        summary = *built;
    }  // closing the last connection checkpoints the WAL into the file
    removeDatabase(database);
    fs::rename(building, database);
    const Record record{{"patients", std::to_string(summary.patients)},
                        {"generated_entries", std::to_string(summary.ledgerEntries)},
                        {"stored_entries", std::to_string(countRows(database, "ledger_entry"))},
                        {"reminders", std::to_string(summary.reminders)},
                        {"appointments", std::to_string(summary.appointments)},
                        {"appointments_today", std::to_string(summary.appointmentsToday)},
                        {"build_seconds", std::to_string(seconds)},
                        {"build_cpu_seconds", std::to_string(cpu)},
                        {"built_at", utcNow()}};
    writeRecord(recordPath, record);
    ClinicInfo info = fromRecord(database, record);
    info.builtNow = true;
    return info;
}

// RFC 4180: quote a field holding a comma, a quote or a line break.
void appendField(std::string& line, std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        line += value;
        return;
    }
    line += '"';
    for (char c : value) {
        if (c == '"') line += '"';
        line += c;
    }
    line += '"';
}

// Writes the rows of `sql` (every column text) under `header`; returns the row count.
std::size_t exportQuery(Connection& db, const char* sql, const char* header, const fs::path& path,
                        int moneyColumn) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(path.c_str(), "wb"),
                                                        &std::fclose);
    if (!out) throw std::runtime_error(path.string() + ": cannot be written");
    std::fputs(header, out.get());
    Query q(db, sql);
    const int columns = q.columns();
    std::size_t rows = 0;
    std::string line;
    while (q.step()) {
        line.clear();
        for (int c = 0; c < columns; ++c) {
            if (c > 0) line += ',';
            appendField(line, c == moneyColumn ? formatMoneyPlain(Cents(q.getInt(c)))
                                               : std::string(q.getText(c)));
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), out.get());
        ++rows;
    }
    if (std::fflush(out.get()) != 0) throw std::runtime_error(path.string() + ": write failed");
    return rows;
}

}  // namespace

std::uintmax_t databaseBytes(const fs::path& database) {
    std::uintmax_t bytes = 0;
    for (const char* suffix : {"", "-wal"}) {
        std::error_code ec;
        const auto n = fs::file_size(fs::path(database).concat(suffix), ec);
        if (!ec) bytes += n;
    }
    return bytes;
}

void removeDatabase(const fs::path& database) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ec;
        fs::remove(fs::path(database).concat(suffix), ec);
    }
}

Result<ClinicInfo> ensureClinic(const BenchOptions& o) {
    std::error_code ec;
    fs::create_directories(o.dir, ec);
    if (ec) return fail(ErrorCode::Storage, o.dir.string() + ": " + ec.message());
    const fs::path database = o.dir / (clinicKey(o) + ".db");
    const fs::path recordPath = o.dir / (clinicKey(o) + ".build");
    try {
        if (!o.rebuild && fs::exists(database) && fs::exists(recordPath))
            return fromRecord(database, readRecord(recordPath));
        return buildClinic(o, database, recordPath);
    } catch (const std::exception& e) {
        return fail(ErrorCode::Storage, std::string("benchmark clinic: ") + e.what());
    }
}

Result<CsvFiles> ensureCsvFiles(const BenchOptions& o, const ClinicInfo& clinic) {
    CsvFiles files{o.dir / (clinicKey(o) + ".patients.csv"), o.dir / (clinicKey(o) + ".ledger.csv"),
                   0, 0};
    const fs::path recordPath = o.dir / (clinicKey(o) + ".csv");
    try {
        if (!clinic.builtNow && fs::exists(files.patients) && fs::exists(files.ledger) &&
            fs::exists(recordPath)) {
            const Record r = readRecord(recordPath);
            files.patientRows = sizeOf(r, "patient_rows");
            files.ledgerRows = sizeOf(r, "ledger_rows");
            return files;
        }
        Connection db(clinic.database);
        files.patientRows =
            exportQuery(db,
                        "SELECT p.mrn, p.family_name, p.given_name, p.birth_date, p.phone_digits,"
                        " p.language, COALESCE(g.mrn, '') FROM patient p"
                        " LEFT JOIN patient g ON g.id = p.guarantor_id ORDER BY p.id",
                        "mrn,family_name,given_name,birth_date,phone,language,guarantor_mrn\n",
                        files.patients, -1);
        files.ledgerRows = exportQuery(
            db,
            "SELECT e.source_id, p.mrn, e.posted_on, e.kind, e.amount_cents, e.memo"
            " FROM ledger_entry e JOIN patient p ON p.id = e.patient_id"
            " WHERE e.kind NOT IN ('small_balance_writeoff', 'writeoff_reversal') ORDER BY e.id",
            "entry_id,mrn,posted_on,kind,amount,memo\n", files.ledger, 4);
        writeRecord(recordPath, {{"patient_rows", std::to_string(files.patientRows)},
                                 {"ledger_rows", std::to_string(files.ledgerRows)}});
        return files;
    } catch (const std::exception& e) {
        return fail(ErrorCode::Storage, std::string("benchmark CSV files: ") + e.what());
    }
}

std::vector<std::string> randomMrns(const ClinicInfo& clinic, std::uint64_t seed,
                                    std::size_t count) {
    std::vector<std::string> all;
    all.reserve(clinic.patients);
    Connection db(clinic.database);
    Query q(db, "SELECT mrn FROM patient ORDER BY id");
    while (q.step()) all.emplace_back(q.getText(0));
    std::vector<std::string> picked;
    if (all.empty()) return picked;
    picked.reserve(count);
    std::mt19937_64 engine(seed);
    for (std::size_t i = 0; i < count; ++i) picked.push_back(all[engine() % all.size()]);
    return picked;
}

}  // namespace frontdesk::bench
