// frontdesk_station_bench: the clinic server's figures of docs/BENCHMARKS.md, measured against
// a real frontdesk-server process on 127.0.0.1 (started here on a copy of a large clinic), with
// the stations' own client code (StationClient, connectClinicData: libcurl, keep-alive):
//   identify   a kiosk's POST /v1/kiosk/identify round trip (family name and birth date of the
//              day's patients), p50/p99/max
//   prompt     a desk's GET /v1/patients/{mrn}/prompt round trip (one client), p50/p99/max
//   load       N keep-alive clients (own threads) asking for desk prompts as fast as they are
//              answered: requests/s, p50/p99, errors
//   wrk        the same load from wrk (bench/wrk/desk_prompts.lua), when wrk is installed
//   soak       D desks (connectClinicData each, with its long poll), K kiosks and a phone
//              system for S seconds: the kiosks check the day's patients in, the desks look
//              patients up, record outcomes and reload on every change as the desk panel does,
//              the phone system announces a call a second; errors, and how long each desk took
//              to show each check-in as arrived and to pop each call (p50/p99/max)
// Usage: frontdesk_station_bench --db CLINIC.db [--as-of 2026-11-26] [--identifies 1000]
//            [--prompts 5000] [--clients 32] [--load-seconds 20] [--desks 50] [--kiosks 20]
//            [--soak-seconds 60] [--only identify,prompt,load,wrk,soak] [--dir /tmp/...] [--demo]
// It writes (audit rows, check-ins, outcomes): give it a copy of the clinic. Exit 1 when a
// request failed where none should, or a check-in or call was not seen by every desk within 2 s
// (--seen-within).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/station/remote_clinic_data.h"
#include "frontdesk/station/station_client.h"
#include "process_stats.h"
#include "station_server.h"

using namespace frontdesk;
using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;
using nlohmann::json;

namespace {

double msSince(Steady::time_point from, Steady::time_point to = Steady::now()) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

void printSpread(const char* what, std::vector<double> ms) {
    if (ms.empty()) {
        std::printf("%-44s no samples\n", what);
        return;
    }
    std::printf("%-44s n=%6zu  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what, ms.size(),
                bench::percentile(ms, 0.5), bench::percentile(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()));
}

struct Settings {
    std::string db;
    std::string asOf = "2026-11-26";
    std::string dir = "/tmp/frontdesk-station-bench";
    int identifies = 1000;
    int prompts = 5000;
    int clients = 32;
    int loadSeconds = 20;
    int desks = 50;
    int kiosks = 20;
    int soakSeconds = 60;
    int seenWithinMs = 2000;  // a check-in on every desk within this, else a failure
    std::string only = "identify,prompt,load,wrk,soak";
    bool demo = false;
    bool wants(const std::string& step) const {
        return ("," + only + ",").find("," + step + ",") != std::string::npos;
    }
};

// Everything the steps share: the server, the day's patients.
struct Bench {
    Settings settings;
    Date day;
    std::filesystem::path folder;
    std::unique_ptr<test::StationServer> server;
    std::vector<test::DemoVisitor> kioskVisitors;  // identified by name and birth date alone
    std::vector<test::DemoVisitor> booked;         // every booked appointment of the day
    std::vector<std::string> deskMrns;             // balances and the day's patients
    int failures = 0;
    // a station's name of this run: the clinic keeps the stations of earlier runs
    std::string run = std::to_string(std::time(nullptr));
    std::string station(const std::string& name) const { return name + "-" + run; }
};

// A kiosk's identify of `v` by family name and birth date, or with `byCode` by the
// appointment's code and birth date: the handle, or "" when it was not a 200 with one.
std::string identify(StationClient& kiosk, const test::DemoVisitor& v, long* status = nullptr,
                     bool byCode = false) {
    const json body =
        byCode ? json{{"appointment_code", v.appointmentId}, {"birth_date", v.birthDate.iso()}}
               : json{{"family_name", v.familyName}, {"birth_date", v.birthDate.iso()}};
    auto reply = kiosk.call("POST", "/v1/kiosk/identify", body, false);
    if (status) *status = reply ? reply->status : 0;
    if (!reply || reply->status != 200 || !reply->body.contains("checkin")) return {};
    return reply->body["checkin"].get<std::string>();
}

void identifyStep(Bench& b) {
    StationClient kiosk = b.server->client(b.station("bench-kiosk-identify"), StationRole::Kiosk);
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(b.settings.identifies));
    int errors = 0;
    for (int i = 0; i < b.settings.identifies; ++i) {
        const auto& v = b.kioskVisitors[static_cast<std::size_t>(i) % b.kioskVisitors.size()];
        const auto start = Steady::now();
        long status = 0;
        const std::string handle = identify(kiosk, v, &status);
        ms.push_back(msSince(start));
        if (handle.empty()) {
            ++errors;
            continue;
        }
        // the kiosk returns to its welcome screen (not timed)
        if (!kiosk.remove("/v1/kiosk/visits/" + handle)) ++errors;
    }
    printSpread("kiosk identify round trip", ms);
    if (errors) std::printf("  %d identifies failed\n", errors);
    b.failures += errors;
}

