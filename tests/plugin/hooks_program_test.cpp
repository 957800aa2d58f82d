// frontdesk-hooks as a program and over TLS: HTTPS with a configured certificate, and a clean
// stop on SIGTERM.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "frontdesk/demo/demo.h"
#include "http_router.h"
#include "http_server.h"
#include "jwt_signing.h"
#include "self_signed.h"

using namespace frontdesk;
using namespace frontdesk::hooks;

namespace {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        static int n = 0;
        path = std::filesystem::temp_directory_path() /
               ("frontdesk-hooksprog-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

// A port nothing listens on: bound to learn it, then closed (cpp-httplib's probe server kept
// its socket listening, which only a server that also set SO_REUSEPORT could share).
int freePort() {
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    REQUIRE(::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    ::close(probe);
    return ntohs(address.sin_port);
}

// Starts frontdesk-hooks on the port (with `auth`: --no-auth, or --config with the token
// check), its stderr into `logPath`, and waits until it answers /healthz.
pid_t startProgram(const std::string& db, int port, const std::string& logPath,
                   std::vector<std::string> auth = {"--no-auth"}) {
    std::vector<std::string> args{FRONTDESK_HOOKS, "--db", db, "--listen",
                                  "127.0.0.1:" + std::to_string(port)};
    args.insert(args.end(), auth.begin(), auth.end());
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!logPath.empty() && !std::freopen(logPath.c_str(), "w", stderr)) _exit(126);
        execv(FRONTDESK_HOOKS, argv.data());
        _exit(127);
    }
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        auto res = client.Get("/healthz");
        up = res && res->status == 200;
        if (!up) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(up);
    return child;
}

}  // namespace

TEST_CASE("the program's log names the route of a request, never the path it was sent", "[hooks]") {
    TempDir dir;
    const std::string db = (dir.path / "clinic.db").string();
    const std::string log = (dir.path / "hooks.log").string();
    const int port = freePort();
    const pid_t child = startProgram(db, port, log);
    {
        httplib::Client client("127.0.0.1", port);
        auto res = client.Get("/patients/Jane-Doe/5551234567");
        REQUIRE(res);
        CHECK(res->status == 404);
    }
    REQUIRE(kill(child, SIGTERM) == 0);
    int status = -1;
    REQUIRE(waitpid(child, &status, 0) == child);
    std::ifstream in(log);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("frontdesk-hooks: GET /healthz 200") != std::string::npos);
    CHECK(text.find("frontdesk-hooks: GET (unknown route) 404") != std::string::npos);
    CHECK(text.find("Jane") == std::string::npos);
    CHECK(text.find("5551234567") == std::string::npos);
}

TEST_CASE("with a certificate and key the service speaks HTTPS only", "[hooks]") {
    TempDir dir;
    const std::string cert = (dir.path / "cert.pem").string();
    const std::string key = (dir.path / "key.pem").string();
    writeSelfSigned(cert, key);
    {
        auto store = Store::open((dir.path / "clinic.db").string());
        REQUIRE(store);
    }
    HooksService service(ServiceOptions{(dir.path / "clinic.db").string(), Config{}, {}});
    HttpOptions http;
    http.port = 0;
    http.tlsCertificate = cert;
    http.tlsKey = key;
    HttpServer server(std::make_shared<HttpRouter>(service, std::vector<std::string>{}, nullptr),
                      http);
    REQUIRE(server.bind());
    std::thread thread([&] { server.run(); });
    httplib::SSLClient tls("127.0.0.1", server.port());
    tls.set_ca_cert_path(cert.c_str());
    tls.enable_server_certificate_verification(true);
    auto res = tls.Get("/healthz");
    REQUIRE(res);
    CHECK(res->status == 200);
    httplib::Client plain("127.0.0.1", server.port());
    plain.set_read_timeout(2, 0);
    CHECK_FALSE(plain.Get("/healthz"));
    server.stop();
    thread.join();
}

TEST_CASE("SIGTERM stops the program cleanly", "[hooks]") {
    TempDir dir;
    const std::string db = (dir.path / "clinic.db").string();
    const int port = freePort();
    const pid_t child = startProgram(db, port, "");
    httplib::Client idle("127.0.0.1", port);  // a keep-alive connection left open, idle
    idle.set_keep_alive(true);
    REQUIRE(idle.Get("/healthz"));
    REQUIRE(kill(child, SIGTERM) == 0);
    int status = -1;
    for (int i = 0; i < 20; ++i) {  // idle connections are closed at once: within a second
        if (waitpid(child, &status, WNOHANG) == child) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a token is taken once by every process on the database, restarts included",
          "[hooks][auth]") {
    TempDir dir;
    const std::string db = (dir.path / "clinic.db").string();
    const auto key = test::TestKey::generate("ES384", "k1");
    const std::string publicUrl = "http://127.0.0.1:8443/cds-services";
    std::ofstream(dir.path / "jwks.json") << test::jwksOf({key});
    std::filesystem::copy_file(FRONTDESK_SOURCE_DIR "/config/policy.toml",
                               dir.path / "policy.toml");
    std::ofstream(dir.path / "hooks.toml")
        << "[hooks]\npublic_url = \"" << publicUrl << "\"\n"
        << "issuers = [\"https://ehr.example.test\"]\n"
        << "jwks_file = \"" << (dir.path / "jwks.json").string() << "\"\n";
    const std::vector<std::string> auth{"--config", (dir.path / "policy.toml").string()};
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const auto token = [&](const std::string& jti) {
        return test::makeToken(key, {{"iss", "https://ehr.example.test"},
                                     {"aud", publicUrl},
                                     {"iat", now},
                                     {"exp", now + 300},
                                     {"jti", jti}});
    };
    const int portA = freePort();
    const int portB = freePort();
    pid_t a = startProgram(db, portA, (dir.path / "a.log").string(), auth);
    const pid_t b = startProgram(db, portB, (dir.path / "b.log").string(), auth);
    const auto discovery = [](int port, const std::string& bearer) {
        httplib::Client client("127.0.0.1", port);
        auto res = client.Get("/cds-services", {{"Authorization", "Bearer " + bearer}});
        return res ? res->status : -1;
    };
    const std::string first = token("jti-first");
    CHECK(discovery(portA, first) == 200);
    CHECK(discovery(portA, first) == 401);  // replayed to the same process
    CHECK(discovery(portB, first) == 401);  // and to another one
    const std::string second = token("jti-second");
    CHECK(discovery(portB, second) == 200);
    CHECK(discovery(portA, second) == 401);
    // a restarted process remembers too
    REQUIRE(kill(a, SIGTERM) == 0);
    REQUIRE(waitpid(a, nullptr, 0) == a);
    a = startProgram(db, portA, (dir.path / "a2.log").string(), auth);
    CHECK(discovery(portA, first) == 401);
    CHECK(discovery(portA, token("jti-third")) == 200);
    for (const pid_t p : {a, b}) {
        kill(p, SIGTERM);
        waitpid(p, nullptr, 0);
    }
}
