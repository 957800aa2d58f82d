// frontdesk_sync_bench: a full FHIR sync (frontdesk sync) of a large practice from a FHIR
// server on 127.0.0.1, then the same sync again with nothing changed (docs/BENCHMARKS.md).
// The server runs in a child process, so the peak memory reported is the sync's own; it
// builds each page when asked, in pages of --page-size, with next links, and answers
// _lastUpdated=ge (it ignores the appointments' date and status: all of them are in the
// window).
// Usage: frontdesk_sync_bench [--patients 100000] [--accounts 100000]
//                             [--appointments 20000] [--page-size 500] [--dir DIR]
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "frontdesk/fhir/sync.h"
#include "frontdesk/runs/verify.h"
#include "process_stats.h"

using namespace frontdesk;
using frontdesk::bench::peakResidentMiB;
using Steady = std::chrono::steady_clock;

namespace {

struct Sizes {
    std::size_t patients = 100'000;
    std::size_t accounts = 100'000;
    std::size_t appointments = 20'000;
    std::size_t pageSize = 500;
};

std::string stamp(std::size_t n) {  // distinct, ascending lastUpdated values
    char buf[40];
    std::snprintf(buf, sizeof buf, "2026-11-%02zuT%02zu:%02zu:%02zuZ", 1 + n / 86400 % 25,
                  n / 3600 % 24, n / 60 % 60, n % 60);
    return buf;
}

std::string patientJson(std::size_t i) {
    char buf[600];
    std::snprintf(buf, sizeof buf,
                  R"({"resourceType":"Patient","id":"p%zu","meta":{"lastUpdated":"%s"},)"
                  R"("identifier":[{"system":"urn:mrn","value":"%zu"}],)"
                  R"("name":[{"use":"official","family":"Family%zu","given":["Given%zu"]}],)"
                  R"("telecom":[{"system":"phone","value":"555-01%02zu-%04zu","use":"mobile"}],)"
                  R"("birthDate":"19%02zu-%02zu-%02zu",)"
                  R"("communication":[{"language":{"coding":[{"code":"%s"}]},"preferred":true}]})",
                  i, stamp(i).c_str(), 100000 + i, i % 997, i % 89, i % 100, i % 10000, 30 + i % 70,
                  1 + i % 12, 1 + i % 28, i % 7 == 0 ? "es" : "en");
    return buf;
}

std::string accountJson(std::size_t i) {
    char buf[600];
    std::snprintf(
        buf, sizeof buf,
        R"({"resourceType":"Account","id":"a%zu","meta":{"lastUpdated":"%s"},)"
        R"("status":"active","subject":[{"reference":"Patient/p%zu"}],)"
        R"("calculatedAt":"2026-11-25T10:00:00Z","balance":[)"
        R"({"aggregate":{"coding":[{"code":"patient"}]},"term":{"coding":[{"code":"current"}]},)"
        R"("amount":{"value":%zu.%02zu,"currency":"USD"}}]})",
        i, stamp(i).c_str(), i, i % 50, i % 100);
    return buf;
}

std::string appointmentJson(std::size_t i, std::size_t patients) {
    char buf[600];
    std::snprintf(
        buf, sizeof buf,
        R"({"resourceType":"Appointment","id":"ap%zu","meta":{"lastUpdated":"%s","versionId":"1"},)"
        R"("status":"booked","start":"2026-11-%02zuT%02zu:%02zu:00Z","minutesDuration":20,)"
        R"("participant":[{"actor":{"reference":"Patient/p%zu"}},)"
        R"({"actor":{"reference":"Practitioner/d1","display":"Dr Lee"}}]})",
        i, stamp(i).c_str(), 26 + i % 5, 8 + i % 9, i % 3 * 20, (i * 5) % patients);
    return buf;
}

// The child: answers searches for the three types until killed.
[[noreturn]] void serve(const Sizes& sizes, int portPipe) {
    httplib::Server server;
    server.Get(R"(/fhir/(Patient|Account|Appointment))", [&](const httplib::Request& req,
                                                             httplib::Response& res) {
        const std::string type = req.matches[1];
        const std::size_t total = type == "Patient"   ? sizes.patients
                                  : type == "Account" ? sizes.accounts
                                                      : sizes.appointments;
        const std::size_t count = std::stoul(req.get_param_value("_count"));
        // _lastUpdated=ge<stamp>: the resources are in stamp order, so the first one at or
        // after it is found by a binary search of the indexes (the sync asks each page from
        // the last lastUpdated it read; the benchmark's second run asks from the last one).
        std::size_t from =
            req.has_param("_offset") ? std::stoul(req.get_param_value("_offset")) : 0;
        if (!req.has_param("_offset") && req.has_param("_lastUpdated")) {
            const std::string since = req.get_param_value("_lastUpdated").substr(2);
            std::size_t upper = total;
            while (from < upper) {
                const std::size_t mid = from + (upper - from) / 2;
                if (stamp(mid) < since) {
                    from = mid + 1;
                } else {
                    upper = mid;
                }
            }
        }
        std::string body = R"({"resourceType":"Bundle","type":"searchset",)";
        const std::size_t to = std::min(total, from + count);
        if (to < total)
            body += R"("link":[{"relation":"next","url":"http://127.0.0.1:)" +
                    std::to_string(req.local_port) + "/fhir/" + type +
                    "?_count=" + std::to_string(count) + "&_offset=" + std::to_string(to) + "\"}],";
        body += R"("entry":[)";
        for (std::size_t i = from; i < to; ++i) {
            body += i == from ? R"({"resource":)" : R"(,{"resource":)";
            body += type == "Patient"   ? patientJson(i)
                    : type == "Account" ? accountJson(i)
                                        : appointmentJson(i, sizes.patients);
            body += "}";
        }
        body += "]}";
        res.set_content(body, "application/fhir+json");
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    if (::write(portPipe, &port, sizeof port) != sizeof port) std::_Exit(1);
    server.listen_after_bind();
    std::_Exit(0);
}

std::size_t total(const SyncCounts& c) {
    return c.created + c.updated + c.unchanged + c.skipped;
}

struct Measured {
    double seconds = 0;
    std::size_t resources = 0;
    SyncReport report;
};

Result<Measured> timedSync(Store& store, const std::string& base, std::size_t pageSize) {
    auto client = FhirClient::create({.baseUrl = base});
    if (!client) return tl::unexpected(client.error());
    FhirSyncOptions o;
    o.mapping = {"urn:mrn", "USD", "UTC", Date::fromCivil(2026, 11, 26)};
    o.pageSize = static_cast<int>(pageSize);
    const auto started = Steady::now();
    auto report = runFhirSync(store, *client, o);
    const double seconds = std::chrono::duration<double>(Steady::now() - started).count();
    if (!report) return tl::unexpected(report.error());
    if (!report->stoppedBy.empty()) return fail(ErrorCode::BadInput, report->stoppedBy);
    const std::size_t n =
        total(report->patients) + total(report->accounts) + total(report->appointments);
    return Measured{seconds, n, std::move(*report)};
}

void print(const char* what, const Measured& m) {
    const auto counts = [](const SyncCounts& c) {
        return std::to_string(c.created) + " created, " + std::to_string(c.updated) + " updated, " +
               std::to_string(c.unchanged) + " unchanged, " + std::to_string(c.skipped) +
               " skipped";
    };
    std::printf("%s: %zu resources in %.2f s = %.0f resources/s\n", what, m.resources, m.seconds,
                m.seconds > 0 ? static_cast<double>(m.resources) / m.seconds : 0.0);
    std::printf("  patients: %s\n  accounts: %s\n  appointments: %s\n",
                counts(m.report.patients).c_str(), counts(m.report.accounts).c_str(),
                counts(m.report.appointments).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    Sizes sizes;
    std::string dir = "/tmp/frontdesk-sync-bench";
    CLI::App app{"frontdesk_sync_bench: a full FHIR sync from a loopback server"};
    app.add_option("--patients", sizes.patients)->capture_default_str();
    app.add_option("--accounts", sizes.accounts)->capture_default_str();
    app.add_option("--appointments", sizes.appointments)->capture_default_str();
    app.add_option("--page-size", sizes.pageSize)
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
    app.add_option("--dir", dir, "Where the database is written")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    if (sizes.accounts > sizes.patients) sizes.accounts = sizes.patients;

    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0) return 1;
    const pid_t child = ::fork();
    if (child == 0) serve(sizes, pipeEnds[1]);
    int port = 0;
    if (::read(pipeEnds[0], &port, sizeof port) != sizeof port) return 1;
    const std::string base = "http://127.0.0.1:" + std::to_string(port) + "/fhir";

    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    int exitCode = 0;
    {
        auto store = Store::open(std::filesystem::path(dir) / "sync.db");
        if (!store) {
            std::cerr << store.error().message << "\n";
            exitCode = 1;
        }
        auto full = store ? timedSync(*store, base, sizes.pageSize) : Result<Measured>();
        auto again = full ? timedSync(*store, base, sizes.pageSize) : Result<Measured>();
        if (store && (!full || !again)) {
            std::cerr << (!full ? full.error() : again.error()).message << "\n";
            exitCode = 1;
        } else if (store) {
            std::printf("pages of %zu from %s\n", sizes.pageSize, base.c_str());
            print("full sync", *full);
            print("incremental sync, nothing changed", *again);
            std::printf("peak memory (VmHWM) of the syncing process: %.1f MiB\n",
                        peakResidentMiB());
            const auto verified = verifyStore(*store);
            std::printf("verify: %s\n", verified && verified->ok() ? "ok" : "FAILED");
            if (!verified || !verified->ok()) exitCode = 1;
        }
    }
    ::kill(child, SIGTERM);
    ::waitpid(child, nullptr, 0);
    return exitCode;
}
