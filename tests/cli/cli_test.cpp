// The admin command line's contracts: commands, exit codes and JSON keys (docs/cli.md).
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_scratch.h"
#include "fake_ehr.h"
#include "frontdesk/config/config.h"

namespace fs = std::filesystem;

namespace {

using frontdesk::test::Run;
using frontdesk::test::Scratch;
using frontdesk::test::slurp;

const char* kPatients =
    "mrn,family_name,given_name,birth_date,phone,language,guarantor_mrn\n"
    "1001,Lee,Maria,1980-04-02,(555) 010-2000,en,\n"
    "1002,Lee,Sam,2012-09-30,555-010-2000,en,1001\n";

const char* kLedger =
    "entry_id,mrn,posted_on,kind,amount,memo\n"
    "e1,1001,2026-10-01,charge_patient,7.50,copay\n"
    "e2,1002,2026-10-01,charge_patient,40.00,visit\n";

Scratch seeded() {
    Scratch s;
    REQUIRE(s.on("import patients " + s.write("patients.csv", kPatients)).exit == 0);
    REQUIRE(s.on("import ledger " + s.write("ledger.csv", kLedger)).exit == 0);
    return s;
}

}  // namespace

TEST_CASE("prompt --json prints every key of the documented contract", "[cli]") {
    const Scratch s = seeded();
    const Run r = s.on("prompt 1001 --for desk --json");
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    std::set<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.insert(k);
    for (const char* key : {"mrn",
                            "state",
                            "amount_cents",
                            "mention_now",
                            "kiosk_said",
                            "paid_awaiting_posting_since",
                            "balance_cents",
                            "insurance_pending_cents",
                            "family_balance_cents",
                            "written_off_cents",
                            "currency",
                            "oldest_open_on",
                            "age_days",
                            "aging_cents",
                            "reminders",
                            "last_reminder",
                            "suppressed_until",
                            "writeoff_eligible",
                            "refund_due_by",
                            "script",
                            "as_of"}) {
        INFO(key);
        CHECK(keys.count(key) == 1);
    }
    CHECK(j["state"] == "small_balance");
    CHECK(j["amount_cents"] == 750);
    CHECK(j["mention_now"] == true);
    CHECK(j["kiosk_said"].is_null());
    CHECK(j["balance_cents"] == 750);
    CHECK(j["family_balance_cents"] == 4750);
    CHECK(j["currency"] == "USD");
    CHECK(j["oldest_open_on"] == "2026-10-01");
    CHECK(j["age_days"] == 56);
    CHECK(j["aging_cents"]["31_60"] == 750);
    for (const char* bucket : {"0_30", "31_60", "61_90", "91_120", "over_120"})
        CHECK(j["aging_cents"].contains(bucket));
    CHECK(j["last_reminder"].is_null());
    CHECK(j["suppressed_until"].is_null());
    CHECK(j["refund_due_by"].is_null());
    CHECK(j["as_of"] == "2026-11-26");
}

TEST_CASE("a reminder recorded on the command line starts the desk cooldown", "[cli]") {
    const Scratch s = seeded();
    REQUIRE(s.on("remind 1001 --channel phone --outcome promised --staff ana").exit == 0);
    const auto j = s.on("prompt 1001 --for desk --json").json();
    CHECK(j["last_reminder"]["on"] == "2026-11-26");
    CHECK(j["last_reminder"]["channel"] == "phone");
    CHECK(j["last_reminder"]["outcome"] == "promised");
    CHECK(j["suppressed_until"] == "2026-12-10");
    CHECK(s.on("prompt 1001 --for kiosk --json").json()["suppressed_until"].is_null());
}

TEST_CASE("post takes accounting and negative amounts and reports the new balance", "[cli]") {
    const Scratch s = seeded();
    auto r = s.on("post patient_payment 1001 2.50 --json");
    REQUIRE(r.exit == 0);
    CHECK(r.json()["balance_cents"] == 500);
    r = s.on("post patient_adjustment 1001 \"(1.00)\" --json");
    REQUIRE(r.exit == 0);
    CHECK(r.json()["balance_cents"] == 400);
    r = s.on("post patient_adjustment 1001 -1.00 --json");
    REQUIRE(r.exit == 0);
    CHECK(r.json()["balance_cents"] == 300);
}

