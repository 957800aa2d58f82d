#pragma once

// What every command of the admin command line shares: its common options, the opened
// configuration and store, the as-of date, and how errors become exit codes.

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/config/paths.h"
#include "frontdesk/station/station_client.h"
#include "frontdesk/store/store.h"

namespace frontdesk::cli {

// Exit codes (docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitProblems = 1;  // the operation found problems (verify)
constexpr int kExitBadInput = 2;  // bad usage or bad input; nothing was changed
constexpr int kExitStorage = 3;   // the database could not be opened, read or written

struct CommonOptions {
    std::string db;
    std::string config;
    std::string asOf;
    std::string staff = "cli";
    bool json = false;
    // a station of the clinic server instead of the database (--server, --credential)
    std::string server;
    std::string credential;
    std::string caFile;
};

// Adds --db, --config and --as-of to a command (every command accepts --as-of, so scripts can
// pass it uniformly; it matters to those whose answer depends on the date); --json and
// --staff when asked for.
// With `remote`, also --server, --credential and --ca-file: the command runs as an enrolled
// station of the clinic server (docs/station-api.md) and prints what it prints locally.
struct CommonFlags {
    bool json = false;
    bool staff = false;
    bool remote = false;
};
void addCommonOptions(CLI::App& command, CommonOptions& options, CommonFlags flags);

struct Session {
    Config config;
    Store store;
    Date asOf;
    std::string staff;
    bool json = false;
    std::string dbPath;
};

// The --as-of text as a date; none when empty. BadInput naming the option for anything else.
Result<std::optional<Date>> parseAsOf(const std::string& text);

// The options every command reads the same way; each fails with BadInput naming the option
// ("--on: ...", "--for 'x' is not kiosk, desk or phone").
Result<Date> parseDateOption(const std::string& option, const std::string& text);
Result<Channel> parseChannelOption(const std::string& option, const std::string& text);
Result<Language> parseLanguageOption(const std::string& text);  // --lang: en, es or ro

// What a session is opened with: the config, the as-of date (today in the clinic's time
// zone when not given) and the database's path.
struct SessionSettings {
    Config config;
    Date asOf;
    std::string dbPath;
};
Result<SessionSettings> readSettings(const CommonOptions& options);

// Reads the settings and opens the store, with the policy's largest entry.
Result<Session> openSession(const CommonOptions& options);

// Prints "frontdesk: <message>" on stderr and returns the exit code for the error.
int reportError(const Error& error);

// Runs `body` with an opened session; a session that cannot open becomes an exit code.
template <typename Body>
int withSession(const CommonOptions& options, Body body) {
    auto session = openSession(options);
    if (!session) return reportError(session.error());
    return body(*session);
}

// A command run as a station: the client of the clinic server, the --as-of date when given
// (the server's date otherwise), who is asking, and the output wanted.
struct RemoteSession {
    StationClient client;
    std::optional<Date> asOf;
    std::string staff;
    bool json = false;
};
bool isRemote(const CommonOptions& options);
// Reads the credential (--credential; its server unless --server names one) and connects.
// BadInput for --db with --server, or a missing or unreadable credential.
Result<RemoteSession> openRemote(const CommonOptions& options);

// Runs `local` with an opened session, or `remote` with a station's session when the command
// was given --server or --credential.
template <typename Local, typename Remote>
int withLocalOrRemote(const CommonOptions& options, Local local, Remote remote) {
    if (!isRemote(options)) return withSession(options, local);
    auto session = openRemote(options);
    if (!session) return reportError(session.error());
    return remote(*session);
}

// Pads or cuts text to a width in characters (not bytes), for names with accents.
std::string column(const std::string& text, std::size_t width);

// Prints JSON on stdout.
void printJson(const nlohmann::json& value);

// Registers the commands of each group; each sets its own callback that stores the exit code.
void addDataCommands(CLI::App& app, int& exitCode);
void addLookupCommands(CLI::App& app, int& exitCode);
void addVisitors(CLI::App& app, int& exitCode);
void addRunCommands(CLI::App& app, int& exitCode);
void addSyncCommands(CLI::App& app, int& exitCode);
void addStationCommands(CLI::App& app, int& exitCode);

}  // namespace frontdesk::cli
