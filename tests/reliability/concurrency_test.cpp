// Concurrency: for FRONTDESK_RELIABILITY_SECONDS (default 20) writers and readers work on one
// demo clinic at once, as a practice's programs do: `frontdesk remind` and `frontdesk post`
// processes, kiosk check-ins from threads of this process (the kiosk's own calls into the
// core), and a real frontdesk-hooks answering patient-view calls and recording feedback over
// HTTP on 127.0.0.1; `frontdesk prompt` and `frontdesk worklist` processes read. No one sees
// an error (no "database is locked", no 503), and every write a writer saw succeed is in the
// database at the end: nothing lost, nothing counted twice.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <functional>
#include <mutex>
#include <random>
#include <thread>

#include "frontdesk/store/store.h"
#include "processes.h"
#include "raw_sqlite.h"
#include "test_store.h"

using namespace frontdesk;
using namespace frontdesk::reliability;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kAsOf = "2026-11-26";

// What the workers saw go wrong, for the report.
class Problems {
public:
    void add(const std::string& what) {
        std::lock_guard lock(m_mutex);
        if (m_seen.size() < 20) m_seen.push_back(what);
        ++m_count;
    }
    int count() const { return m_count; }
    std::string text() const {
        std::string all;
        for (const auto& s : m_seen) all += s + "\n";
        return all;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_seen;
    std::atomic<int> m_count{0};
};

struct Workload {
    test::TempDir dir;
    fs::path db = dir.file("clinic.db");
    std::vector<std::string> quiet;   // patients the remind processes write to
    std::vector<std::string> owing;   // patients the EHR gives cards and feedback for
    std::vector<std::string> visits;  // today's booked appointments, to check in
    std::chrono::steady_clock::time_point end;
    Problems problems;
    std::atomic<int> cliReminders{0}, payments{0}, checkins{0}, kioskReminders{0}, feedback{0};
    std::atomic<int> reads{0}, hookCalls{0};

    bool running() const { return std::chrono::steady_clock::now() < end; }