TEST_CASE("bad usage and bad input exit 2 and change nothing", "[cli]") {
    const Scratch s = seeded();
    CHECK(s.run("no-such-command").exit == 2);
    CHECK(s.on("prompt 1001").exit == 2);  // --for is required
    CHECK(s.on("prompt 1001 --for lobby").exit == 2);
    CHECK(s.on("prompt 9999 --for desk").exit == 2);
    CHECK(s.run("prompt 1001 --for desk --db " + s.db() + " --as-of 2026-13-01").exit == 2);
    const Run bad = s.on("post patient_payment 1001 12,5O");
    CHECK(bad.exit == 2);
    CHECK(bad.err.find("'12,5O' is not money") != std::string::npos);
    CHECK(s.on("post small_balance_writeoff 1001 1.00").exit == 2);
    CHECK(s.on("remind 1001 --channel desk --outcome maybe").exit == 2);
    CHECK(s.on("balance 1001 --json").json()["balance_cents"] == 750);
}

TEST_CASE("an import with errors lists each as file:line and exits 2", "[cli]") {
    const Scratch s = seeded();
    const std::string file = s.write("bad.csv",
                                     "entry_id,mrn,posted_on,kind,amount\n"
                                     "e9,1001,2026-11-01,charge_patient,abc\n"
                                     "e10,7777,2026-11-01,charge_patient,1.00\n");
    const Run r = s.on("import ledger " + file + " --json");
    CHECK(r.exit == 2);
    const auto errors = r.json()["errors"];
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].get<std::string>().rfind("bad.csv:2:", 0) == 0);
    CHECK(errors[1].get<std::string>().rfind("bad.csv:3:", 0) == 0);
    CHECK(s.on("balance 1001 --json").json()["balance_cents"] == 750);
}

TEST_CASE("verify exits 0 on a sound database and 1 when a summary disagrees", "[cli]") {
    const Scratch s = seeded();
    CHECK(s.on("verify").exit == 0);
    const std::string tamper = "sqlite3 " + s.db() +
                               " \"UPDATE patient_summary SET balance_cents = 1 WHERE "
                               "patient_id = (SELECT id FROM patient WHERE mrn = '1001')\"";
    REQUIRE(std::system(tamper.c_str()) == 0);
    const Run r = s.on("verify --json");
    CHECK(r.exit == 1);
    CHECK_FALSE(r.json()["ok"].get<bool>());
}

TEST_CASE("a database from a newer version is refused with exit 3", "[cli]") {
    const Scratch s = seeded();
    REQUIRE(std::system(("sqlite3 " + s.db() + " \"PRAGMA user_version = 99\"").c_str()) == 0);
    const Run r = s.on("balance 1001");
    CHECK(r.exit == 3);
    CHECK(r.err.find("newer") != std::string::npos);
}

TEST_CASE("the demo clinic is the same for the same seed and fills a worklist", "[cli]") {
    const Scratch a;
    const Scratch b;
    REQUIRE(a.on("demo --patients 300 --seed 7 --json").exit == 0);
    REQUIRE(b.on("demo --patients 300 --seed 7 --json").exit == 0);
    const auto wa = a.on("worklist --json").json();
    const auto wb = b.on("worklist --json").json();
    CHECK(wa == wb);
    CHECK(wa["date"] == "2026-11-26");
    CHECK(wa["appointments"].size() >= 12);
    CHECK(wa["appointments"][0].contains("prompt"));
    CHECK(a.on("demo --patients 300").exit == 2);  // not into a clinic that has patients
    CHECK(a.on("demo --patients 300 --replace").exit == 0);
}

