// The CDS Hooks service's HTTP transport over real sockets on 127.0.0.1: slow and trickling
// clients, the total deadline of a request, header and connection limits, what the log says,
// and the answers recorded from the cpp-httplib server it replaced.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include "frontdesk/demo/demo.h"
#include "http_server.h"
#include "jwt_verifier.h"
#include "raw_http.h"
#include "self_signed.h"
#include "token_check.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using frontdesk::test::bodyOf;
using frontdesk::test::headerOf;
using frontdesk::test::RawConnection;
using frontdesk::test::statusOf;
using Steady = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

const Date kToday = *parseDate("2026-11-26");
const std::string kView = "/cds-services/frontdesk-patient-view";

// The lines a server logs, kept for the test to read.
class CapturedLog {
public:
    LogLine sink() {
        return [this](const std::string& line) {
            const std::lock_guard lock(m_mutex);
            m_lines.push_back(line);
        };
    }
    std::string all() const {
        const std::lock_guard lock(m_mutex);
        std::string text;
        for (const auto& line : m_lines) text += line + "\n";
        return text;
    }
    bool has(const std::string& text) const { return all().find(text) != std::string::npos; }
    // Whether the line comes within a second (a server may log just after it closed).
    bool comes(const std::string& text) const {
        for (int i = 0; i < 100 && !has(text); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return has(text);
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_lines;
};

// A small demo clinic and a running service on a free loopback port.
struct Served {
    std::filesystem::path dir;
    CapturedLog log;
    std::unique_ptr<HooksService> service;
    std::unique_ptr<HttpServer> server;
    std::thread thread;

    explicit Served(HttpOptions http = {}, Authenticate authenticate = {},
                    std::vector<std::string> cors = {}) {
        static int n = 0;
        dir = std::filesystem::temp_directory_path() /
              ("frontdesk-transport-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::create_directories(dir);
        const std::string db = (dir / "clinic.db").string();
        {
            auto store = Store::open(db);
            DemoOptions demo;
            demo.patients = 200;
            demo.asOf = kToday;
            REQUIRE(buildDemoClinic(*store, demo));
        }
        service = std::make_unique<HooksService>(ServiceOptions{db, Config{}, kToday});
        http.port = 0;
        http.log = log.sink();
        server = std::make_unique<HttpServer>(
            std::make_shared<HttpRouter>(*service, std::move(cors), std::move(authenticate)), http);
        REQUIRE(server->bind());
        thread = std::thread([this] { server->run(); });
    }
    ~Served() {
        server->stop();
        thread.join();
        std::filesystem::remove_all(dir);
    }
    int port() const { return server->port(); }

    // One request on a new connection, and its answer.
    std::string exchange(const std::string& request) const {
        RawConnection connection(port());
        REQUIRE(connection.send(request));
        return connection.readResponse();
    }
};

std::string request(const std::string& method, const std::string& target,
                    const std::vector<std::string>& headers = {}, const std::string& body = {}) {
    std::string text = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& header : headers) text += header + "\r\n";
    if (!body.empty() || method == "POST")
        text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    return text + "Connection: close\r\n\r\n" + body;
}

const std::string kCall =
    R"({"hook":"patient-view","hookInstance":"1","context":{"userId":"Practitioner/1",)"
    R"("patientId":"p1"},"prefetch":{"patient":{"resourceType":"Patient","id":"p1",)"
    R"("identifier":[{"system":"urn:oid:2.16.840.1.113883.19.5","value":"100011"}]}}})";

std::string hookCall(const std::string& contentType = "application/json") {
    return request("POST", kView, {"Content-Type: " + contentType}, kCall);
}

double secondsSince(Steady::time_point start) {
    return std::chrono::duration<double>(Steady::now() - start).count();
}

}  // namespace

TEST_CASE("with 40 trickling connections open, a normal request is answered within 1 s",
          "[hooks][transport]") {
    HttpOptions http;  // the production defaults: 32 request threads, 10 s to send a request
    Served s(http);
    std::vector<std::unique_ptr<RawConnection>> trickling;
    trickling.reserve(40);
    for (int i = 0; i < 40; ++i) {
        trickling.push_back(std::make_unique<RawConnection>(s.port()));
        REQUIRE(trickling.back()->send("POST " + kView + " HTTP/1.1\r\n"));
    }
    for (int second = 0; second < 3; ++second) {
        const auto start = Steady::now();
        for (auto& connection : trickling)  // a header line a second, never the end
            REQUIRE(connection->send("X-Line-" + std::to_string(second) + ": slow\r\n"));
        auto answer = s.exchange(request("GET", "/healthz"));
        CHECK(statusOf(answer) == 200);
        answer = s.exchange(hookCall());
        CHECK(statusOf(answer) == 200);
        CHECK(bodyOf(answer).find("\"cards\"") != std::string::npos);
        CHECK(secondsSince(start) < 1.0);
        std::this_thread::sleep_until(start + 1s);
    }
    for (auto& connection : trickling) CHECK(connection->send("X-Still: open\r\n"));
}

TEST_CASE("a trickling connection is closed at the total deadline of its request",
          "[hooks][transport]") {
    HttpOptions http;
    http.timeoutS = 2;
    Served s(http);
    RawConnection trickling(s.port());
    const auto start = Steady::now();
    REQUIRE(trickling.send("GET /healthz HTTP/1.1\r\n"));
    bool closed = false;
    for (int line = 0; line < 10 && !closed; ++line) {  // a line every half second: 5 s at most
        trickling.send("X-Line: " + std::to_string(line) + "\r\n");
        closed = trickling.closedWithin(500ms);
    }
    REQUIRE(closed);
    CHECK(secondsSince(start) > 1.8);
    CHECK(secondsSince(start) < 3.0);
    CHECK(s.log.comes("closed a connection: GET /healthz not received whole within 2 s"));
    CHECK(statusOf(s.exchange(request("GET", "/healthz"))) == 200);
}

TEST_CASE("over TLS, a client that never finishes its handshake is closed at the deadline",
          "[hooks][transport]") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("frontdesk-transport-tls-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    HttpOptions http;
    http.timeoutS = 2;
    http.tlsCertificate = (dir / "cert.pem").string();
    http.tlsKey = (dir / "key.pem").string();
    writeSelfSigned(http.tlsCertificate, http.tlsKey);
    {
        Served s(http);
        RawConnection silent(s.port());
        const auto start = Steady::now();
        REQUIRE(silent.closedWithin(4s));
        CHECK(secondsSince(start) > 1.8);
        CHECK(s.log.comes("closed a connection: no TLS handshake within 2 s"));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("stop() closes idle and half-sent connections at once", "[hooks][transport]") {
    auto s = std::make_unique<Served>();  // 10 s to send a request, 3 s idle
    RawConnection idle(s->port());
    RawConnection halfSent(s->port());
    REQUIRE(halfSent.send("GET /healthz HTTP/1.1\r\n"));
    RawConnection keptAlive(s->port());
    REQUIRE(keptAlive.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    REQUIRE(statusOf(keptAlive.readResponse()) == 200);
    const auto start = Steady::now();
    s.reset();  // stop() and join run()
    CHECK(secondsSince(start) < 1.0);
    CHECK(idle.closedWithin(100ms));
    CHECK(halfSent.closedWithin(100ms));
    CHECK(keptAlive.closedWithin(100ms));
}

// cpp-httplib, the transport before, set SO_REUSEPORT: a second service on the port ran too,
// and the kernel split the EHR's connections between an old instance and a new one.
TEST_CASE("a second server on a port in use cannot listen: no two services share a port",
          "[hooks][transport]") {
    Served first;
    HttpOptions http;
    http.port = first.port();
    http.log = [](const std::string&) {};
    HttpServer second(
        std::make_shared<HttpRouter>(*first.service, std::vector<std::string>{}, Authenticate{}),
        http);
    const auto bound = second.bind();
    REQUIRE_FALSE(bound);
    CHECK_THAT(bound.error().message, Catch::Contains("cannot listen on"));
    CHECK(statusOf(first.exchange(request("GET", "/healthz"))) == 200);
}

TEST_CASE("beyond the connection limit a client is told 503 and the rest are served",
          "[hooks][transport]") {
    HttpOptions http;
    http.maxConnections = 4;
    Served s(http);
    std::vector<std::unique_ptr<RawConnection>> open;
    open.reserve(4);
    for (int i = 0; i < 4; ++i) open.push_back(std::make_unique<RawConnection>(s.port()));
    std::this_thread::sleep_for(200ms);  // all four accepted
    const std::string refused = s.exchange(request("GET", "/healthz"));
    CHECK(statusOf(refused) == 503);
    CHECK(headerOf(refused, "Retry-After") == "1");
    CHECK(bodyOf(refused) == R"({"error":"too many connections"})");
    CHECK(s.log.has("refused connections: 4 are open (the limit)"));
    open.pop_back();
    std::this_thread::sleep_for(200ms);  // its end seen by the server
    CHECK(statusOf(s.exchange(request("GET", "/healthz"))) == 200);
}

TEST_CASE("headers: over 32 KB in all is 431; a large header within that is read",
          "[hooks][transport]") {
    Served s;
    const std::string big =
        s.exchange(request("GET", "/healthz", {"X-Big: " + std::string(40000, 'b')}));
    CHECK(statusOf(big) == 431);
    CHECK(bodyOf(big) == R"({"error":"the header is over 32768 bytes"})");
    CHECK(s.log.has("GET /healthz 431 (header over 32768 bytes)"));
    CHECK(statusOf(s.exchange(request("GET", "/healthz", {"X-Big: " + std::string(20000, 'b')}))) ==
          200);
}

TEST_CASE("the log names the route, never the path a client sent", "[hooks][transport]") {
    Served s;
    CHECK(statusOf(s.exchange(request("GET", "/patients/Jane-Doe/5551234567"))) == 404);
    CHECK(statusOf(s.exchange(request("POST", "/cds-services/Jane-Doe",
                                      {"Content-Type: application/json"}, "{}"))) == 404);
    CHECK(statusOf(s.exchange(hookCall())) == 200);
    CHECK(statusOf(s.exchange(request("GET", "/healthz?name=Jane-Doe"))) == 200);
    CHECK(statusOf(s.exchange(request("FROB", "/Jane-Doe"))) == 501);
    CHECK(statusOf(s.exchange("Jane-Doe 5551234567\r\n\r\n")) == 400);
    const std::string log = s.log.all();
    CHECK(log.find("GET (unknown route) 404") != std::string::npos);
    CHECK(log.find("POST /cds-services/{id} 404") != std::string::npos);
    CHECK(log.find("POST /cds-services/{id} 200") != std::string::npos);
    CHECK(log.find("GET /healthz 200") != std::string::npos);
    CHECK(log.find("(other method) (unknown route) 501") != std::string::npos);
    CHECK(log.find("(unreadable request) 400 (bad target)") != std::string::npos);
    CHECK(log.find("Jane") == std::string::npos);
    CHECK(log.find("555") == std::string::npos);
}

TEST_CASE("a media type is read without regard to case", "[hooks][transport]") {
    Served s;
    CHECK(statusOf(s.exchange(hookCall("Application/JSON; charset=UTF-8"))) == 200);
    CHECK(statusOf(s.exchange(hookCall("APPLICATION/JSON"))) == 200);
    CHECK(statusOf(s.exchange(hookCall("text/plain"))) == 415);
}

// Recorded from the cpp-httplib server before the switch (raw requests, Date-free answers):
// the same status, headers and body, but where a difference is named.
TEST_CASE("the answers recorded from the replaced server", "[hooks][transport]") {
    Served s(HttpOptions{}, {}, {"https://ehr.example.org"});
    const std::string health = s.exchange(request("GET", "/healthz?x=1"));
    CHECK(statusOf(health) == 200);
    CHECK(headerOf(health, "Content-Type") == "application/json");
    CHECK(headerOf(health, "Connection") == "close");
    CHECK(bodyOf(health) == R"({"status":"ok"})");
    const std::string head = s.exchange(request("HEAD", "/healthz"));
    CHECK(statusOf(head) == 200);
    CHECK(headerOf(head, "Content-Length") == "15");
    CHECK(bodyOf(head).empty());
    for (const auto& [method, target, allow] : {std::tuple{"POST", "/cds-services", "GET"},
                                                {"GET", kView.c_str(), "POST"},
                                                {"PUT", "/healthz", "GET"},
                                                {"DELETE", "/cds-services/x/feedback", "POST"}}) {
        const std::string refused = s.exchange(request(method, target));
        CHECK(statusOf(refused) == 405);
        CHECK(headerOf(refused, "Allow") == allow);
        CHECK(bodyOf(refused) == R"({"error":"method not allowed"})");
    }
    for (const char* target :
         {"/cds-services/", "/nope", "/cds-services/a/b", "http://127.0.0.1/healthz"}) {
        const std::string missing = s.exchange(request("GET", target));
        CHECK(statusOf(missing) == 404);
        CHECK(headerOf(missing, "Content-Length") == "0");
    }
    CHECK(bodyOf(s.exchange(request("POST", "/cds-services/no-such",
                                    {"Content-Type: application/json"}, "{}"))) ==
          R"({"error":"no such service"})");
    CHECK(bodyOf(s.exchange(hookCall("text/plain"))) ==
          R"({"error":"Content-Type must be application/json"})");
    CHECK(bodyOf(s.exchange(
              request("POST", kView, {"Content-Type: application/json"}, R"({"hook": )"))) ==
          R"({"error":"malformed JSON at byte 10"})");
    CHECK(statusOf(s.exchange(request("POST", "/cds-services/frontdesk%2Dpatient-view",
                                      {"Content-Type: application/json"}, kCall))) == 200);
    // difference: 413 now has an error body (was empty)
    const std::string large = s.exchange(request("POST", kView, {"Content-Type: application/json"},
                                                 std::string((1 << 20) + 1, ' ')));
    CHECK(statusOf(large) == 413);
    CHECK(headerOf(large, "Connection") == "close");
    const std::string preflight = s.exchange(
        request("OPTIONS", kView,
                {"Origin: https://ehr.example.org", "Access-Control-Request-Method: POST"}));
    CHECK(statusOf(preflight) == 204);
    CHECK(headerOf(preflight, "Access-Control-Allow-Origin") == "https://ehr.example.org");
    CHECK(headerOf(preflight, "Access-Control-Allow-Headers") == "Authorization, Content-Type");
    CHECK(headerOf(preflight, "Access-Control-Allow-Methods") == "GET, POST, OPTIONS");
    CHECK(headerOf(preflight, "Vary") == "Origin");
    CHECK(headerOf(s.exchange(request("OPTIONS", kView, {"Origin: https://evil.example"})),
                   "Access-Control-Allow-Origin")
              .empty());
    CHECK(headerOf(s.exchange(request("GET", "/nope", {"Origin: https://ehr.example.org"})),
                   "Access-Control-Allow-Origin") == "https://ehr.example.org");
}

TEST_CASE("keep-alive, pipelining, HTTP/1.0, chunked bodies and 100-continue",
          "[hooks][transport]") {
    Served s;
    RawConnection kept(s.port());
    REQUIRE(kept.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const std::string first = kept.readResponse();
    CHECK(statusOf(first) == 200);
    CHECK(headerOf(first, "Keep-Alive") == "timeout=3");
    // difference: two requests sent at once are both answered (the old server lost the second)
    REQUIRE(
        kept.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                  "GET /cds-services HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const std::string both = kept.readAll(3s);
    CHECK(both.find("{\"status\":\"ok\"}HTTP/1.1 200 OK") != std::string::npos);
    CHECK(both.find("\"services\"") != std::string::npos);

    const std::string old = s.exchange("GET /healthz HTTP/1.0\r\n\r\n");
    CHECK(statusOf(old) == 200);
    CHECK(headerOf(old, "Connection") == "close");

    char size[16];
    std::snprintf(size, sizeof size, "%zx", kCall.size());
    const std::string chunked =
        s.exchange("POST " + kView +
                   " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
                   size + "\r\n" + kCall + "\r\n0\r\n\r\n");
    CHECK(statusOf(chunked) == 200);

    RawConnection expecting(s.port());
    REQUIRE(expecting.send("POST " + kView +
                           " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Expect: 100-continue\r\nConnection: close\r\nContent-Length: " +
                           std::to_string(kCall.size()) + "\r\n\r\n"));
    CHECK(expecting.readAll(500ms) == "HTTP/1.1 100 Continue\r\n\r\n");
    REQUIRE(expecting.send(kCall));
    CHECK(statusOf(expecting.readResponse()) == 200);

    CHECK(statusOf(s.exchange("POST " + kView +
                              " HTTP/1.1\r\nContent-Length: 2\r\n"
                              "Content-Length: 7\r\n\r\n{}")) == 400);
}

TEST_CASE("an Authorization header over 8 KB is a 401 whose log line says why, not a 400",
          "[hooks][transport][auth]") {
    const std::string jwks =
        std::string(FRONTDESK_FIXTURES_DIR) + "/cds-hooks/cdshooks-spec-jwks-public.json";
    const std::string publicUrl = "https://cds.example.org/cds-services";
    auto verifier = JwtVerifier::create({{"https://fhir-ehr.example.com/"}, publicUrl, jwks, {}});
    REQUIRE(verifier);
    CapturedLog refusals;
    Served s({}, tokenCheck(std::make_shared<JwtVerifier>(std::move(*verifier)), publicUrl,
                            refusals.sink()));
    const std::string token = "Bearer eyJ" + std::string(9000, 'x');
    const std::string refused =
        s.exchange(request("GET", "/cds-services", {"Authorization: " + token}));
    CHECK(statusOf(refused) == 401);
    CHECK(bodyOf(refused).empty());
    CHECK(refusals.has("refused: the Authorization header is over 8 KB"));
    CHECK(s.log.has("GET /cds-services 401"));
    CHECK(statusOf(s.exchange(hookCall())) == 401);  // no header at all
    CHECK(refusals.has("refused: no bearer token"));
    CHECK(refusals.all().find("xxxx") == std::string::npos);
    CHECK(s.log.all().find("xxxx") == std::string::npos);
}