    // `frontdesk <args>`, counted in `done` when it succeeds; a failure is a problem.
    void cli(std::vector<std::string> args, std::atomic<int>& done) {
        for (const char* a : {"--db", db.c_str(), "--as-of", kAsOf}) args.emplace_back(a);
        const Ran ran = runFrontdesk(args, dir.path());
        if (ran.ok() && ran.output.find("locked") == std::string::npos &&
            ran.output.find("busy") == std::string::npos) {
            ++done;
        } else {
            problems.add("frontdesk " + args.front() + ": exit " + std::to_string(ran.ending.code) +
                         ": " + ran.output);
        }
    }
};

void prepare(Workload& w) {
    const Ran demo = runFrontdesk(
        {"demo", "--patients", "400", "--db", w.db.string(), "--as-of", kAsOf}, w.dir.path());
    INFO(demo.output);
    REQUIRE(demo.ok());
    auto store = Store::open(w.db);
    REQUIRE(store);
    std::vector<std::string> owing;
    REQUIRE(store->forEachOpenSummary([&](const SummaryRow& row) { owing.push_back(row.mrn); }));
    test::RawDb raw(w.db);
    for (const auto& row : raw.rows("SELECT mrn FROM patient ORDER BY mrn")) {
        const bool owes = std::find(owing.begin(), owing.end(), row[0]) != owing.end();
        (owes ? w.owing : w.quiet).push_back(row[0]);
    }
    auto today = store->appointmentsOn(test::day(kAsOf));
    REQUIRE(today);
    for (const auto& a : *today)
        if (a.appointment.status == AppointmentStatus::Booked) w.visits.push_back(a.appointment.id);
    REQUIRE(w.owing.size() > 20);
    REQUIRE(w.visits.size() > 5);
}

// The kiosk's check-in, from a thread of its own with its own connection: the appointment
// arrives and the kiosk records that it showed the balance.
void checkIns(Workload& w, std::size_t first, std::size_t step) {
    auto store = Store::open(w.db);
    if (!store) return w.problems.add("kiosk: " + store.error().message);
    for (std::size_t i = first; i < w.visits.size() && w.running(); i += step) {
        auto appointment = store->findAppointment(w.visits[i]);
        if (!appointment || !*appointment) return w.problems.add("kiosk: appointment lost");
        if (auto ok = store->setAppointmentStatus(w.visits[i], AppointmentStatus::Arrived); !ok)
            return w.problems.add("kiosk: check-in: " + ok.error().message);
        ++w.checkins;
        const ReminderInput shown{(*appointment)->mrn,
                                  test::day(kAsOf),
                                  Channel::Kiosk,
                                  ReminderOutcome::Shown,
                                  "kiosk-1",
                                  "",
                                  {}};
        if (auto ok = store->recordReminder(shown); !ok)
            return w.problems.add("kiosk: reminder: " + ok.error().message);
        ++w.kioskReminders;
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
    }
}

json patientView(const std::string& mrn) {
    return {
        {"hook", "patient-view"},
        {"hookInstance", "reliability"},
        {"context", {{"userId", "Practitioner/1"}, {"patientId", "ehr-" + mrn}}},
        {"prefetch",
         {{"patient",
           {{"resourceType", "Patient"},
            {"id", "ehr-" + mrn},
            {"identifier", {{{"system", "urn:oid:2.16.840.1.113883.19.5"}, {"value", mrn}}}}}}}}};
}

// The answer the phone staff click on a card: its first override reason, else its first
// suggestion.
json answerTo(const json& card) {
    json entry = {{"card", card["uuid"]}, {"outcomeTimestamp", "2026-11-26T10:00:00Z"}};
    if (!card["overrideReasons"].empty()) {
        entry["outcome"] = "overridden";
        entry["overrideReason"] = {{"reason", card["overrideReasons"][0]}};
    } else {
        entry["outcome"] = "accepted";
        entry["acceptedSuggestions"] = {{{"id", card["suggestions"][0]["uuid"]}}};
    }
    return {{"feedback", {entry}}};
}

constexpr const char* kService = "/cds-services/frontdesk-patient-view";

// The EHR: a card for each owing patient in turn, answered with feedback; then plain calls.
void ehrUser(Workload& w, int port, std::size_t first, std::size_t step) {
    httplib::Client http("127.0.0.1", port);
    http.set_read_timeout(30, 0);
    std::mt19937 rng(static_cast<unsigned>(runSeed() + first));
    for (std::size_t i = first; w.running(); i += step) {
        const std::string& mrn = w.owing[i % w.owing.size()];
        const auto asked = std::chrono::steady_clock::now();
        auto res = http.Post(kService, patientView(mrn).dump(), "application/json");
        if (!res || res->status != 200) {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - asked);
            w.problems.add("hooks call after " + std::to_string(ms.count()) + " ms: " +
                           (res ? std::to_string(res->status) + " " + res->body
                                : "no answer: " + httplib::to_string(res.error())));
            continue;
        }
        ++w.hookCalls;
        const json cards = json::parse(res->body)["cards"];
        if (cards.empty() || i >= w.owing.size()) continue;  // answered already
        auto fed = http.Post(std::string(kService) + "/feedback", answerTo(cards[0]).dump(),
                             "application/json");
        if (!fed || fed->status != 200) {
            w.problems.add("hooks feedback: " +
                           (fed ? std::to_string(fed->status) + " " + fed->body
                                : "no answer: " + httplib::to_string(fed.error())));
            continue;
        }
        ++w.feedback;
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 20));
    }
}