TEST_CASE("writeoffs is a dry run unless --post, and --post is idempotent", "[cli]") {
    const Scratch s;
    REQUIRE(s.on("import patients " + s.write("p.csv", kPatients)).exit == 0);
    REQUIRE(s.on("import ledger " + s.write("l.csv",
                                            "entry_id,mrn,posted_on,kind,amount\n"
                                            "old,1001,2026-06-01,charge_patient,4.00\n"))
                .exit == 0);
    for (const char* day : {"2026-07-01", "2026-08-01"})
        REQUIRE(
            s.run("remind 1001 --channel desk --outcome shown --db " + s.db() + " --as-of " + day)
                .exit == 0);
    auto dry = s.on("writeoffs --json").json();
    CHECK(dry["count"] == 1);
    CHECK(dry["total_cents"] == 400);
    CHECK_FALSE(dry["posted"].get<bool>());
    CHECK(s.on("writeoffs --post --json").json()["posted"].get<bool>());
    CHECK(s.on("writeoffs --post --json").json()["count"] == 0);
    CHECK(s.on("prompt 1001 --for desk --json").json()["state"] == "written_off_collectable");
    const auto paid = s.on("post patient_payment 1001 4.00 --json").json();
    CHECK(paid["reversed_cents"] == 400);
    CHECK(paid["balance_cents"] == 0);
    CHECK(s.on("verify").exit == 0);
}

TEST_CASE("config/policy.toml in the repository holds exactly the documented defaults",
          "[cli][config]") {
    const auto loaded =
        frontdesk::loadConfig(fs::path(FRONTDESK_SOURCE_DIR) / "config/policy.toml");
    REQUIRE(loaded);
    const frontdesk::Policy d;
    const frontdesk::Policy& p = loaded->policy;
    CHECK(p.currency == d.currency);
    CHECK(p.smallBalanceMax == d.smallBalanceMax);
    CHECK(p.kioskShowAmount == d.kioskShowAmount);
    CHECK(p.cooldownDays == d.cooldownDays);
    CHECK(p.writeoffMax == d.writeoffMax);
    CHECK(p.writeoffMinAgeDays == d.writeoffMinAgeDays);
    CHECK(p.writeoffMinReminders == d.writeoffMinReminders);
    CHECK(p.costPerStatement == d.costPerStatement);
    CHECK(p.statementMinCostMultiple == d.statementMinCostMultiple);
    CHECK(p.creditRefundAtOrAbove == d.creditRefundAtOrAbove);
    CHECK(p.creditRefundWithinDays == d.creditRefundWithinDays);
    CHECK(p.creditApplyNextVisitWithinDays == d.creditApplyNextVisitWithinDays);
    CHECK(p.creditDormancyDays == d.creditDormancyDays);
    CHECK(p.largestEntry == d.largestEntry);
    CHECK(loaded->clinic.name == "Front Desk Demo Clinic");
}

TEST_CASE("sync refuses a missing or insecure FHIR base and a bad token file with exit 2",
          "[cli][sync]") {
    Scratch s;
    const Run none = s.on("sync");
    CHECK(none.exit == 2);
    CHECK(none.err.find("--fhir-base") != std::string::npos);
    const Run plain = s.on("sync --fhir-base http://ehr.example/fhir");
    CHECK(plain.exit == 2);
    CHECK(plain.err.find("loopback") != std::string::npos);
    const std::string empty = s.write("empty.token", "\n");
    const Run token = s.on("sync --fhir-base https://ehr.example/fhir --token-file " + empty);
    CHECK(token.exit == 2);
    CHECK(token.err.find("empty.token: the token file is empty") != std::string::npos);
}

TEST_CASE("sync that cannot reach the EHR exits 1 with the summary so far", "[cli][sync]") {
    Scratch s;
    const std::string token = s.write("ehr.token", "tok-do-not-print\n");
    // port 9 (discard) on loopback: nothing listens there in a test environment
    const Run r = s.on("sync --json --fhir-base http://127.0.0.1:9/fhir --token-file " + token);
    CHECK(r.exit == 1);
    const auto j = r.json();
    CHECK(j["finished"] == false);
    CHECK(j["patients"]["created"] == 0);
    CHECK(j["stopped_by"].get<std::string>().find("GET /fhir/Patient") != std::string::npos);
    CHECK(r.out.find("tok-do-not-print") == std::string::npos);
    CHECK(r.err.find("tok-do-not-print") == std::string::npos);
}