void promptStep(Bench& b) {
    StationClient desk = b.server->client(b.station("bench-desk-prompt"), StationRole::Desk);
    std::mt19937_64 random(42);
    std::vector<double> ms;
    int errors = 0;
    for (int i = 0; i < b.settings.prompts; ++i) {
        const auto& mrn = b.deskMrns[random() % b.deskMrns.size()];
        const auto start = Steady::now();
        auto prompt = desk.get("/v1/patients/" + urlEncoded(mrn) + "/prompt?staff=bench");
        ms.push_back(msSince(start));
        if (!prompt) ++errors;
    }
    printSpread("desk prompt round trip", ms);
    if (errors) std::printf("  %d prompts failed\n", errors);
    b.failures += errors;
}

void loadStep(Bench& b) {
    const int n = b.settings.clients;
    std::vector<StationClient> clients;
    for (int i = 0; i < n; ++i)
        clients.push_back(
            b.server->client(b.station("bench-load-" + std::to_string(i)), StationRole::Desk));
    std::vector<std::vector<double>> ms(static_cast<std::size_t>(n));
    std::atomic<int> errors{0};
    std::atomic<bool> go{false};
    const auto length = std::chrono::seconds(b.settings.loadSeconds);
    std::vector<std::thread> threads;
    Steady::time_point start;
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&, i] {
            std::mt19937_64 random(static_cast<std::uint64_t>(i) + 1);
            auto& mine = ms[static_cast<std::size_t>(i)];
            while (!go.load()) std::this_thread::yield();
            const auto until = start + length;
            for (auto t = Steady::now(); t < until; t = Steady::now()) {
                const auto& mrn = b.deskMrns[random() % b.deskMrns.size()];
                auto prompt = clients[static_cast<std::size_t>(i)].get(
                    "/v1/patients/" + urlEncoded(mrn) + "/prompt?staff=load");
                mine.push_back(msSince(t));
                if (!prompt) errors.fetch_add(1);
            }
        });
    start = Steady::now();
    go = true;
    for (auto& t : threads) t.join();
    const double seconds = msSince(start) / 1000.0;
    std::vector<double> all;
    for (const auto& m : ms) all.insert(all.end(), m.begin(), m.end());
    std::printf("prompt API, %d keep-alive clients, %.1f s: %.0f requests/s\n", n, seconds,
                static_cast<double>(all.size()) / seconds);
    printSpread("  latency", all);
    if (errors) std::printf("  %d requests failed\n", errors.load());
    b.failures += errors.load();
}

