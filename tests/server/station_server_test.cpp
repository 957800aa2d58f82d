// frontdesk-server as a real process on 127.0.0.1: stations enroll, present their credential,
// and may do what their role allows and nothing else.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "demo_visitors.h"
#include "frontdesk/config/config.h"
#include "frontdesk/demo/demo.h"
#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/station/station_client.h"
#include "frontdesk/station/stations.h"
#include "frontdesk/store/lookup.h"
#include "frontdesk/store/patient_json.h"
#include "frontdesk/store/patient_search.h"
#include "processes.h"
#include "raw_sqlite.h"

using namespace frontdesk;
using frontdesk::reliability::fileText;
using frontdesk::reliability::freePort;
using frontdesk::reliability::Process;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const Date kToday = *parseDate("2026-03-16");

UnixSeconds nowS() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A demo clinic in a private folder, with frontdesk-server processes on it.
struct ServerClinic {
    fs::path dir;
    fs::path db;
    std::vector<std::unique_ptr<Process>> servers;
    std::vector<int> ports;

    ServerClinic() {
        static int n = 0;
        dir = fs::temp_directory_path() /
              ("frontdesk-server-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::create_directories(dir);
        db = dir / "clinic.db";
        auto store = Store::open(db);
        DemoOptions demo;
        demo.patients = 300;
        demo.asOf = kToday;
        REQUIRE(buildDemoClinic(*store, demo));
    }
    ~ServerClinic() {
        servers.clear();
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }

    // Starts one more server process on the database; its port.
    int start() {
        const int port = freePort();
        const auto log = dir / ("server-" + std::to_string(servers.size()) + ".log");
        servers.push_back(std::make_unique<Process>(
            std::vector<std::string>{FRONTDESK_SERVER, "--db", db.string(), "--listen",
                                     "127.0.0.1:" + std::to_string(port), "--as-of", kToday.iso(),
                                     "--no-ehr-auth"},
            log));
        httplib::Client probe("127.0.0.1", port);
        for (int i = 0; i < 200; ++i) {
            if (auto res = probe.Get("/healthz"); res && res->status == 200) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ports.push_back(port);
        return port;
    }

    Store store() { return std::move(*Store::open(db)); }

    // A station added and enrolled over HTTP; its token.
    std::string enrolled(const std::string& name, StationRole role, int port) {
        auto s = store();
        auto code = s.addStation(name, role, "front", nowS());
        REQUIRE(code);
        httplib::Client c("127.0.0.1", port);
        auto res = c.Post("/v1/enroll", json{{"code", code->code}}.dump(), "application/json");
        REQUIRE(res);
        REQUIRE(res->status == 200);
        return json::parse(res->body).at("token").get<std::string>();
    }

    std::string logs() const {
        std::string all;
        for (std::size_t i = 0; i < servers.size(); ++i)
            all += fileText(dir / ("server-" + std::to_string(i) + ".log"));
        return all;
    }
};

httplib::Headers bearer(const std::string& token, const std::string& key = {}) {
    httplib::Headers h{{"Authorization", "Bearer " + token}};
    if (!key.empty()) h.emplace("Idempotency-Key", key);
    return h;
}

int statusOf(const httplib::Result& res) {
    return res ? res->status : -1;
}

test::DemoVisitor firstKioskVisitor(ServerClinic& clinic, bool withBalance) {
    auto s = clinic.store();
    auto visitors = test::kioskVisitors(s, kToday);
    REQUIRE(visitors);
    for (const auto& v : *visitors)
        if ((v.state != PromptState::None) == withBalance) return v;
    FAIL("no kiosk visitor of that kind in the demo clinic");
    return {};
}

}  // namespace

TEST_CASE(
    "a station enrolls once with its code, and a wrong, reused or revoked credential is "
    "refused",
    "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    auto s = clinic.store();
    auto code = s.addStation("desk-1", StationRole::Desk, "front", nowS());
    REQUIRE(code);

    CHECK(statusOf(c.Post("/v1/enroll", json{{"code", "AAAA-BBBB-CCCC"}}.dump(),
                          "application/json")) == 403);
    CHECK(statusOf(c.Post("/v1/enroll", "{\"code\": 7}", "application/json")) == 400);
    auto res = c.Post("/v1/enroll", json{{"code", code->code}}.dump(), "application/json");
    REQUIRE(statusOf(res) == 200);
    const json credential = json::parse(res->body);
    CHECK(credential.at("station") == "desk-1");
    CHECK(credential.at("role") == "desk");
    const std::string token = credential.at("token");
    CHECK(statusOf(c.Post("/v1/enroll", json{{"code", code->code}}.dump(), "application/json")) ==
          403);

    res = c.Get("/v1/station", bearer(token));
    REQUIRE(statusOf(res) == 200);
    const json station = json::parse(res->body);
    CHECK(station.at("station") == "desk-1");
    CHECK(station.at("role") == "desk");
    CHECK(station.at("location") == "front");
    // what a desk shows of the clinic, and the server's date
    CHECK(station.at("clinic") == json{{"name", "Front Desk Demo Clinic"},
                                       {"time_zone", ""},
                                       {"today", kToday.iso()},
                                       {"largest_entry", "1000000.00"},
                                       {"desk_posts_payments", true}});
    CHECK(statusOf(c.Get("/v1/station")) == 401);
    CHECK(statusOf(c.Get("/v1/station", bearer("fds_garbage"))) == 401);
    CHECK(statusOf(c.Get("/v1/station", {{"Authorization", "Basic " + token}})) == 401);

    REQUIRE(s.revokeStation("desk-1", nowS()));
    res = c.Get("/v1/station", bearer(token));
    CHECK(statusOf(res) == 401);
    CHECK(res->get_header_value("WWW-Authenticate").find("Bearer") == 0);
    const std::string logs = clinic.logs();
    CHECK(logs.find(token) == std::string::npos);
    CHECK(logs.find(code->code) == std::string::npos);
}

TEST_CASE("each role may use its endpoints and gets 403 on the others", "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const auto visitor = firstKioskVisitor(clinic, true);
    const std::map<StationRole, std::string> tokens{
        {StationRole::Kiosk, clinic.enrolled("kiosk-1", StationRole::Kiosk, port)},
        {StationRole::Desk, clinic.enrolled("desk-1", StationRole::Desk, port)},
        {StationRole::Phone, clinic.enrolled("phone-1", StationRole::Phone, port)},
        {StationRole::Pbx, clinic.enrolled("pbx-1", StationRole::Pbx, port)},
        {StationRole::Admin, clinic.enrolled("admin-1", StationRole::Admin, port)},
    };
    const std::string identify =
        json{{"family_name", "Nobody"}, {"birth_date", "1990-01-01"}}.dump();
    for (const auto& [role, token] : tokens) {
        INFO(toString(role));
        const bool staff =
            role == StationRole::Desk || role == StationRole::Phone || role == StationRole::Admin;
        CHECK(statusOf(c.Get("/v1/station", bearer(token))) == 200);
        CHECK(statusOf(c.Get("/v1/worklist", bearer(token))) == (staff ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/changes", bearer(token))) == (staff ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/patients/" + visitor.mrn + "/prompt", bearer(token))) ==
              (staff ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/patients?q=" + urlEncoded(visitor.familyName), bearer(token))) ==
              (staff ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/patients?phone=5550100", bearer(token))) == (staff ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/patients/" + visitor.mrn, bearer(token))) == (staff ? 200 : 403));
        CHECK(statusOf(c.Post("/v1/patients/" + visitor.mrn + "/reminders", bearer(token, "k1"),
                              json{{"outcome", "promised"}}.dump(), "application/json")) ==
              (staff ? 201 : 403));
        CHECK(statusOf(c.Post("/v1/kiosk/identify", bearer(token), identify, "application/json")) ==
              (role == StationRole::Kiosk ? 404 : 403));
        // the manager's view: admin stations only
        const bool admin = role == StationRole::Admin;
        CHECK(statusOf(c.Get("/v1/policy", bearer(token))) == (admin ? 200 : 403));
        CHECK(statusOf(c.Get("/v1/report?from=2026-03-01&to=2026-03-16", bearer(token))) ==
              (admin ? 200 : 403));
        CHECK(statusOf(c.Post("/v1/whatif", bearer(token),
                              json{{"policy", "[writeoff]\nmax = \"5.00\"\n"}}.dump(),
                              "application/json")) == (admin ? 200 : 403));
    }
    // a kiosk's 404 is the same for every miss and says nothing more
    auto res = c.Post("/v1/kiosk/identify", bearer(tokens.at(StationRole::Kiosk)), identify,
                      "application/json");
    REQUIRE(res);
    CHECK(json::parse(res->body) == json{{"error", "not_found"}});
}

