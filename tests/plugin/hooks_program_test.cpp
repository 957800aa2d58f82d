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
#include <thread>

#include "frontdesk/demo/demo.h"
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

}  // namespace

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
    HooksHttpServer server(service, http, {});
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
    const std::string listen = "127.0.0.1:" + std::to_string(port);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        execl(FRONTDESK_HOOKS, FRONTDESK_HOOKS, "--db", db.c_str(), "--listen", listen.c_str(),
              "--no-auth", static_cast<char*>(nullptr));
        _exit(127);
    }
    httplib::Client client("127.0.0.1", port);
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        auto res = client.Get("/healthz");
        up = res && res->status == 200;
        if (!up) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(up);
    client.stop();  // an idle keep-alive connection would hold the stop until its timeout
    REQUIRE(kill(child, SIGTERM) == 0);
    int status = -1;
    for (int i = 0; i < 200; ++i) {  // in-flight requests, then at most 3 s of idle keep-alive
        if (waitpid(child, &status, WNOHANG) == child) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