// The same load from wrk (Debian's wrk, another project's HTTP load tool) with
// bench/wrk/desk_prompts.lua: its own connections, its own count of answers that are not 2xx.
void wrkStep(Bench& b) {
    if (std::system("command -v wrk > /dev/null") != 0) {
        std::printf("wrk: not installed (apt-get install wrk), skipped\n");
        return;
    }
    const auto credential =
        readCredential(b.server->enroll(b.station("bench-wrk"), StationRole::Desk));
    if (!credential) {
        std::fprintf(stderr, "%s\n", credential.error().message.c_str());
        ++b.failures;
        return;
    }
    const auto mrns = b.folder / "mrns.txt";
    {
        std::ofstream out(mrns);
        for (const auto& mrn : b.deskMrns) out << urlEncoded(mrn) << '\n';
    }
    const std::string script = std::string(FRONTDESK_SOURCE_DIR) + "/bench/wrk/desk_prompts.lua";
    const std::string command = "FRONTDESK_TOKEN='" + credential->token + "' FRONTDESK_MRNS='" +
                                mrns.string() + "' wrk -t2 -c" +
                                std::to_string(b.settings.clients) + " -d" +
                                std::to_string(b.settings.loadSeconds) + "s --latency -s '" +
                                script + "' " + b.server->url();
    std::printf("wrk, %d connections, %d s:\n", b.settings.clients, b.settings.loadSeconds);
    std::fflush(stdout);
    const int status = std::system(command.c_str());
    if (status != 0) {
        std::printf("  wrk failed (%d)\n", status);
        ++b.failures;
    }
}

// The soak: desks watching the day's worklist and kiosks checking the day's patients in.
struct Soak {
    Bench& b;
    std::atomic<bool> stop{false};       // the kiosks and the receptionists stop
    std::atomic<bool> stopDesks{false};  // the desks stop watching (a while after)
    std::mutex mutex;
    // what a desk is to show -> when the server answered it (committed): "arrived <id>" for a
    // kiosk's check-in, "call <number>" for a phone-system call
    std::map<std::string, Steady::time_point> madeAt;
    // per desk: the same keys -> when the desk first had it (the appointment as arrived on
    // its worklist, the call taken to pop)
    std::vector<std::map<std::string, Steady::time_point>> seenAt;
    std::atomic<int> deskErrors{0}, kioskErrors{0}, pbxErrors{0};
    std::atomic<int> calls{0};
    std::atomic<int> deskReads{0}, deskOutcomes{0}, deskRefreshes{0};
    std::atomic<int> identifies{0}, checkins{0};
    std::atomic<std::size_t> nextVisitor{0};

    explicit Soak(Bench& bench) : b(bench) {}

    void made(const std::string& what) {
        std::lock_guard lock(mutex);
        madeAt[what] = Steady::now();
    }

    // The phone system: a call every second from a number of its own (no patient has it: the
    // desks pop an unknown caller), by its call URL with the key in the query.
    void pbx(const std::string& key) {
        auto client = StationClient::create({b.server->url(), {}, {}, 2s, 5s});
        if (!client) {
            pbxErrors.fetch_add(1);
            return;
        }
        for (int n = 0; !stop; ++n) {
            char number[16];
            std::snprintf(number, sizeof number, "555%07d", n);
            auto reply = client->call(
                "GET", "/v1/pbx/call?key=" + urlEncoded(key) + "&from=" + number, nullptr, false);
            if (!reply || reply->status != 200) {
                pbxErrors.fetch_add(1);
            } else {
                made(std::string("call ") + number);
                calls.fetch_add(1);
            }
            std::this_thread::sleep_for(1s);
        }
    }