TEST_CASE(
    "a kiosk checks a patient in through the server and sees no more than the kiosk "
    "shows",
    "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const std::string kiosk = clinic.enrolled("kiosk-1", StationRole::Kiosk, port);
    const auto v = firstKioskVisitor(clinic, true);

    auto res = c.Post("/v1/kiosk/identify", bearer(kiosk),
                      json{{"family_name", v.familyName}, {"birth_date", v.birthDate.iso()}}.dump(),
                      "application/json");
    REQUIRE(statusOf(res) == 200);
    const json found = json::parse(res->body);
    CHECK(found.at("first_name") == v.givenName);
    REQUIRE(found.at("appointments").size() == 1);
    CHECK(found.at("appointments")[0].at("id") == v.appointmentId);
    for (const char* secret : {"mrn", "family_name", "birth_date", "balance_cents"})
        CHECK_FALSE(found.contains(secret));
    CHECK(res->body.find(v.familyName) == std::string::npos);
    const std::string handle = found.at("checkin");

    // a check-in needs its idempotency key; with it a retry gets the same answer, once
    const std::string path = "/v1/kiosk/visits/" + handle + "/checkin";
    const std::string body = json{{"appointment", v.appointmentId}, {"language", "es"}}.dump();
    CHECK(statusOf(c.Post(path, bearer(kiosk), body, "application/json")) == 400);
    res = c.Post(path, bearer(kiosk, "checkin-1"), body, "application/json");
    REQUIRE(statusOf(res) == 200);
    const json prompt = json::parse(res->body);
    CHECK(prompt.at("remind") == true);
    CHECK_FALSE(prompt.at("answers").empty());
    auto again = c.Post(path, bearer(kiosk, "checkin-1"), body, "application/json");
    REQUIRE(statusOf(again) == 200);
    CHECK(again->body == res->body);
    CHECK(again->get_header_value("Idempotent-Replayed") == "true");

    const std::string answer = "/v1/kiosk/visits/" + handle + "/answer";
    const std::string outcome = prompt.at("answers")[0];
    CHECK(statusOf(c.Post(answer, bearer(kiosk, "answer-1"), json{{"outcome", "paid"}}.dump(),
                          "application/json")) == 400);
    for (int i = 0; i < 2; ++i)
        CHECK(statusOf(c.Post(answer, bearer(kiosk, "answer-2"), json{{"outcome", outcome}}.dump(),
                              "application/json")) == 200);
    // the visit is over: the handle is forgotten
    CHECK(statusOf(c.Post(answer, bearer(kiosk, "answer-3"), json{{"outcome", outcome}}.dump(),
                          "application/json")) == 404);

    auto s = clinic.store();
    auto appointment = s.findAppointment(v.appointmentId);
    REQUIRE(appointment);
    CHECK((*appointment)->status == AppointmentStatus::Arrived);
    BalanceLookup lookup(s, Policy{});
    auto after = lookup.prompt(v.mrn, Audience::Desk, Language::En, kToday, "test");
    REQUIRE(after);
    REQUIRE(after->lastReminder);
    CHECK(after->lastReminder->channel == Channel::Kiosk);
    CHECK(toString(after->lastReminder->outcome) == outcome);

    const std::string logs = clinic.logs();
    for (const std::string& secret : {v.familyName, v.givenName, v.birthDate.iso(), kiosk, handle})
        CHECK(logs.find(secret) == std::string::npos);
}

