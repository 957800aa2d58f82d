// frontdesk visitors: today's visitors with what the kiosk needs to check each one in (name,
// birth date as typed on the keypad, appointment code) and their prompt state, for trying
// the kiosk on a demo clinic.
#include <cstdio>

#include "frontdesk/demo/demo.h"
#include "frontdesk/store/lookup.h"
#include "session.h"

namespace frontdesk::cli {
namespace {

// The birth date as an English-speaking patient types it on the kiosk's keypad.
std::string keypadDate(Date d) {
    char out[16];
    std::snprintf(out, sizeof out, "%02d/%02d/%04d", d.month(), d.day(), d.year());
    return out;
}

struct Visitor {
    BalanceLookup::WorklistRow row;
    Patient patient;
};

// The day's appointments (an audited worklist read) with their patients.
Result<std::vector<Visitor>> visitorsOf(Session& s) {
    BalanceLookup lookup(s.store, s.config.policy);
    auto rows = lookup.worklist(s.asOf, Language::En, s.asOf, s.staff);
    if (!rows) return tl::unexpected(rows.error());
    std::vector<Visitor> out;
    for (auto& row : *rows) {
        auto patient = s.store.findPatient(row.appointment.appointment.mrn);
        if (!patient) return tl::unexpected(patient.error());
        if (*patient) out.push_back({std::move(row), std::move(**patient)});
    }
    return out;
}

nlohmann::json visitorsJson(const std::vector<Visitor>& visitors, Date day) {
    nlohmann::json list = nlohmann::json::array();
    for (const Visitor& v : visitors) {
        const Appointment& a = v.row.appointment.appointment;
        list.push_back({{"time", a.start.substr(11)},
                        {"appointment_code", a.id},
                        {"mrn", a.mrn},
                        {"family_name", v.patient.familyName},
                        {"given_name", v.patient.givenName},
                        {"birth_date", v.patient.birthDate.iso()},
                        {"status", toString(a.status)},
                        {"state", toString(v.row.prompt.state)}});
    }
    return {{"date", day.iso()}, {"visitors", list}};
}

void printVisitors(const std::vector<Visitor>& visitors, Date day, const std::string& db) {
    std::printf("Today's visitors, %s (%s)\n", day.iso().c_str(), db.c_str());
    std::printf(
        "Check in at the kiosk with the last name (or the code) and the birth date\n"
        "(typed month/day/year in English, day/month/year in Spanish and Romanian).\n\n");
    std::printf("%-5s  %-10s  %-28s  %-10s  %-10s  %s\n", "time", "code", "patient", "born",
                "status", "prompt");
    for (const Visitor& v : visitors) {
        const Appointment& a = v.row.appointment.appointment;
        const std::string name = v.patient.givenName + " " + v.patient.familyName;
        std::printf("%-5s  %-10s  %s  %-10s  %-10s  %s\n", a.start.substr(11).c_str(), a.id.c_str(),
                    column(name, 28).c_str(), keypadDate(v.patient.birthDate).c_str(),
                    std::string(toString(a.status)).c_str(),
                    std::string(toString(v.row.prompt.state)).c_str());
    }
}

}  // namespace

void addVisitors(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto* cmd = app.add_subcommand(
        "visitors", "Today's visitors with name, birth date, appointment code and prompt state");
    addCommonOptions(*cmd, *options, {.json = true, .staff = true});
    cmd->footer(
        "Without --db: the built-in demo clinic the kiosk and desk open (made for the "
        "as-of date when it has no visitors that day).");
    cmd->callback([options, &exitCode] {
        if (options->db.empty()) {
            auto config = loadConfig(options->config);
            if (!config) return void(exitCode = reportError(config.error()));
            const auto fixed = parseAsOf(options->asOf);
            if (!fixed) return void(exitCode = reportError(fixed.error()));
            options->db = builtInDemoPath();
            auto ready =
                prepareDemoClinic(options->db, asOfOrToday(*fixed, config->clinic.timeZone));
            if (!ready) return void(exitCode = reportError(ready.error()));
        }
        exitCode = withSession(*options, [&](Session& s) {
            auto visitors = visitorsOf(s);
            if (!visitors) return reportError(visitors.error());
            if (s.json)
                printJson(visitorsJson(*visitors, s.asOf));
            else
                printVisitors(*visitors, s.asOf, s.dbPath);
            return kExitOk;
        });
    });
}

}  // namespace frontdesk::cli
