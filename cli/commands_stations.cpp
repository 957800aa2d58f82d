// station add, list, revoke: the clinic server's stations (station/stations.h). Their times come
// from the system clock, read here at the command's edge: --as-of is a date for balances, not a
// clock, and does not change them.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <vector>

#include "session.h"

namespace frontdesk::cli {
namespace {

constexpr const char* kClockNote =
    "Times are UTC from the system clock; --as-of (a date for balances) does not change them.";

// "2026-12-01T18:00:00Z"
std::string isoUtc(UnixSeconds t) {
    const auto seconds = static_cast<std::time_t>(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return out;
}

nlohmann::json timeJson(const std::optional<UnixSeconds>& t) {
    return t ? nlohmann::json(isoUtc(*t)) : nlohmann::json(nullptr);
}

std::string timeText(const std::optional<UnixSeconds>& t) {
    return t ? isoUtc(*t) : "-";
}

Result<StationRole> parseRoleOption(const std::string& text) {
    const auto role = parseStationRole(text);
    if (!role)
        return fail(ErrorCode::BadInput,
                    "--role '" + text + "' is not kiosk, desk, phone, pbx or admin");
    return *role;
}

// What to run on the station's machine with its code: the kiosk enrolls itself; the others
// (the desk until its --server mode comes, the command line, a phone system's helper) keep
// a credential file.
std::string enrollHint(StationRole role, const std::string& code) {
    if (role == StationRole::Kiosk) return "frontdesk-kiosk --server URL --enroll " + code;
    return "frontdesk enroll --server URL --code " + code + " --credential FILE";
}

void printCode(const EnrollmentCode& c, const std::string& location, bool json) {
    if (json) {
        printJson({{"station", c.station},
                   {"role", toString(c.role)},
                   {"enrollment_code", c.code},
                   {"expires_at", isoUtc(c.expiresAt)}});
        return;
    }
    std::cout << "Station '" << c.station << "' added as " << toString(c.role)
              << (location.empty() ? "" : " at " + location) << ".\n"
              << "Its enrollment code, shown only this once:\n\n"
              << "    " << c.code << "\n\n"
              << "It can be used once, until " << isoUtc(c.expiresAt) << " ("
              << kEnrollmentCodeLifetimeS / 3600 << " hours). On the station's machine, run:\n\n"
              << "    " << enrollHint(c.role, c.code) << "\n";
}

struct AddArgs {
    std::string name;
    std::string role;
    std::string location;
    std::string extension;
};

void addAdd(CLI::App& station, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<AddArgs>();
    auto* cmd = station.add_subcommand(
        "add", "Add a station (or give a new code to one not enrolled) and print its code once");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->footer(kClockNote);
    cmd->add_option("name", args->name, "The station's name: letters, digits, '.', '_', '-'")
        ->required();
    cmd->add_option("--role", args->role, "kiosk, desk, phone, pbx or admin")->required();
    cmd->add_option("--location", args->location, "Where the station is, e.g. Lobby");
    cmd->add_option("--extension", args->extension,
                    "A desk's or phone's phone extension: a call the phone system sends for it "
                    "pops on this station only");
    cmd->callback([options, args, &exitCode] {
        // refused before the database is opened: bad input writes nothing
        const auto role = parseRoleOption(args->role);
        if (!role) return void(exitCode = reportError(role.error()));
        if (!isValidStationName(args->name))
            return void(
                exitCode = reportError({ErrorCode::BadInput,
                                        "station name '" + args->name +
                                            "' must be 1 to 64 letters, digits, '.', '_' or '-'"}));
        const UnixSeconds now = systemNow();
        exitCode = withSession(*options, [&](Session& s) {
            auto code = s.store.addStation(args->name, *role, args->location, now, args->extension);
            if (!code) return reportError(code.error());
            printCode(*code, args->location, s.json);
            return kExitOk;
        });
    });
}

nlohmann::json stationsJson(const std::vector<Station>& stations, UnixSeconds now) {
    nlohmann::json list = nlohmann::json::array();
    for (const Station& st : stations)
        list.push_back({{"name", st.name},
                        {"role", toString(st.role)},
                        {"location", st.location},
                        {"extension", st.extension},
                        {"state", stationState(st, now)},
                        {"created_at", isoUtc(st.createdAt)},
                        {"code_expires_at", timeJson(st.codeExpiresAt)},
                        {"enrolled_at", timeJson(st.enrolledAt)},
                        {"revoked_at", timeJson(st.revokedAt)}});
    return list;
}

// Characters, not bytes, of UTF-8 text (a location may have accents).
std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// A table whose columns are as wide as their widest cell.
void printTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], characters(row[i]));
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i)
            line += (i ? "  " : "") + (i + 1 < row.size() ? column(row[i], widths[i]) : row[i]);
        std::cout << line << "\n";
    }
}