TEST_CASE("the kiosk lock-out is counted in the database, shared by two server processes",
          "[server]") {
    ServerClinic clinic;
    const int first = clinic.start();
    const int second = clinic.start();
    const std::string kiosk = clinic.enrolled("kiosk-1", StationRole::Kiosk, first);
    const auto v = firstKioskVisitor(clinic, false);
    const std::string wrong =
        json{{"family_name", v.familyName}, {"birth_date", "1901-01-01"}}.dump();
    const std::string right =
        json{{"family_name", v.familyName}, {"birth_date", v.birthDate.iso()}}.dump();
    httplib::Client a("127.0.0.1", first);
    httplib::Client b("127.0.0.1", second);
    // kiosk.max_failed_tries is 3: misses alternate between the two servers, and the third
    // locks the kiosk at once
    CHECK(statusOf(a.Post("/v1/kiosk/identify", bearer(kiosk), wrong, "application/json")) == 404);
    CHECK(statusOf(b.Post("/v1/kiosk/identify", bearer(kiosk), wrong, "application/json")) == 404);
    CHECK(statusOf(a.Post("/v1/kiosk/identify", bearer(kiosk), wrong, "application/json")) == 429);
    for (httplib::Client* c : {&a, &b}) {
        auto res = c->Post("/v1/kiosk/identify", bearer(kiosk), right, "application/json");
        REQUIRE(statusOf(res) == 429);
        CHECK(std::stoi(res->get_header_value("Retry-After")) > 0);
    }
}