    void kiosk(int k, StationClient client) {
        std::mt19937_64 random(1000 + static_cast<std::uint64_t>(k));
        while (!stop) {
            // every booked appointment of the day once, by its code (as on the reminder
            // letter); then the kiosks go on identifying patients by name (a patient trying
            // again): load without check-ins
            const std::size_t i = nextVisitor.fetch_add(1);
            const bool fresh = i < b.booked.size();
            const auto& v =
                fresh ? b.booked[i] : b.kioskVisitors[random() % b.kioskVisitors.size()];
            long status = 0;
            const std::string handle = identify(client, v, &status, fresh);
            identifies.fetch_add(1);
            if (handle.empty()) {
                kioskErrors.fetch_add(1);
                std::fprintf(stderr, "kiosk %d: identify answered %ld\n", k, status);
                continue;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500 + random() % 1500));
            if (!fresh) {
                if (!client.remove("/v1/kiosk/visits/" + handle)) kioskErrors.fetch_add(1);
                continue;
            }
            auto reply = client.call("POST", "/v1/kiosk/visits/" + handle + "/checkin",
                                     {{"appointment", v.appointmentId}, {"language", "en"}}, true);
            if (!reply || reply->status != 200) {
                kioskErrors.fetch_add(1);
                std::fprintf(stderr, "kiosk %d: check-in answered %ld\n", k,
                             reply ? reply->status : 0L);
                continue;
            }
            made("arrived " + v.appointmentId);
            checkins.fetch_add(1);
            if (reply->body.value("remind", false)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(500 + random() % 1500));
                auto answer = client.call("POST", "/v1/kiosk/visits/" + handle + "/answer",
                                          {{"outcome", "shown"}}, true);
                if (!answer || answer->status != 200) kioskErrors.fetch_add(1);
            }
        }
    }

    // A desk as the panel drives it: the worklist on start; every second, when the clinic
    // changed, the worklist and the open prompt again (Refresh); every few seconds the
    // receptionist opens a patient's prompt, and now and then records what they said.
    void desk(int d, std::unique_ptr<ClinicData> clinic) {
        std::mt19937_64 random(2000 + static_cast<std::uint64_t>(d));
        const std::string staff = "desk-staff-" + std::to_string(d);
        auto& seen = seenAt[static_cast<std::size_t>(d)];
        auto noteArrivals = [&](const ClinicData::WorklistRows& rows) {
            const auto now = Steady::now();
            for (const auto& row : rows)
                if (row.appointment.appointment.status == AppointmentStatus::Arrived)
                    seen.try_emplace("arrived " + row.appointment.appointment.id, now);
        };
        auto first = clinic->worklist(b.day, Language::En, staff, ClinicData::Read::Lookup);
        if (!first) {
            deskErrors.fetch_add(1);
            return;
        }
        noteArrivals(*first);
        std::string open;  // the patient whose prompt is open
        auto nextAction = Steady::now() + std::chrono::milliseconds(random() % 5000);
        auto nextPoll = Steady::now() + 1s;
        while (!stopDesks) {
            const auto now = Steady::now();
            if (now >= nextPoll) {
                nextPoll = now + 1s;
                for (const std::string& number : clinic->takeCalls())
                    seen.try_emplace("call " + number, now);
                auto changed = clinic->changed();
                if (!changed) {
                    deskErrors.fetch_add(1);
                } else if (*changed) {
                    deskRefreshes.fetch_add(1);
                    auto rows =
                        clinic->worklist(b.day, Language::En, staff, ClinicData::Read::Refresh);
                    if (rows)
                        noteArrivals(*rows);
                    else
                        deskErrors.fetch_add(1);
                    if (!open.empty() && !clinic->prompt(open, Audience::Desk, Language::En, staff,
                                                         ClinicData::Read::Refresh))
                        deskErrors.fetch_add(1);
                }
            }
            if (now >= nextAction && !stop) {
                nextAction = now + std::chrono::milliseconds(2000 + random() % 6000);
                open = b.deskMrns[random() % b.deskMrns.size()];
                auto prompt = clinic->prompt(open, Audience::Desk, Language::En, staff,
                                             ClinicData::Read::Lookup);
                deskReads.fetch_add(1);
                if (!prompt) {
                    deskErrors.fetch_add(1);
                } else if (prompt->state == PromptState::SmallBalance && !prompt->suppressedUntil &&
                           random() % 4 == 0) {
                    ReminderInput reminder;
                    reminder.mrn = open;
                    reminder.channel = Channel::Desk;
                    reminder.outcome = ReminderOutcome::WillPayAtDesk;
                    reminder.staffId = staff;
                    if (!clinic->recordReminder(reminder)) deskErrors.fetch_add(1);
                    deskOutcomes.fetch_add(1);
                }
            }
            std::this_thread::sleep_for(20ms);
        }
    }
};

