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

#include "frontdesk/demo/demo.h"
#include "http_router.h"
#include "http_server.h"
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

// Starts frontdesk-hooks --no-auth on the port, its stderr into `logPath`, and waits until it
// answers /healthz.
pid_t startProgram(const std::string& db, int port, const std::string& logPath) {
    const std::string listen = "127.0.0.1:" + std::to_string(port);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!logPath.empty() && !std::freopen(logPath.c_str(), "w", stderr)) _exit(126);
        execl(FRONTDESK_HOOKS, FRONTDESK_HOOKS, "--db", db.c_str(), "--listen", listen.c_str(),
              "--no-auth", static_cast<char*>(nullptr));
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