TEST_CASE("the desk's prompt through the server is the local prompt", "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const std::string desk = clinic.enrolled("desk-1", StationRole::Desk, port);
    const std::string phone = clinic.enrolled("phone-1", StationRole::Phone, port);
    auto s = clinic.store();
    auto visitors = test::bookedVisitors(s, kToday);
    REQUIRE(visitors);
    std::set<PromptState> states;
    BalanceLookup lookup(s, Policy{});
    for (const auto& v : *visitors) {
        if (!states.insert(v.state).second) continue;
        INFO(v.mrn << " " << toString(v.state));
        for (const auto& [token, audience] :
             {std::pair{desk, Audience::Desk}, std::pair{phone, Audience::Phone}}) {
            auto local = lookup.prompt(v.mrn, audience, Language::En, kToday, "test");
            REQUIRE(local);
            auto res = c.Get("/v1/patients/" + v.mrn + "/prompt", bearer(token));
            REQUIRE(statusOf(res) == 200);
            CHECK(json::parse(res->body) == promptToJson(*local));
        }
    }
    CHECK(states.size() >= 3);
    CHECK(statusOf(c.Get("/v1/patients/NO-SUCH/prompt", bearer(desk))) == 404);
    // a path segment is decoded on its own: an MRN with a '/' is still one MRN
    auto slash = c.Get("/v1/patients/NO%2FSUCH/prompt", bearer(desk));
    REQUIRE(statusOf(slash) == 404);
    CHECK(json::parse(slash->body).at("message") == "no patient with this MRN");
}