// A port nothing listens on. Not httplib::Server::bind_to_any_port: a Server that never
// listened keeps its socket open, with SO_REUSEPORT, so the kernel would share the port's
// connections between that forgotten socket and frontdesk-hooks, and some calls would hang.
bool waitUntilUp(int port) {
    httplib::Client client("127.0.0.1", port);
    for (int i = 0; i < 200; ++i) {
        if (auto res = client.Get("/healthz"); res && res->status == 200) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

struct Counts {
    std::int64_t reminders, payments, arrived;
};
Counts counts(const fs::path& db) {
    test::RawDb raw(db);
    return {raw.integer("SELECT count(*) FROM reminder"),
            raw.integer("SELECT count(*) FROM ledger_entry WHERE kind = 'patient_payment'"),
            raw.integer("SELECT count(*) FROM appointment WHERE status = 'arrived'")};
}

}  // namespace

TEST_CASE("writers and readers at once: no busy error reaches anyone, no write is lost",
          "[reliability][concurrency]") {
    Workload w;
    prepare(w);
    const Counts before = counts(w.db);
    const int port = freePort();
    Process hooks({FRONTDESK_HOOKS, "--db", w.db.string(), "--listen",
                   "127.0.0.1:" + std::to_string(port), "--no-auth", "--as-of", kAsOf},
                  w.dir.file("hooks.log"));
    REQUIRE(waitUntilUp(port));
    std::mt19937 rng(static_cast<unsigned>(runSeed()));
    w.end = std::chrono::steady_clock::now() +
            std::chrono::seconds(setting("FRONTDESK_RELIABILITY_SECONDS", 20));
    // The jobs are gathered first and the threads started from a vector of their final size:
    // GCC 12 at -O3 warns (-Warray-bounds, a false positive) on a vector<thread> that grows.
    std::vector<std::function<void()>> jobs;
    jobs.emplace_back([&w, seed = rng()] {
        std::mt19937 pick(seed);
        while (w.running())
            w.cli({"remind", w.quiet[pick() % w.quiet.size()], "--channel", "desk", "--outcome",
                   "promised"},
                  w.cliReminders);
    });
    jobs.emplace_back([&w, seed = rng()] {
        std::mt19937 pick(seed);
        while (w.running())
            w.cli({"post", "patient_payment", w.owing[pick() % w.owing.size()], "0.50"},
                  w.payments);
    });
    jobs.emplace_back([&w, seed = rng()] {
        std::mt19937 pick(seed);
        while (w.running()) {
            if (pick() % 4 == 0) {
                w.cli({"worklist"}, w.reads);
            } else {
                w.cli({"prompt", w.owing[pick() % w.owing.size()], "--for", "desk"}, w.reads);
            }
        }
    });
    for (std::size_t k = 0; k < 2; ++k) jobs.emplace_back([&w, k] { checkIns(w, k, 2); });
    for (std::size_t k = 0; k < 3; ++k)
        jobs.emplace_back([&w, port, k] { ehrUser(w, port, k, 3); });
    std::vector<std::thread> workers(jobs.size());
    for (std::size_t k = 0; k < jobs.size(); ++k) workers[k] = std::thread(jobs[k]);
    for (auto& t : workers) t.join();
    const Ending stopped = hooks.stop(SIGTERM, std::chrono::seconds(10));
    std::printf(
        "reliability: concurrency: %d remind, %d post, %d check-ins (%d kiosk reminders), "
        "%d feedback, %d hook calls, %d CLI reads\n",
        w.cliReminders.load(), w.payments.load(), w.checkins.load(), w.kioskReminders.load(),
        w.feedback.load(), w.hookCalls.load(), w.reads.load());
    INFO(w.problems.text());
    CHECK(w.problems.count() == 0);
    CHECK(stopped.code == 0);
    const std::string log = fileText(w.dir.file("hooks.log"));
    INFO("frontdesk-hooks' log ends: " << log.substr(log.size() > 3000 ? log.size() - 3000 : 0));
    CHECK(log.find("locked") == std::string::npos);
    CHECK(log.find(" 503") == std::string::npos);
    const Counts after = counts(w.db);
    CHECK(after.reminders - before.reminders == w.cliReminders + w.kioskReminders + w.feedback);
    CHECK(after.payments - before.payments == w.payments);
    CHECK(after.arrived - before.arrived == w.checkins);
    CHECK(w.cliReminders > 0);
    CHECK(w.payments > 0);
    CHECK(w.feedback > 0);
    CHECK(w.reads > 0);
    const Ran verify =
        runFrontdesk({"verify", "--db", w.db.string(), "--as-of", kAsOf}, w.dir.path());
    INFO(verify.output);
    CHECK(verify.ok());
}