TEST_CASE("sync gives up a check-in of an Appointment the EHR no longer has: exit 0, a warning",
          "[cli][sync]") {
    Scratch s;
    frontdesk::test::FakeEhr ehr;
    nlohmann::json patient = frontdesk::test::patient("p1", "1001", 1);
    patient["identifier"][0]["system"] = frontdesk::FhirSettings{}.mrnSystem;
    ehr.put(patient);
    ehr.put(frontdesk::test::appointment("ap1", "p1", 2));
    const std::string base = " --fhir-base " + ehr.server.base();
    REQUIRE(s.on("sync --quiet" + base).exit == 0);
    {
        auto store = frontdesk::Store::open(s.db());
        REQUIRE(store->setAppointmentStatus("ap1", frontdesk::AppointmentStatus::Arrived));
    }
    ehr.remove("Appointment", "ap1", true);

    const Run r = s.on("sync --checkins-only --json" + base);
    CHECK(r.exit == 0);
    const auto j = r.json();
    CHECK(j["checkins"] == nlohmann::json{{"sent", 0}, {"to_retry", 0}, {"given_up", 1}});
    REQUIRE(j["warnings"].size() == 1);
    CHECK(j["warnings"][0]["type"] == "Appointment");
    CHECK(j["warnings"][0]["id"] == "ap1");
    CHECK(j["warnings"][0]["reason"].get<std::string>().find("given up") != std::string::npos);
    CHECK(r.err.find("warning Appointment/ap1: HTTP 410") != std::string::npos);
    const Run again = s.on("sync --checkins-only" + base);
    CHECK(again.exit == 0);
    CHECK(again.out == "Check-ins: 0 sent, 0 to retry, 0 given up\n");

    const Run full = s.on("sync --json --quiet" + base);  // the appointment is gone as well
    CHECK(full.exit == 0);
    const auto f = full.json();
    CHECK(f["checkins"]["given_up"] == 0);
    REQUIRE(f["warnings"].size() == 1);
    CHECK(f["warnings"][0]["reason"] == "the EHR no longer has it: cancelled here");
    CHECK(f["skipped"].empty());
}

TEST_CASE("visitors lists today's visitors with what the kiosk needs to check them in", "[cli]") {
    const Scratch s;
    REQUIRE(s.on("demo --patients 300").exit == 0);
    const Run r = s.on("visitors --json");
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    CHECK(j["date"] == "2026-11-26");
    REQUIRE(j["visitors"].size() > 0);
    for (const auto& v : j["visitors"]) {
        for (const char* key : {"time", "appointment_code", "mrn", "family_name", "given_name",
                                "birth_date", "status", "state"})
            CHECK(v.contains(key));
    }
    const Run text = s.on("visitors");
    CHECK(text.exit == 0);
    const std::string first = j["visitors"][0]["family_name"];
    CHECK(text.out.find(first) != std::string::npos);
    CHECK(text.out.find(std::string(j["visitors"][0]["appointment_code"])) != std::string::npos);
}

TEST_CASE("visitors without --db opens the built-in demo clinic the kiosk opens", "[cli]") {
    const Scratch s;
    const std::string data = (s.dir / "data").string();
    const std::string env = "env XDG_DATA_HOME=" + data + " ";
    const int status = std::system(
        (env + FRONTDESK_CLI + " visitors --as-of 2026-11-26 --json >" + (s.dir / "o").string())
            .c_str());
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(fs::exists(fs::path(data) / "frontdesk" / "demo-clinic.db"));
    CHECK(nlohmann::json::parse(slurp(s.dir / "o"))["visitors"].size() > 0);
}