TEST_CASE("the desk's search and a caller's patients through the server are the local ones",
          "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const std::string desk = clinic.enrolled("desk-1", StationRole::Desk, port);
    const auto visitor = firstKioskVisitor(clinic, true);
    auto s = clinic.store();
    const Patient patient = **s.findPatient(visitor.mrn);
    BalanceLookup lookup(s, Policy{});

    // a search by family name: every match, each with its desk prompt
    auto found =
        searchPatients(s, parsePatientQuery(patient.familyName, DateOrder::MonthFirst), 50);
    REQUIRE(found);
    std::vector<std::string> mrns;
    for (const Patient& p : found->patients) mrns.push_back(p.mrn);
    auto prompts = lookup.prompts(mrns, Audience::Desk, Language::En, kToday, "test", "test",
                                  BalanceLookup::Read::Refresh);
    REQUIRE(prompts);
    auto res = c.Get("/v1/patients?q=" + urlEncoded(patient.familyName), bearer(desk));
    REQUIRE(statusOf(res) == 200);
    auto remote = patientListFromJson(json::parse(res->body));
    REQUIRE(remote);
    REQUIRE(remote->rows.size() == found->patients.size());
    CHECK(remote->truncated == found->truncated);
    for (std::size_t i = 0; i < found->patients.size(); ++i) {
        CHECK(remote->rows[i].patient == found->patients[i]);
        CHECK(promptToJson(remote->rows[i].prompt) == promptToJson((*prompts)[i]));
    }

    // a caller's number: the patients with it, with their phone prompts
    REQUIRE_FALSE(patient.phoneDigits.empty());
    res = c.Get("/v1/patients?phone=" + patient.phoneDigits, bearer(desk));
    REQUIRE(statusOf(res) == 200);
    remote = patientListFromJson(json::parse(res->body));
    REQUIRE(remote);
    REQUIRE_FALSE(remote->rows.empty());
    bool listed = false;
    for (const auto& row : remote->rows) {
        CHECK(row.patient.phoneDigits == patient.phoneDigits);
        CHECK(row.prompt.audience == Audience::Phone);
        listed = listed || row.patient.mrn == patient.mrn;
    }
    CHECK(listed);

    // one patient; the wrong questions
    res = c.Get("/v1/patients/" + patient.mrn, bearer(desk));
    REQUIRE(statusOf(res) == 200);
    CHECK(patientFromJson(json::parse(res->body).at("patient")).value() == patient);
    CHECK(statusOf(c.Get("/v1/patients/NO-SUCH", bearer(desk))) == 404);
    CHECK(statusOf(c.Get("/v1/patients", bearer(desk))) == 400);
    CHECK(statusOf(c.Get("/v1/patients?q=a&phone=1", bearer(desk))) == 400);
    CHECK(statusOf(c.Get("/v1/patients?q=a&dates=ymd", bearer(desk))) == 400);
    // a search, or a caller's number, that matches nobody: an empty list at once, and the
    // server goes on answering (its request thread used to wait for good on an audit batch
    // of no rows)
    c.set_read_timeout(5, 0);
    for (const char* nobody :
         {"/v1/patients?q=0", "/v1/patients?q=Zzyzxq", "/v1/patients?phone=5550000000"}) {
        res = c.Get(nobody, bearer(desk));
        REQUIRE(statusOf(res) == 200);
        CHECK(json::parse(res->body).at("patients").empty());
    }
    CHECK(statusOf(c.Get("/v1/patients?q=" + urlEncoded(patient.familyName), bearer(desk))) == 200);
    // the search is audited as the station's lookup
    test::RawDb raw(clinic.db);
    CHECK(raw.integer("SELECT count(*) FROM audit WHERE actor = 'desk-1' AND action = 'search'") >
          0);
}

