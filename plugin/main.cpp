// frontdesk-hooks: the CDS Hooks service that answers the EHR (docs/cds-hooks.md).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>

#include "frontdesk/config/paths.h"
#include "frontdesk/store/private_files.h"
#include "program.h"

using namespace frontdesk;
using namespace frontdesk::hooks;

namespace {

struct Arguments {
    std::string db;
    std::string config;
    std::string listen;
    std::string asOf;
    bool noAuth = false;
};

// Says why the service cannot start; the exit code for it.
int cannotStart(const std::string& message) {
    std::fprintf(stderr, "frontdesk-hooks: %s\n", message.c_str());
    return 2;
}

int serve(const Arguments& args, const sigset_t& signals) {
    auto config = loadConfig(args.config);
    if (!config) return cannotStart(config.error().message);
    ServiceOptions options{args.db.empty() ? defaultDatabasePath() : args.db, *config, {}};
    if (!args.asOf.empty()) {
        auto date = parseDate(args.asOf);
        if (!date) return cannotStart("--as-of: " + date.error().message);
        options.asOf = *date;
    }
    const HooksSettings& h = config->hooks;
    auto listen = parseListen(args.listen.empty() ? h.listen : args.listen);
    if (!listen) return cannotStart(listen.error().message);
    auto authenticate = ehrAuthentication(args.noAuth, "--no-auth", h, options.dbPath, logToStderr);
    if (!authenticate) return cannotStart(authenticate.error().message);
    makePrivateFolders(std::filesystem::path(options.dbPath).parent_path());
    HooksService service(options);
    HttpServer server(std::make_shared<HttpRouter>(service, h.corsOrigins, *authenticate),
                      httpOptionsOf(h, *listen, logToStderr));
    if (auto bound = server.bind(); !bound) return cannotStart(bound.error().message);
    const std::string scheme = h.tlsCertificate.empty() ? "http, loopback" : "https";
    serveUntilSignal(server, signals,
                     listen->first + ":" + std::to_string(server.port()) + " (" + scheme + ")",
                     logToStderr);
    std::fprintf(stderr, "frontdesk-hooks: stopped\n");
    return 0;
}

}  // namespace

// Only CLI11's parse errors are expected here; anything else (out of memory, a thread that
// cannot start) ends the program as an uncaught exception does.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
    CLI::App app{"frontdesk-hooks: the Front Desk CDS Hooks service"};
    Arguments args;
    app.add_option("--db", args.db,
                   "The clinic's database (default: " + defaultDatabasePath() + ")");
    app.add_option("--config", args.config, "policy.toml; clinic.toml and hooks.toml beside it");
    app.add_option("--listen", args.listen, "ADDR:PORT (default: hooks.listen)");
    app.add_option("--as-of", args.asOf, "Answer for this date (demos, tests)");
    app.add_flag("--no-auth", args.noAuth, "Accept calls without a token (local demos only)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    // SIGTERM and SIGINT stop the server cleanly. They are blocked before any thread starts
    // (every thread inherits the mask) and taken by one watcher with sigwait.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return serve(args, signals);
}