TEST_CASE("whatif: each side is what writeoffs and statements answer under that policy",
          "[cli][whatif]") {
    const Scratch s;
    const std::string day = " --as-of 2026-11-26";
    REQUIRE(s.run("demo --db " + s.db() + day).exit == 0);
    const std::vector<std::string> settings{"small_balance.max=20.00", "writeoff.max=19.99",
                                            "writeoff.min_age_days=30",
                                            "statements.cost_per_statement=9.00"};
    std::string sets;
    for (const auto& setting : settings) sets += " --set " + setting;
    const auto w = s.on("whatif --json" + sets).json();
    CHECK(w["as_of"] == "2026-11-26");
    for (const char* key : {"current", "candidate"})
        for (const char* field : {"policy", "writeoff_count", "writeoff_cents", "statement_count",
                                  "statement_cost_cents", "statement_total_cents",
                                  "suppressed_small", "suppressed_written_off", "cost_saved_cents",
                                  "prompted_patients", "prompt_states", "credits"})
            CHECK(w[key].contains(field));
    CHECK(w.contains("credits_changing_state"));

    // the candidate adopted as the clinic's policy file: the dry runs agree with its side
    const auto candidate = frontdesk::policyWith(frontdesk::Policy{}, settings);
    REQUIRE(candidate);
    const std::string policyFile = s.write("candidate.toml", frontdesk::policyToml(*candidate));
    const std::map<std::string, std::string> runs{{"current", ""},
                                                  {"candidate", " --config " + policyFile}};
    for (const auto& [side, config] : runs) {
        INFO(side);
        const auto writeoffs = s.on("writeoffs --json" + config).json();
        CHECK(w[side]["writeoff_count"] == writeoffs["count"]);
        CHECK(w[side]["writeoff_cents"] == writeoffs["total_cents"]);
        const auto statements = s.on("statements --json" + config).json();
        CHECK(w[side]["statement_count"] == statements["statement_count"]);
        CHECK(w[side]["statement_total_cents"] == statements["statement_total_cents"]);
        CHECK(w[side]["cost_saved_cents"] == statements["cost_saved_cents"]);
        const auto report = s.on("report --json --from 2026-11-26 --to 2026-11-26" + config).json();
        CHECK(w[side]["credits"] == report["credits"]);
    }
    CHECK(w["candidate"]["statement_cost_cents"].get<long>() ==
          900 * w["candidate"]["statement_count"].get<long>());
    CHECK(w["candidate"]["writeoff_count"].get<long>() >
          w["current"]["writeoff_count"].get<long>());
    CHECK(w["candidate"]["policy"]["writeoff.max"] == "19.99");
    CHECK(w["current"]["policy"]["writeoff.max"] == "9.99");
}

TEST_CASE("whatif refuses an unknown key or a bad value with exit 2, naming it", "[cli][whatif]") {
    const Scratch s;
    REQUIRE(s.run("demo --db " + s.db() + " --as-of 2026-11-26").exit == 0);
    const auto unknown = s.on("whatif --set writeoff.maxx=3");
    CHECK(unknown.exit == 2);
    CHECK_THAT(unknown.err, Catch::Contains("writeoff.maxx is not a policy setting"));
    const auto bad = s.on("whatif --set writeoff.min_age_days=soon");
    CHECK(bad.exit == 2);
    CHECK_THAT(bad.err, Catch::Contains("writeoff.min_age_days must be a whole number"));
    const auto rule = s.on("whatif --set writeoff.max=14.99");
    CHECK(rule.exit == 2);
    CHECK_THAT(rule.err, Catch::Contains("is above small_balance.max"));
    CHECK(s.on("whatif").exit == 2);  // nothing to try
    CHECK(s.on("verify").exit == 0);
}