TEST_CASE("a desk books through the server by the core's rules, an overlap only anyway",
          "[server]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const std::string desk = clinic.enrolled("desk-1", StationRole::Desk, port);
    const std::string kiosk = clinic.enrolled("kiosk-1", StationRole::Kiosk, port);
    auto s = clinic.store();
    // a booked appointment of one patient, and another patient to book beside it
    const auto visitor = firstKioskVisitor(clinic, false);
    const Appointment booked = s.appointmentsOf(visitor.mrn, kToday)->front();
    std::string other;
    const auto today = s.appointmentsOn(kToday);  // outlives the loop
    REQUIRE(today);
    for (const auto& row : *today)
        if (row.appointment.mrn != visitor.mrn) other = row.appointment.mrn;
    REQUIRE_FALSE(other.empty());
    const json request{{"mrn", other},
                       {"start", booked.start},
                       {"duration_min", 15},
                       {"provider", booked.provider},
                       {"location", "Room 9"}};
    const auto post = [&](const std::string& path, const json& body, const std::string& key) {
        return c.Post(path, bearer(desk, key), body.dump(), "application/json");
    };

    // the check says what booking would overlap, and stores nothing
    auto res = post("/v1/appointments/check", request, "");
    REQUIRE(statusOf(res) == 200);
    json answer = json::parse(res->body);
    REQUIRE(answer.at("overlaps").size() >= 1);
    CHECK(answer.at("overlaps")[0].at("same_provider") == true);
    CHECK(res->body.find(visitor.mrn) == std::string::npos);  // the other patient is not named
    CHECK(res->body.find(visitor.familyName) == std::string::npos);
    const auto before = s.appointmentsOn(kToday)->size();

    res = post("/v1/appointments", request, "book-1");
    REQUIRE(statusOf(res) == 409);
    CHECK(json::parse(res->body).at("error") == "overlaps");
    CHECK(s.appointmentsOn(kToday)->size() == before);

    json anyway = request;
    anyway["anyway"] = true;
    res = post("/v1/appointments", anyway, "book-2");
    REQUIRE(statusOf(res) == 201);
    answer = json::parse(res->body);
    CHECK(answer.at("appointment").at("mrn") == other);
    CHECK(answer.at("appointment").at("status") == "booked");
    CHECK(s.appointmentsOn(kToday)->size() == before + 1);
    res = post("/v1/appointments", anyway, "book-2");  // a retry after a lost answer
    REQUIRE(statusOf(res) == 201);
    CHECK(s.appointmentsOn(kToday)->size() == before + 1);

    // the rules, each named; no key; another role
    res = post("/v1/appointments",
               {{"mrn", "NOBODY"}, {"start", "2026-13-01T25:00"}, {"duration_min", 0}}, "book-3");
    REQUIRE(statusOf(res) == 400);
    std::set<std::string> rules;
    const json refused = json::parse(res->body);
    for (const json& p : refused.at("problems")) rules.insert(p.at("rule"));
    CHECK(rules ==
          std::set<std::string>{"mrn", "start_date", "start_time", "duration_min", "provider"});
    CHECK(statusOf(post("/v1/appointments", anyway, "")) == 400);
    CHECK(statusOf(c.Post("/v1/appointments", bearer(kiosk, "k"), anyway.dump(),
                          "application/json")) == 403);
}

namespace {

using frontdesk::reliability::Ran;
using frontdesk::reliability::runFrontdesk;

// `frontdesk <args>` to its end, with its output (stdout and stderr).
Ran cli(ServerClinic& clinic, const std::vector<std::string>& args) {
    return runFrontdesk(args, clinic.dir);
}

// Enrolls a station with `frontdesk station add` and `frontdesk enroll`; its credential file.
std::string enrolledWithCli(ServerClinic& clinic, const std::string& name, const std::string& role,
                            int port) {
    const Ran added =
        cli(clinic, {"station", "add", name, "--role", role, "--db", clinic.db.string(), "--json"});
    REQUIRE(added.ok());
    const std::string code = json::parse(added.output).at("enrollment_code");
    std::string file = (clinic.dir / "stations" / (name + ".json")).string();
    const Ran enrolled =
        cli(clinic, {"enroll", "--server", "http://127.0.0.1:" + std::to_string(port), "--code",
                     code, "--credential", file});
    INFO(enrolled.output);
    REQUIRE(enrolled.ok());
    return file;
}

}  // namespace