void soakStep(Bench& b) {
    Soak soak(b);
    soak.seenAt.resize(static_cast<std::size_t>(b.settings.desks));
    std::vector<std::unique_ptr<ClinicData>> desks;
    for (int d = 0; d < b.settings.desks; ++d) {
        RemoteClinicOptions options;
        options.credentialPath =
            b.server->enroll(b.station("bench-desk-" + std::to_string(d)), StationRole::Desk);
        auto clinic = connectClinicData(options);
        if (!clinic) {
            std::fprintf(stderr, "desk %d: %s\n", d, clinic.error().message.c_str());
            ++b.failures;
            return;
        }
        desks.push_back(std::move(*clinic));
    }
    std::vector<StationClient> kiosks;
    for (int k = 0; k < b.settings.kiosks; ++k)
        kiosks.push_back(
            b.server->client(b.station("bench-kiosk-" + std::to_string(k)), StationRole::Kiosk));

    const auto pbxCredential =
        readCredential(b.server->enroll(b.station("bench-pbx"), StationRole::Pbx));
    if (!pbxCredential) {
        std::fprintf(stderr, "%s\n", pbxCredential.error().message.c_str());
        ++b.failures;
        return;
    }

    const auto start = Steady::now();
    std::vector<std::thread> threads;
    threads.emplace_back([&] { soak.pbx(pbxCredential->token); });
    for (int d = 0; d < b.settings.desks; ++d)
        threads.emplace_back(
            [&, d] { soak.desk(d, std::move(desks[static_cast<std::size_t>(d)])); });
    for (int k = 0; k < b.settings.kiosks; ++k)
        threads.emplace_back(
            [&, k] { soak.kiosk(k, std::move(kiosks[static_cast<std::size_t>(k)])); });
    std::this_thread::sleep_for(std::chrono::seconds(b.settings.soakSeconds));
    soak.stop = true;
    // the desks go on watching, so that the last check-ins are seen as the others were
    std::this_thread::sleep_for(std::chrono::milliseconds(b.settings.seenWithinMs) + 1s);
    soak.stopDesks = true;
    for (auto& t : threads) t.join();
    const double seconds = msSince(start) / 1000.0;

    std::printf("soak: %d desks, %d kiosks, a phone system, %.1f s\n", b.settings.desks,
                b.settings.kiosks, seconds);
    std::printf("  kiosks: %d identifies, %d check-ins, %d errors\n", soak.identifies.load(),
                soak.checkins.load(), soak.kioskErrors.load());
    std::printf("  desks: %d prompts opened, %d outcomes, %d refreshes after a change, %d errors\n",
                soak.deskReads.load(), soak.deskOutcomes.load(), soak.deskRefreshes.load(),
                soak.deskErrors.load());
    std::printf("  phone system: %d calls, %d errors\n", soak.calls.load(), soak.pbxErrors.load());
    b.failures += soak.deskErrors.load() + soak.kioskErrors.load() + soak.pbxErrors.load();
    // how long each desk took to show each check-in and each call
    const auto limit = static_cast<double>(b.settings.seenWithinMs);
    for (const std::string kind : {"arrived ", "call "}) {
        std::vector<double> delays;
        int unseen = 0;
        for (const auto& [what, at] : soak.madeAt) {
            if (what.rfind(kind, 0) != 0) continue;
            for (const auto& seen : soak.seenAt) {
                const auto it = seen.find(what);
                if (it == seen.end()) {
                    ++unseen;
                    continue;
                }
                // a desk may read it before the maker's thread noted the answer
                delays.push_back(std::max(0.0, msSince(at, it->second)));
            }
        }
        const int late = static_cast<int>(
            std::count_if(delays.begin(), delays.end(), [&](double ms) { return ms > limit; }));
        printSpread(
            kind == "call " ? "  a call to its pop on a desk" : "  check-in to arrived on a desk",
            delays);
        std::printf("    later than %d ms: %d, never seen: %d\n", b.settings.seenWithinMs, late,
                    unseen);
        b.failures += late + unseen;
    }
}

}  // namespace