TEST_CASE("statements --record keeps each day's run once, and the report counts them by month",
          "[cli][report]") {
    const Scratch s;
    REQUIRE(s.run("demo --db " + s.db() + " --as-of 2026-11-26").exit == 0);
    const auto on = [&](const std::string& args, const std::string& day) {
        return s.run(args + " --db " + s.db() + " --as-of " + day);
    };
    // the demo records a run on each 1st; the test's runs, on other days, come on top
    CHECK(s.sql("SELECT count(*) FROM statement_run") == "12\n");
    const auto demo = s.on("report --json --from 2026-09-01 --to 2026-11-26").json();
    REQUIRE(demo["statement_runs"]["runs"] == 3);
    // two mailings, in October and in November; the dry run records nothing
    const auto plan = on("statements --json", "2026-10-05").json();
    CHECK(plan["recorded"] == false);
    const auto october = on("statements --record --json", "2026-10-05");
    REQUIRE(october.exit == 0);
    const auto o = october.json();
    CHECK(o["recorded"] == true);
    CHECK(o["statement_count"] == plan["statement_count"]);
    const auto november = on("statements --record", "2026-11-20");
    REQUIRE(november.exit == 0);
    CHECK_THAT(november.out, Catch::Contains("Recorded as the statement run of 2026-11-20."));
    const auto n = on("statements --json", "2026-11-20").json();
    // the same day again: refused, exit 2, the first record kept
    const auto again = on("statements --record", "2026-11-20");
    CHECK(again.exit == 2);
    CHECK_THAT(again.err, Catch::Contains("the statement run of 2026-11-20 is already recorded"));
    CHECK(s.sql("SELECT count(*) FROM statement_run") == "14\n");

    const auto report = s.on("report --json --from 2026-09-01 --to 2026-11-26").json();
    const auto& runs = report["statement_runs"];
    const auto& before = demo["statement_runs"];
    CHECK(runs["runs"] == 5);
    CHECK(runs["statement_count"].get<long>() == before["statement_count"].get<long>() +
                                                     o["statement_count"].get<long>() +
                                                     n["statement_count"].get<long>());
    CHECK(runs["cost_saved_cents"].get<long>() == before["cost_saved_cents"].get<long>() +
                                                      o["cost_saved_cents"].get<long>() +
                                                      n["cost_saved_cents"].get<long>());
    CHECK(o["cost_saved_cents"].get<long>() > 0);
    const auto& months = report["months"];
    REQUIRE(months.size() == 3);
    // September: the demo's run alone; October and November: the demo's and the test's
    CHECK(months[0]["statement_runs"] == demo["months"][0]["statement_runs"]);
    const auto& inOctober = months[1]["statement_runs"];
    const auto& demoOctober = demo["months"][1]["statement_runs"];
    CHECK(inOctober["runs"] == 2);
    for (const char* key :
         {"statement_count", "suppressed_small", "suppressed_balance_cents", "cost_saved_cents"})
        CHECK(inOctober[key].get<long>() == demoOctober[key].get<long>() + o[key].get<long>());
    CHECK(months[2]["statement_runs"]["cost_saved_cents"].get<long>() ==
          demo["months"][2]["statement_runs"]["cost_saved_cents"].get<long>() +
              n["cost_saved_cents"].get<long>());
}