void printStations(const std::vector<Station>& stations, UnixSeconds now) {
    if (stations.empty()) {
        std::cout << "No stations. Add one with: frontdesk station add NAME --role "
                     "kiosk|desk|phone|pbx|admin\n";
        return;
    }
    std::vector<std::vector<std::string>> rows{
        {"name", "role", "location", "state", "created", "enrolled", "revoked"}};
    for (const Station& st : stations)
        rows.push_back({st.name, std::string(toString(st.role)),
                        st.location.empty() ? "-" : st.location, stationState(st, now),
                        isoUtc(st.createdAt), timeText(st.enrolledAt), timeText(st.revokedAt)});
    printTable(rows);
}

void addList(CLI::App& station, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto* cmd = station.add_subcommand("list", "The stations, their roles and states");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->footer(kClockNote);
    cmd->callback([options, &exitCode] {
        const UnixSeconds now = systemNow();
        exitCode = withSession(*options, [&](Session& s) {
            auto stations = s.store.stations();
            if (!stations) return reportError(stations.error());
            if (s.json)
                printJson(stationsJson(*stations, now));
            else
                printStations(*stations, now);
            return kExitOk;
        });
    });
}

void addRevoke(CLI::App& station, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto name = std::make_shared<std::string>();
    auto* cmd = station.add_subcommand("revoke",
                                       "Refuse a station's credential and unused code from now on");
    addCommonOptions(*cmd, *options, {});
    cmd->footer(kClockNote);
    cmd->add_option("name", *name, "The station's name")->required();
    cmd->callback([options, name, &exitCode] {
        const UnixSeconds now = systemNow();
        exitCode = withSession(*options, [&](Session& s) {
            if (auto ok = s.store.revokeStation(*name, now); !ok) return reportError(ok.error());
            std::cout << "Station '" << *name
                      << "' revoked: its credential and any unused code are refused from now "
                         "on.\n";
            return kExitOk;
        });
    });
}

// frontdesk enroll: this machine becomes the station the code was made for.
void addEnroll(CLI::App& app, int& exitCode) {
    struct Args {
        std::string server;
        std::string code;
        std::string credential;
        std::string caFile;
        bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "enroll", "Exchange a one-time enrollment code for this station's credential");
    cmd->add_option("--server", args->server, "The clinic server's URL (https://…)")->required();
    cmd->add_option("--code", args->code, "The code `frontdesk station add` printed")->required();
    cmd->add_option("--credential", args->credential, "Where to write the credential (mode 0600)")
        ->required();
    cmd->add_option("--ca-file", args->caFile,
                    "PEM file of the CA that signed the server's certificate");
    cmd->add_flag("--json", args->json, "Print JSON");
    cmd->callback([args, &exitCode] {
        auto credential = enrollAt(args->server, args->code, args->caFile);
        if (!credential) {
            exitCode = reportError(credential.error());
            return;
        }
        if (auto written = writeCredential(args->credential, *credential); !written) {
            exitCode = reportError(written.error());
            return;
        }
        if (args->json) {
            printJson({{"server", credential->server},
                       {"station", credential->station},
                       {"role", toString(credential->role)},
                       {"credential", args->credential}});
        } else {
            std::cout << "Enrolled station " << credential->station << " ("
                      << toString(credential->role) << ") at " << credential->server
                      << ". Its credential is in " << args->credential
                      << "; give it to commands with --credential.\n";
        }
        exitCode = kExitOk;
    });
}

}  // namespace

void addStationCommands(CLI::App& app, int& exitCode) {
    addEnroll(app, exitCode);
    auto* station = app.add_subcommand(
        "station", "The clinic server's stations: add (with a one-time code), list, revoke");
    station->require_subcommand(1);
    addAdd(*station, exitCode);
    addList(*station, exitCode);
    addRevoke(*station, exitCode);
}

}  // namespace frontdesk::cli