TEST_CASE("the command line as a station prints exactly what it prints on the database",
          "[server][cli]") {
    ServerClinic clinic;
    const int port = clinic.start();
    const std::string desk = enrolledWithCli(clinic, "desk-1", "desk", port);
    CHECK((fs::status(desk).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(fs::path(desk).parent_path()).permissions() & fs::perms::all) ==
          fs::perms::owner_all);
    const json credential = json::parse(fileText(desk));
    CHECK(credential.at("station") == "desk-1");
    CHECK(credential.at("role") == "desk");
    CHECK(credential.at("server") == "http://127.0.0.1:" + std::to_string(port));

    auto s = clinic.store();
    auto visitors = test::bookedVisitors(s, kToday);
    REQUIRE(visitors);
    const std::vector<std::string> local{"--db", clinic.db.string(), "--as-of", kToday.iso()};
    const std::vector<std::string> remote{"--credential", desk, "--as-of", kToday.iso()};
    const auto both = [&](const std::vector<std::string>& args) {
        auto l = args;
        l.insert(l.end(), local.begin(), local.end());
        auto r = args;
        r.insert(r.end(), remote.begin(), remote.end());
        const Ran a = cli(clinic, l);
        const Ran b = cli(clinic, r);
        INFO(a.output << "\n---\n" << b.output);
        CHECK(a.ok());
        CHECK(b.ok());
        CHECK(a.output == b.output);
    };
    std::set<PromptState> states;
    for (const auto& v : *visitors) {
        if (!states.insert(v.state).second) continue;
        both({"prompt", v.mrn, "--for", "desk"});
        both({"prompt", v.mrn, "--for", "phone", "--lang", "es", "--json"});
        both({"balance", v.mrn});
    }
    CHECK(states.size() >= 3);
    both({"worklist"});
    both({"worklist", "--json", "--lang", "ro"});

    // writes: the reminder is recorded once, on the server's date
    const std::string mrn = visitors->front().mrn;
    const Ran reminded = cli(clinic, {"remind", mrn, "--channel", "desk", "--outcome", "promised",
                                      "--credential", desk});
    CHECK(reminded.ok());
    CHECK(reminded.output == "Recorded promised (desk) on " + kToday.iso() + ".\n");
    // a desk station may not post ledger entries: exit 2 with the reason
    const Ran refused = cli(clinic, {"post", "patient_payment", mrn, "0.50", "--credential", desk});
    CHECK(refused.ending.code == 2);
    CHECK(refused.output.find("does not allow") != std::string::npos);
    const std::string admin = enrolledWithCli(clinic, "admin-1", "admin", port);
    const Ran posted = cli(clinic, {"post", "patient_payment", mrn, "0.50", "--credential", admin,
                                    "--as-of", kToday.iso(), "--json"});
    INFO(posted.output);
    REQUIRE(posted.ok());
    const json entry = json::parse(posted.output);
    CHECK(entry.at("amount_cents") == 50);
    const Ran balance = cli(
        clinic, {"balance", mrn, "--json", "--db", clinic.db.string(), "--as-of", kToday.iso()});
    CHECK(json::parse(balance.output).at("balance_cents") == entry.at("balance_cents"));

    // a revoked credential: exit 2; the server gone: exit 3
    REQUIRE(cli(clinic, {"station", "revoke", "desk-1", "--db", clinic.db.string()}).ok());
    const Ran revoked = cli(clinic, {"prompt", mrn, "--for", "desk", "--credential", desk});
    CHECK(revoked.ending.code == 2);
    CHECK(revoked.output.find("refused this station's credential") != std::string::npos);
    clinic.servers.clear();
    const Ran gone = cli(clinic, {"worklist", "--credential", admin});
    CHECK(gone.ending.code == 3);
    CHECK(gone.output.find("cannot be reached") != std::string::npos);
}

