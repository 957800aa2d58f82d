// frontdesk_hooks_bench: appointment-book on a large clinic with many concurrent keep-alive
// clients, with ES384 token verification on and off (docs/BENCHMARKS.md). The service runs in
// this process on 127.0.0.1 exactly as frontdesk-hooks serves it; the clients are threads of
// the same process, so they share the machine's cores with it.
// Usage: frontdesk_hooks_bench --db CLINIC.db [--as-of 2026-11-26] [--clients 32]
//                              [--requests 10000] [--auth on|off|both] [--threads 32]
//                              [--io-threads 2] [--token-ids database|memory]
#include <httplib.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "frontdesk/store/lookup.h"
#include "http_router.h"
#include "http_server.h"
#include "jwt_verifier.h"
#include "program.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using nlohmann::json;
using Steady = std::chrono::steady_clock;

namespace {

std::string base64Url(const std::string& bytes) {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        buffer = (buffer << 8) | c;
        bits += 8;
        while (bits >= 6) out += kAlphabet[(buffer >> (bits -= 6)) & 0x3F];
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

std::string coordinate(EVP_PKEY* key, const char* name) {
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    std::string out(48, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), 48);
    BN_free(bn);
    return out;
}

// An ES384 token for the service: signed with `key`, a fresh jti each.
std::string sign(EVP_PKEY* key, const std::string& audience, int n) {
    const json header = {{"alg", "ES384"}, {"typ", "JWT"}, {"kid", "bench"}};
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const json claims = {{"iss", "https://ehr.bench.example"},
                         {"aud", audience},
                         {"iat", now},
                         {"exp", now + 300},
                         // unique across runs too: the ids used are kept in the database
                         {"jti", "bench-" + std::to_string(now) + "-" + std::to_string(n)}};
    const std::string input = base64Url(header.dump()) + "." + base64Url(claims.dump());
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    std::size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(input.data());
    EVP_DigestSignInit(ctx, nullptr, EVP_sha384(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &length, data, input.size());
    std::string der(length, '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(der.data()), &length, data, input.size());
    EVP_MD_CTX_free(ctx);
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(length));
    std::string raw(96, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(raw.data()), 48);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(raw.data()) + 48, 48);
    ECDSA_SIG_free(sig);
    return input + "." + base64Url(raw);
}

std::vector<std::string> requestBodies(const std::string& db, Date day) {
    auto store = Store::open(db);
    if (!store) throw std::runtime_error(store.error().message);
    BalanceLookup lookup(*store, Policy{});
    auto rows = lookup.worklist(day, Language::En, day, "hooks-bench");
    std::vector<std::string> bodies;
    for (const auto& row : *rows) {
        const std::string& mrn = row.appointment.appointment.mrn;
        const json patient = {
            {"resourceType", "Patient"},
            {"id", "ehr-" + mrn},
            {"identifier", json::array({{{"system", HooksSettings{}.mrnSystem}, {"value", mrn}}})}};
        const json appointment = {
            {"resourceType", "Appointment"},
            {"status", "proposed"},
            {"participant", json::array({{{"actor", {{"reference", "Patient/ehr-" + mrn}}}}})}};
        bodies.push_back(json{{"hook", "appointment-book"},
                              {"hookInstance", "bench"},
                              {"context",
                               {{"userId", "PractitionerRole/bench"},
                                {"patientId", "ehr-" + mrn},
                                {"appointments", json::array({appointment})}}},
                              {"prefetch", {{"patient", patient}}}}
                             .dump());
    }
    return bodies;
}

struct RunResult {
    double seconds = 0;
    std::vector<double> latenciesMs;
    std::size_t failures = 0;
};

RunResult load(int port, int clients, const std::vector<std::string>& bodies,
               const std::vector<std::string>& tokens, std::size_t requests) {
    std::atomic<std::size_t> next{0};
    std::vector<std::vector<double>> perClient(static_cast<std::size_t>(clients));
    std::atomic<std::size_t> failures{0};
    const auto start = Steady::now();
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(clients));
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            for (std::size_t i = next++; i < requests; i = next++) {
                httplib::Headers headers;
                if (!tokens.empty()) headers.emplace("Authorization", "Bearer " + tokens[i]);
                const auto t0 = Steady::now();
                auto res = client.Post("/cds-services/frontdesk-appointment-book", headers,
                                       bodies[i % bodies.size()], "application/json");
                const auto t1 = Steady::now();
                if (!res || res->status != 200) {
                    if (failures++ == 0)
                        std::fprintf(stderr, "first failure: %s\n",
                                     res ? (std::to_string(res->status) + " " + res->body).c_str()
                                         : httplib::to_string(res.error()).c_str());
                }
                perClient[static_cast<std::size_t>(c)].push_back(
                    std::chrono::duration<double, std::milli>(t1 - t0).count());
            }
        });
    }
    for (auto& t : threads) t.join();
    RunResult r;
    r.seconds = std::chrono::duration<double>(Steady::now() - start).count();
    for (auto& v : perClient) r.latenciesMs.insert(r.latenciesMs.end(), v.begin(), v.end());
    r.failures = failures;
    return r;
}

