// frontdesk-hooks: the CDS Hooks service (issue 4; docs/cds-hooks.md).
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "frontdesk/store/private_files.h"
#include "frontdesk/config/paths.h"
#include "http_server.h"
#include "jwt_verifier.h"

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

// Checks every call's bearer token against the EHRs' keys; logs the reason, never the token.
Authenticate tokenCheck(std::shared_ptr<JwtVerifier> verifier, std::string publicUrl) {
    return [verifier, publicUrl](const HookService* service, const std::string& header) {
        if (header.rfind("Bearer ", 0) != 0) {
            std::fprintf(stderr, "frontdesk-hooks: refused: no bearer token\n");
            return false;
        }
        const std::string audience = service ? publicUrl + "/" + service->id : publicUrl;
        auto token = verifier->verify(std::string_view(header).substr(7), audience);
        if (!token)
            std::fprintf(stderr, "frontdesk-hooks: refused: %s\n", token.error().message.c_str());
        return token.has_value();
    };
}

int serve(const Arguments& args, const sigset_t& signals) {
    auto config = loadConfig(args.config);
    if (!config) return std::fprintf(stderr, "frontdesk-hooks: %s\n", config.error().message.c_str()), 2;
    ServiceOptions options{args.db.empty() ? defaultDatabasePath() : args.db, *config, {}};
    if (!args.asOf.empty()) {
        auto date = parseDate(args.asOf);
        if (!date) return std::fprintf(stderr, "frontdesk-hooks: --as-of: %s\n", date.error().message.c_str()), 2;
        options.asOf = *date;
    }
    const HooksSettings& h = config->hooks;
    auto listen = parseListen(args.listen.empty() ? h.listen : args.listen);
    if (!listen) return std::fprintf(stderr, "frontdesk-hooks: %s\n", listen.error().message.c_str()), 2;
    Authenticate authenticate;
    if (args.noAuth) {
        std::fprintf(stderr, "frontdesk-hooks: WARNING: --no-auth is on: EHR calls are NOT "
                             "authenticated. For local demos only.\n");
    } else {
        auto verifier = JwtVerifier::create({h.issuers, h.publicUrl, h.jwksFile, h.jkuAllowList},
                                            curlFetcher(h.jkuCaFile));
        if (!verifier) return std::fprintf(stderr, "frontdesk-hooks: %s\n", verifier.error().message.c_str()), 2;
        authenticate = tokenCheck(std::make_shared<JwtVerifier>(std::move(*verifier)), h.publicUrl);
    }
    makePrivateFolders(std::filesystem::path(options.dbPath).parent_path());
    HooksService service(options);
    HttpOptions http{listen->first, listen->second, h.tlsCertificate, h.tlsKey, h.threads,
                     h.timeoutS, h.corsOrigins};
    HooksHttpServer server(service, http, authenticate);
    if (auto bound = server.bind(); !bound)
        return std::fprintf(stderr, "frontdesk-hooks: %s\n", bound.error().message.c_str()), 2;
    std::thread watcher([&server, &signals] {
        int received = 0;
        sigwait(&signals, &received);
        server.stop();
    });
    std::fprintf(stderr, "frontdesk-hooks: listening on %s:%d (%s)\n", listen->first.c_str(),
                 server.port(), h.tlsCertificate.empty() ? "http, loopback" : "https");
    server.run();
    pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher if stop came elsewhere
    watcher.join();
    std::fprintf(stderr, "frontdesk-hooks: stopped\n");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"frontdesk-hooks: the Front Desk CDS Hooks service"};
    Arguments args;
    app.add_option("--db", args.db, "The clinic's database (default: " + defaultDatabasePath() + ")");
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
