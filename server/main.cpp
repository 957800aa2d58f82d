// frontdesk-server: owns the clinic's database and serves the stations (kiosks, desks, phone
// staff, admins) and the EHR's CDS Hooks calls on one port (docs/station-api.md,
// docs/deployment.md).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>

#include "frontdesk/config/paths.h"
#include "frontdesk/fhir/checkin_pusher.h"
#include "frontdesk/store/private_files.h"
#include "program.h"
#include "station_api.h"

using namespace frontdesk;
using namespace frontdesk::hooks;

namespace {

struct Arguments {
    std::string db;
    std::string config;
    std::string listen;
    std::string asOf;
    bool noEhrAuth = false;
};

void logLine(const std::string& line) {
    std::fprintf(stderr, "frontdesk-server: %s\n", line.c_str());
}

int cannotStart(const std::string& message) {
    logLine(message);
    return 2;
}

int serve(const Arguments& args, const sigset_t& signals) {
    auto config = loadConfig(args.config);
    if (!config) return cannotStart(config.error().message);
    server::StationApiOptions options{
        args.db.empty() ? defaultDatabasePath() : args.db, *config, {}, systemNow};
    if (!args.asOf.empty()) {
        auto date = parseDate(args.asOf);
        if (!date) return cannotStart("--as-of: " + date.error().message);
        options.asOf = *date;
    }
    const HooksSettings& h = config->hooks;
    auto listen = parseListen(args.listen.empty() ? h.listen : args.listen);
    if (!listen) return cannotStart(listen.error().message);
    auto authenticate =
        ehrAuthentication(args.noEhrAuth, "--no-ehr-auth", h, options.dbPath, logLine);
    if (!authenticate) return cannotStart(authenticate.error().message);
    makePrivateFolders(std::filesystem::path(options.dbPath).parent_path());
    // the database is created and brought up to date before the first request
    if (auto opened = Store::open(options.dbPath); !opened)
        return cannotStart(opened.error().message);

    // the kiosks' check-ins go on to the EHR in the background when the clinic has it on
    std::unique_ptr<CheckinPusher> pusher;
    if (config->fhir.pushCheckins && !config->fhir.baseUrl.empty()) {
        pusher = std::make_unique<CheckinPusher>(options.dbPath, config->fhir, logLine);
        options.checkedIn = [p = pusher.get()] { p->poke(); };
    }
    HooksService hooks(ServiceOptions{options.dbPath, *config, options.asOf});
    auto ehrRoutes = std::make_shared<HttpRouter>(hooks, h.corsOrigins, *authenticate);
    HttpServer server(std::make_shared<server::StationApi>(options, ehrRoutes),
                      httpOptionsOf(h, *listen, logLine));
    if (auto bound = server.bind(); !bound) return cannotStart(bound.error().message);
    const std::string scheme = h.tlsCertificate.empty() ? "http, loopback" : "https";
    serveUntilSignal(server, signals,
                     listen->first + ":" + std::to_string(server.port()) + " (" + scheme + ")",
                     logLine);
    logLine("stopped");
    return 0;
}

}  // namespace

// Only CLI11's parse errors are expected here.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
    CLI::App app{"frontdesk-server: the Front Desk clinic server (stations and CDS Hooks)"};
    Arguments args;
    app.add_option("--db", args.db,
                   "The clinic's database (default: " + defaultDatabasePath() + ")");
    app.add_option("--config", args.config, "policy.toml; clinic.toml and hooks.toml beside it");
    app.add_option("--listen", args.listen, "ADDR:PORT (default: hooks.listen)");
    app.add_option("--as-of", args.asOf, "Answer for this date (demos, tests)");
    app.add_flag("--no-ehr-auth", args.noEhrAuth,
                 "Accept CDS Hooks calls without an EHR token (local demos only)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return serve(args, signals);
}