TEST_CASE("frontdesk enroll refuses a wrong or used code and writes nothing", "[server][cli]") {
    ServerClinic clinic;
    const int port = clinic.start();
    const std::string url = "http://127.0.0.1:" + std::to_string(port);
    const std::string file = (clinic.dir / "cred.json").string();
    const Ran wrong =
        cli(clinic, {"enroll", "--server", url, "--code", "AAAA-BBBB-CCCC", "--credential", file});
    CHECK(wrong.ending.code == 2);
    CHECK(wrong.output.find("wrong, already used or expired") != std::string::npos);
    CHECK_FALSE(fs::exists(file));
    const Ran insecure = cli(clinic, {"enroll", "--server", "http://192.0.2.1:8443", "--code",
                                      "AAAA-BBBB-CCCC", "--credential", file});
    CHECK(insecure.ending.code == 2);
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE(
    "the manager's report and what-if through the server are the database's, without "
    "patients",
    "[server][reports]") {
    ServerClinic clinic;
    const int port = clinic.start();
    httplib::Client c("127.0.0.1", port);
    const std::string admin = clinic.enrolled("manager-1", StationRole::Admin, port);
    auto s = clinic.store();

    // the report: the database's report, but for the lists that name patients
    auto res = c.Get("/v1/report?from=2025-04-01&to=2026-03-16", bearer(admin));
    REQUIRE(statusOf(res) == 200);
    const json served = json::parse(res->body);
    auto report = makeReport(s, Policy{}, *parseDate("2025-04-01"), kToday);
    REQUIRE(report);
    json expected = reportJson(*report);
    REQUIRE(expected["statements"]["statements"].size() > 0);
    std::vector<std::string> named;  // the patients the database's report names
    for (const json& line : expected["statements"]["statements"]) named.push_back(line["mrn"]);
    for (const json& line : expected["refunds_due"]) named.push_back(line["mrn"]);
    expected["statements"].erase("statements");
    expected.erase("refunds_due");
    CHECK(served == expected);
    CHECK(res->body.find("\"mrn\"") == std::string::npos);
    for (const std::string& mrn : named)
        CHECK(res->body.find('"' + mrn + '"') == std::string::npos);
    auto back = reportFromJson(served);
    REQUIRE(back);
    CHECK(reportJson(*back, PatientLines::Omit) == served);

    // the what-if: the candidate's side is the dry runs' under it
    const std::string toml =
        "[small_balance]\nmax = \"20.00\"\n[writeoff]\nmax = \"19.99\"\n"
        "min_age_days = 30\nmin_reminders = 0\n";
    res = c.Post("/v1/whatif", bearer(admin), json{{"policy", toml}}.dump(), "application/json");
    REQUIRE(statusOf(res) == 200);
    auto compared = whatIfFromJson(json::parse(res->body));
    REQUIRE(compared);
    auto candidate = parsePolicy(toml, "test");
    REQUIRE(candidate);
    auto writeoffs = planWriteoffs(s, *candidate, kToday);
    auto statements = planStatements(s, *candidate, kToday);
    auto current = planWriteoffs(s, Policy{}, kToday);
    REQUIRE(writeoffs);
    REQUIRE(statements);
    REQUIRE(current);
    CHECK(compared->asOf == kToday);
    CHECK(compared->candidate.writeoffAccounts == writeoffs->accounts.size());
    CHECK(compared->candidate.writeoffTotal == writeoffs->total);
    CHECK(compared->candidate.writeoffAccounts > compared->current.writeoffAccounts);
    CHECK(compared->current.writeoffAccounts == current->accounts.size());
    CHECK(compared->candidate.statements.statementCount == statements->statementCount);
    CHECK(compared->candidate.statements.costSaved == statements->costSaved);

    // wrong requests: refused, saying what was wrong
    res = c.Post("/v1/whatif", bearer(admin),
                 json{{"policy", "[writeoff]\nmax = \"50.00\"\n"}}.dump(), "application/json");
    REQUIRE(statusOf(res) == 400);
    CHECK(json::parse(res->body)["message"].get<std::string>().find("writeoff.max") !=
          std::string::npos);
    CHECK(statusOf(c.Post("/v1/whatif", bearer(admin), json{{"policy", 5}}.dump(),
                          "application/json")) == 400);
    res = c.Get("/v1/report?from=2026-03-01", bearer(admin));
    REQUIRE(statusOf(res) == 400);
    CHECK(json::parse(res->body)["message"].get<std::string>().find("to") != std::string::npos);
    CHECK(statusOf(c.Get("/v1/report?from=2026-02-30&to=2026-03-16", bearer(admin))) == 400);
    CHECK(statusOf(c.Get("/v1/report?from=2026-03-10&to=2026-03-01", bearer(admin))) == 400);
    CHECK(statusOf(c.Get("/v1/report?from=2026-03-01&to=2026-03-17", bearer(admin))) == 400);
    // the policy in force, as policy.toml text that reads back equal
    res = c.Get("/v1/policy", bearer(admin));
    REQUIRE(statusOf(res) == 200);
    auto inForce = parsePolicy(json::parse(res->body)["policy"].get<std::string>(), "served");
    REQUIRE(inForce);
    CHECK(*inForce == Policy{});
}
