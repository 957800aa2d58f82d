// frontdesk-hooks: the CDS Hooks service that answers the EHR (docs/cds-hooks.md).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "frontdesk/config/paths.h"
#include "frontdesk/store/private_files.h"
#include "http_router.h"
#include "http_server.h"
#include "jwt_verifier.h"
#include "token_check.h"

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

// The token check of every call, or none with --no-auth (said loudly, for it is for demos).
Result<Authenticate> authenticationOf(const Arguments& args, const HooksSettings& h) {
    if (args.noAuth) {
        std::fprintf(stderr,
                     "frontdesk-hooks: WARNING: --no-auth is on: EHR calls are NOT "
                     "authenticated. For local demos only.\n");
        return Authenticate{};
    }
    auto verifier = JwtVerifier::create({h.issuers, h.publicUrl, h.jwksFile, h.jkuAllowList},
                                        curlFetcher(h.jkuCaFile));
    if (!verifier) return tl::unexpected(verifier.error());
    return tokenCheck(std::make_shared<JwtVerifier>(std::move(*verifier)), h.publicUrl);
}

// The transport's settings from hooks.toml; the limits of headers, bodies and connections are
// the transport's defaults (docs/cds-hooks.md).
HttpOptions httpOptionsOf(const HooksSettings& h, const std::pair<std::string, int>& listen) {
    HttpOptions http;
    http.host = listen.first;
    http.port = listen.second;
    http.tlsCertificate = h.tlsCertificate;
    http.tlsKey = h.tlsKey;
    http.threads = h.threads;
    http.timeoutS = h.timeoutS;
    return http;
}

// Serves until SIGTERM or SIGINT, which one watcher thread takes with sigwait; says where it
// listens once the watcher is there to take them.
void serveUntilSignal(HttpServer& server, const sigset_t& signals, const std::string& where) {
    std::thread watcher([&server, &signals] {
        int received = 0;
        sigwait(&signals, &received);
        server.stop();
    });
    std::fprintf(stderr, "frontdesk-hooks: listening on %s\n", where.c_str());
    server.run();
    // wakes the watcher if the stop came from elsewhere; SIGTERM is blocked in every thread, so
    // it reaches the watcher's sigwait and kills nothing
    pthread_kill(watcher.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
    watcher.join();
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
    auto authenticate = authenticationOf(args, h);
    if (!authenticate) return cannotStart(authenticate.error().message);
    makePrivateFolders(std::filesystem::path(options.dbPath).parent_path());
    HooksService service(options);
    HttpServer server(std::make_shared<HttpRouter>(service, h.corsOrigins, *authenticate),
                      httpOptionsOf(h, *listen));
    if (auto bound = server.bind(); !bound) return cannotStart(bound.error().message);
    const std::string scheme = h.tlsCertificate.empty() ? "http, loopback" : "https";
    serveUntilSignal(server, signals,
                     listen->first + ":" + std::to_string(server.port()) + " (" + scheme + ")");
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
