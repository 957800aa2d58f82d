// frontdesk-hooks as a program and over TLS: HTTPS with a configured certificate, and a clean
// stop on SIGTERM.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <csignal>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "frontdesk/demo.h"
#include "http_server.h"

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

// A self-signed certificate for 127.0.0.1 and its key, as PEM files.
void writeSelfSigned(const std::string& certPath, const std::string& keyPath) {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    REQUIRE(key);
    X509* cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);
    FILE* c = std::fopen(certPath.c_str(), "w");
    PEM_write_X509(c, cert);
    std::fclose(c);
    FILE* k = std::fopen(keyPath.c_str(), "w");
    PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(k);
    X509_free(cert);
    EVP_PKEY_free(key);
}

int freePort() {
    httplib::Server probe;
    const int port = probe.bind_to_any_port("127.0.0.1");
    return port;
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