// Only CLI11's parse errors are expected here.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
    CLI::App app{"frontdesk_station_bench: the clinic server under kiosks and desks"};
    Bench b;
    Settings& s = b.settings;
    app.add_option("--db", s.db, "A copy of the clinic (it is written to)")->required();
    app.add_option("--as-of", s.asOf, "The day with appointments");
    app.add_option("--dir", s.dir, "Where the server's log and the credentials go");
    app.add_option("--identifies", s.identifies, "Timed kiosk identifies");
    app.add_option("--prompts", s.prompts, "Timed desk prompts (one client)");
    app.add_option("--clients", s.clients, "Clients of the load step");
    app.add_option("--load-seconds", s.loadSeconds, "Length of the load step");
    app.add_option("--desks", s.desks, "Desks of the soak");
    app.add_option("--kiosks", s.kiosks, "Kiosks of the soak");
    app.add_option("--soak-seconds", s.soakSeconds, "Length of the soak");
    app.add_option("--seen-within", s.seenWithinMs, "Milliseconds for a check-in to reach a desk");
    app.add_option("--only", s.only, "Steps, comma-separated: identify,prompt,load,wrk,soak");
    app.add_flag("--demo", s.demo, "Build the 2,000-patient demo clinic at --db first (smoke)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    auto day = parseDate(s.asOf);
    if (!day) {
        std::fprintf(stderr, "--as-of: %s\n", day.error().message.c_str());
        return 2;
    }
    b.day = *day;
    b.folder = s.dir;
    std::filesystem::remove_all(b.folder);
    std::filesystem::create_directories(b.folder);
    if (s.demo) {
        std::filesystem::remove(s.db);
        if (auto built = test::buildDemoClinicFile(s.db, b.day); !built) {
            std::fprintf(stderr, "%s\n", built.error().message.c_str());
            return 2;
        }
    }
    {
        auto store = Store::open(s.db);
        if (!store) {
            std::fprintf(stderr, "%s\n", store.error().message.c_str());
            return 2;
        }
        auto visitors = test::kioskVisitors(*store, b.day);
        auto booked = test::bookedVisitors(*store, b.day);
        auto patients = test::deskPatients(*store, b.day);
        if (!visitors || !booked || !patients || visitors->empty() || patients->empty()) {
            std::fprintf(stderr, "no patients to identify on %s\n", s.asOf.c_str());
            return 2;
        }
        b.kioskVisitors = std::move(*visitors);
        b.booked = std::move(*booked);
        for (const auto& p : *patients) b.deskMrns.push_back(p.mrn);
        std::printf(
            "%s on %s: %zu appointments, %zu patients known by name and birth date "
            "alone, %zu patients for the desks\n",
            s.db.c_str(), s.asOf.c_str(), b.booked.size(), b.kioskVisitors.size(),
            b.deskMrns.size());
    }
    b.server = std::make_unique<test::StationServer>(s.db, b.day, b.folder);
    if (s.wants("identify")) identifyStep(b);
    if (s.wants("prompt")) promptStep(b);
    if (s.wants("load")) loadStep(b);
    if (s.wants("wrk")) wrkStep(b);
    if (s.wants("soak")) soakStep(b);
    std::printf("failures: %d\n", b.failures);
    return b.failures == 0 ? 0 : 1;
}