TEST_CASE("report --csv writes each table as a private CSV file with the --json figures",
          "[cli][report]") {
    const Scratch s;
    REQUIRE(s.run("demo --db " + s.db() + " --as-of 2026-11-26").exit == 0);
    const std::string period = " --from 2026-09-01 --to 2026-11-26";
    const auto folder = s.dir / "reports" / "november";
    // a folder that is there already, open to others: made private
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms(0755));
    // a staff id a spreadsheet would take for a formula is written as text
    const std::string mrn = s.sql("SELECT mrn FROM patient ORDER BY id LIMIT 1");
    REQUIRE(s.on("remind " + mrn.substr(0, mrn.find('\n')) +
                 " --channel desk --outcome shown --staff '=SUM(A1)'")
                .exit == 0);
    const auto ran = s.on("report --json --csv " + folder.string() + period);
    REQUIRE(ran.exit == 0);
    const auto json = ran.json();
    const auto modeOf = [](const fs::path& p) {
        return static_cast<unsigned>(fs::status(p).permissions() & fs::perms::all);
    };
    CHECK(modeOf(folder) == 0700);
    std::map<std::string, std::vector<std::string>> lines;
    for (const char* name : {"summary.csv", "reminders.csv", "reminders_by_staff.csv",
                             "credits.csv", "refunds_due.csv", "statements.csv", "months.csv"}) {
        INFO(name);
        REQUIRE(fs::exists(folder / name));
        CHECK(modeOf(folder / name) == 0600);
        std::istringstream text(slurp(folder / name));
        for (std::string line; std::getline(text, line);) {
            REQUIRE_FALSE(line.empty());
            CHECK(line.back() == '\r');
            line.pop_back();
            lines[name].push_back(line);
        }
    }
    CHECK(fs::directory_iterator(folder) != fs::directory_iterator());
    const auto& summary = lines["summary.csv"];
    const auto value = [&](const std::string& figure) {
        for (const auto& line : summary)
            if (line.rfind(figure + ",", 0) == 0) return line.substr(figure.size() + 1);
        return std::string("(missing)");
    };
    const auto dollars = [](const nlohmann::json& cents) {
        char text[32];
        const long c = cents.get<long>();
        std::snprintf(text, sizeof text, "%s%ld.%02ld", c < 0 ? "-" : "", std::labs(c) / 100,
                      std::labs(c) % 100);
        return std::string(text);
    };
    CHECK(summary.front() == "figure,value");
    CHECK(value("from") == "2026-09-01");
    CHECK(value("reminded_patients") == json["reminded_patients"].dump());
    CHECK(value("reminded_patients_who_paid") == json["reminded_patients_who_paid"].dump());
    CHECK(value("paid_within_30_days") == dollars(json["paid_within_30_days_cents"]));
    CHECK(value("written_off") == dollars(json["written_off_cents"]));
    CHECK(value("recovered_after_writeoff") == dollars(json["recovered_after_writeoff_cents"]));
    CHECK(value("statement_count") == json["statements"]["statement_count"].dump());
    CHECK(value("cost_saved") == dollars(json["statements"]["cost_saved_cents"]));
    CHECK(lines["reminders.csv"].size() == json["reminders"].size() + 1);
    CHECK(lines["reminders_by_staff.csv"].size() == json["reminders_by_staff"].size() + 1);
    // the payments after reminders by channel add up to them; so do the reminders by staff
    long byChannel = 0;
    for (const char* channel : {"kiosk", "desk", "phone"}) {
        const auto& cents = json["paid_within_30_days_by_channel_cents"][channel];
        byChannel += cents.get<long>();
        CHECK(value(std::string("paid_within_30_days_") + channel) == dollars(cents));
    }
    CHECK(byChannel == json["paid_within_30_days_cents"].get<long>());
    CHECK(byChannel > 0);
    long reminded = 0, byStaff = 0;
    for (const auto& r : json["reminders"]) reminded += r["count"].get<long>();
    for (const auto& r : json["reminders_by_staff"]) byStaff += r["count"].get<long>();
    CHECK(byStaff == reminded);
    CHECK(lines["credits.csv"].size() == json["credits"].size() + 1);
    CHECK(lines["refunds_due.csv"].size() == json["refunds_due"].size() + 1);
    CHECK(lines["statements.csv"].size() == json["statements"]["statements"].size() + 1);
    // a month a line: September to November
    REQUIRE(lines["months.csv"].size() == 4);
    CHECK(lines["months.csv"][1].rfind(
              "2026-09-01,2026-09-30," + json["months"][0]["reminded_patients"].dump() + ",", 0) ==
          0);
    CHECK(lines["months.csv"][3].rfind("2026-11-01,2026-11-26,", 0) == 0);
    CHECK(json["reminders"].size() > 0);  // the demo clinic has something in each table
    CHECK(json["credits"].size() > 0);
    bool quoted = false;
    for (const auto& line : lines["reminders_by_staff.csv"])
        quoted = quoted || line == "'=SUM(A1),shown,1";
    CHECK(quoted);
    // no temporary file left
    for (const auto& entry : fs::directory_iterator(folder))
        CHECK(entry.path().filename().string().front() != '.');

    // a folder that cannot be made: exit 2, nothing written
    s.write("a-file", "x");
    const auto refused = s.on("report --csv " + (s.dir / "a-file" / "sub").string() + period);
    CHECK(refused.exit == 2);
    CHECK_THAT(refused.err, Catch::Contains("--csv"));
}