void report(const char* label, RunResult r) {
    std::sort(r.latenciesMs.begin(), r.latenciesMs.end());
    const auto at = [&](double p) {
        return r.latenciesMs[static_cast<std::size_t>(
            p * static_cast<double>(r.latenciesMs.size() - 1))];
    };
    std::printf(
        "%-22s %7zu requests in %6.2f s: %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms, "
        "failures %zu\n",
        label, r.latenciesMs.size(), r.seconds,
        static_cast<double>(r.latenciesMs.size()) / r.seconds, at(0.5), at(0.99), r.failures);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"frontdesk_hooks_bench"};
    std::string db;
    std::string asOf = "2026-11-26";
    std::string auth = "both";
    int clients = 32;
    int threads = 32;
    int ioThreads = HttpOptions{}.ioThreads;
    std::size_t requests = 10000;
    app.add_option("--db", db, "The clinic's database")->required();
    app.add_option("--as-of", asOf, "A day with appointments");
    app.add_option("--clients", clients, "Concurrent keep-alive clients");
    app.add_option("--requests", requests, "Requests per run");
    app.add_option("--threads", threads, "The service's request threads (hooks.threads)");
    app.add_option("--io-threads", ioThreads, "The service's I/O threads");
    app.add_option("--auth", auth, "on, off or both")->check(CLI::IsMember({"on", "off", "both"}));
    std::string tokenIds = "database";
    app.add_option("--token-ids", tokenIds,
                   "Where the used JWT ids are kept: database (as the programs do) or memory")
        ->check(CLI::IsMember({"database", "memory"}));
    CLI11_PARSE(app, argc, argv);
    const Date day = *parseDate(asOf);
    const auto bodies = requestBodies(db, day);
    if (bodies.empty()) return std::fprintf(stderr, "no appointments on %s\n", asOf.c_str()), 1;

    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    const auto dir = std::filesystem::temp_directory_path() / "frontdesk-hooks-bench";
    std::filesystem::create_directories(dir);
    const std::string jwksPath = (dir / "jwks.json").string();
    std::ofstream(jwksPath) << json{{"keys",
                                     json::array({{{"kty", "EC"},
                                                   {"crv", "P-384"},
                                                   {"kid", "bench"},
                                                   {"use", "sig"},
                                                   {"alg", "ES384"},
                                                   {"x", base64Url(coordinate(key, "qx"))},
                                                   {"y", base64Url(coordinate(key, "qy"))}}})}}
                                   .dump();
    const std::string publicUrl = "https://cds.bench.example/cds-services";
    auto verifier = std::make_shared<JwtVerifier>(*JwtVerifier::create(
        {{"https://ehr.bench.example"}, publicUrl, jwksPath, {}}, curlFetcher(), systemClock(),
        tokenIds == "database" ? tokenIdsIn(db) : TokenIds{}));
    std::printf("clinic %s, %zu appointment-book bodies, %d clients, %u cores\n", db.c_str(),
                bodies.size(), clients, std::thread::hardware_concurrency());
    for (const bool on : {false, true}) {
        if ((on && auth == "off") || (!on && auth == "on")) continue;
        Authenticate check;
        std::vector<std::string> tokens;
        if (on) {
            const std::string audience = publicUrl + "/frontdesk-appointment-book";
            for (std::size_t i = 0; i < requests; ++i)
                tokens.push_back(sign(key, audience, static_cast<int>(i)));
            check = [verifier, audience](const HookService*,
                                         const std::string& header) -> std::optional<std::string> {
                auto token = verifier->verify(std::string_view(header).substr(7), audience);
                return token ? std::optional(token->issuer) : std::nullopt;
            };
        }
        HooksService service(ServiceOptions{db, Config{}, day});
        HttpOptions http;
        http.port = 0;
        http.threads = threads;
        http.ioThreads = ioThreads;
        HttpServer server(std::make_shared<HttpRouter>(service, std::vector<std::string>{}, check),
                          http);
        if (!server.bind()) return 1;
        std::thread serving([&] { server.run(); });
        report(on ? "ES384 verification on" : "verification off",
               load(server.port(), clients, bodies, tokens, requests));
        server.stop();
        serving.join();
    }
    EVP_PKEY_free(key);
    return 0;
}
