// The FHIR client against a real HTTP server on 127.0.0.1.
#include <catch2/catch.hpp>

#include <atomic>
#include <condition_variable>
#include <fstream>

#include "fhir_test_server.h"
#include "frontdesk/fhir/client.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::FhirTestServer;
using frontdesk::test::replyJson;
using nlohmann::json;

namespace {

// A client of the test server whose retries record their waits instead of sleeping.
struct TestClient {
    std::vector<std::chrono::milliseconds> waits;
    FhirClient client;

    explicit TestClient(const std::string& base, FhirClientOptions o = {})
        : client(make(base, std::move(o), waits)) {}

    static FhirClient make(const std::string& base, FhirClientOptions o,
                           std::vector<std::chrono::milliseconds>& waits) {
        o.baseUrl = base;
        o.sleep = [&waits](std::chrono::milliseconds ms) { waits.push_back(ms); };
        auto c = FhirClient::create(std::move(o));
        REQUIRE(c);
        return std::move(*c);
    }
};

json bundle(const std::vector<std::string>& ids, const std::string& next) {
    json b = {{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", json::array()}};
    for (const auto& id : ids)
        b["entry"].push_back({{"resource", {{"resourceType", "Patient"}, {"id", id}}}});
    if (!next.empty()) b["link"] = json::array({{{"relation", "next"}, {"url", next}}});
    return b;
}

}  // namespace

TEST_CASE("plain http is refused unless the base is a loopback address", "[fhir_client]") {
    CHECK(FhirClient::create({.baseUrl = "https://ehr.example/fhir"}));
    CHECK(FhirClient::create({.baseUrl = "http://127.0.0.1:8080/fhir"}));
    CHECK(FhirClient::create({.baseUrl = "http://127.9.9.9/fhir"}));
    CHECK(FhirClient::create({.baseUrl = "http://localhost/fhir"}));
    CHECK(FhirClient::create({.baseUrl = "http://[::1]:8080/fhir"}));
    const auto plain = FhirClient::create({.baseUrl = "http://ehr.example/fhir"});
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == ErrorCode::BadInput);
    CHECK_THAT(plain.error().message, Contains("loopback"));
    CHECK_FALSE(FhirClient::create({.baseUrl = "http://128.0.0.1/fhir"}));
    CHECK_FALSE(FhirClient::create({.baseUrl = "ftp://127.0.0.1/fhir"}));
    CHECK_FALSE(FhirClient::create({.baseUrl = "not a url"}));
}

TEST_CASE("the bearer token is read from a file and sent, never shown", "[fhir_client]") {
    test::TempDir dir;
    std::ofstream(dir.file("token")) << "  s3cr3t-token\n";
    std::ofstream(dir.file("empty")) << "\n";
    const auto token = readTokenFile(dir.file("token"));
    REQUIRE(token);
    CHECK(*token == "s3cr3t-token");
    const auto empty = readTokenFile(dir.file("empty"));
    REQUIRE_FALSE(empty);
    CHECK_THAT(empty.error().message, Contains("empty"));
    CHECK_FALSE(readTokenFile(dir.file("missing")));

    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) { res.status = 401; });
    TestClient c(server.base(), {.bearerToken = *token});
    const auto refused = c.client.get("Patient/1");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().failure == FhirFailure::Auth);
    CHECK(refused.error().status == 401);
    CHECK_THAT(refused.error().message, !Contains("s3cr3t"));
    REQUIRE(server.seen().size() == 1);
    CHECK(server.seen()[0].authorization == "Bearer s3cr3t-token");
    CHECK(server.seen()[0].target == "/fhir/Patient/1");
}

TEST_CASE("403 is a refused token too, and is not retried", "[fhir_client]") {
    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) { res.status = 403; });
    TestClient c(server.base());
    const auto r = c.client.get("Patient");
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::Auth);
    CHECK(server.seen().size() == 1);
}

TEST_CASE("429 is retried after the Retry-After seconds", "[fhir_client]") {
    FhirTestServer server;
    std::atomic<int> calls{0};
    server.handle([&](const httplib::Request&, httplib::Response& res) {
        if (calls++ == 0) {
            res.status = 429;
            res.set_header("Retry-After", "7");
            return;
        }
        replyJson(res, {{"resourceType", "Patient"}, {"id", "p1"}});
    });
    TestClient c(server.base());
    const auto r = c.client.getResource("Patient/p1");
    REQUIRE(r);
    CHECK((*r)["id"] == "p1");
    CHECK(c.waits == std::vector<std::chrono::milliseconds>{std::chrono::seconds(7)});
    CHECK(server.seen().size() == 2);
}

TEST_CASE("503 is retried with doubling backoff, a bounded number of times", "[fhir_client]") {
    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) { res.status = 503; });
    TestClient c(server.base(), {.maxAttempts = 3, .firstBackoff = std::chrono::milliseconds(250)});
    const auto r = c.client.get("Patient");
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::Status);
    CHECK(r.error().status == 503);
    CHECK(server.seen().size() == 3);
    CHECK(c.waits == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(250),
                                                            std::chrono::milliseconds(500)});
}

TEST_CASE("a Retry-After longer than allowed gives up instead of waiting", "[fhir_client]") {
    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) {
        res.status = 429;
        res.set_header("Retry-After", "86400");
    });
    TestClient c(server.base());
    const auto r = c.client.get("Patient");
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Contains("Retry-After"));
    CHECK(c.waits.empty());
}

TEST_CASE("500 is not retried: the next run tries again", "[fhir_client]") {
    FhirTestServer server;
    std::atomic<int> calls{0};
    server.handle([&](const httplib::Request&, httplib::Response& res) {
        if (calls++ == 0) {
            res.status = 500;
            return;
        }
        replyJson(res, {{"resourceType", "Patient"}, {"id", "p1"}});
    });
    TestClient c(server.base());
    const auto first = c.client.get("Patient/p1");
    REQUIRE_FALSE(first);
    CHECK(first.error().failure == FhirFailure::Status);
    CHECK(first.error().status == 500);
    CHECK_THAT(first.error().message, Contains("/fhir/Patient/p1"));
    CHECK(server.seen().size() == 1);
    CHECK(c.client.get("Patient/p1"));  // and the next request succeeds
}

TEST_CASE("a stalled response is dropped by the low-speed limit", "[fhir_client]") {
    FhirTestServer server;
    std::mutex m;
    std::condition_variable released;
    bool done = false;
    server.handle([&](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider(
            "application/fhir+json", [&](std::size_t offset, httplib::DataSink& sink) {
                if (offset == 0) return sink.write("{\"resou", 7);
                std::unique_lock lock(m);
                released.wait_for(lock, std::chrono::seconds(3), [&] { return done; });
                sink.done();
                return true;
            });
    });
    TestClient c(server.base(), {.stallBytesPerSecond = 100, .stallSeconds = 1});
    const auto started = std::chrono::steady_clock::now();
    const auto r = c.client.get("Patient");
    const auto took = std::chrono::steady_clock::now() - started;
    {
        std::lock_guard lock(m);
        done = true;
    }
    released.notify_all();
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::Network);
    CHECK(took < std::chrono::milliseconds(2500));
}

TEST_CASE("a body over the cap is refused while it arrives", "[fhir_client]") {
    FhirTestServer server;
    const std::string big(300 * 1024, 'x');
    server.handle([&](const httplib::Request& req, httplib::Response& res) {
        if (req.path == "/fhir/small") {
            res.set_content(std::string(1000, 'y'), "text/plain");
            return;
        }
        // chunked: no Content-Length for curl to refuse the body by
        res.set_chunked_content_provider(
            "application/fhir+json", [&](std::size_t offset, httplib::DataSink& sink) {
                if (offset >= big.size()) {
                    sink.done();
                    return true;
                }
                return sink.write(big.data() + offset,
                                  std::min<std::size_t>(16 * 1024, big.size() - offset));
            });
    });
    TestClient c(server.base(), {.maxBodyBytes = 100 * 1024});
    const auto r = c.client.get("big");
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::TooLarge);
    const auto small = c.client.get("small");
    REQUIRE(small);
    CHECK(small->body.size() == 1000);
}

TEST_CASE("malformed JSON is a bad body naming the request", "[fhir_client]") {
    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"resourceType\": \"Patient\", ", "application/fhir+json");
    });
    TestClient c(server.base());
    const auto r = c.client.getResource("Patient/1");
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::BadBody);
    CHECK_THAT(r.error().message, Contains("Patient/1") && Contains("not a JSON resource"));
}

TEST_CASE("a redirect on the same host is followed, to another host refused", "[fhir_client]") {
    FhirTestServer server;
    const std::string other = "http://127.0.0.2:" + std::to_string(server.port()) + "/fhir/x";
    server.handle([&](const httplib::Request& req, httplib::Response& res) {
        if (req.path == "/fhir/moved") return res.set_redirect("/fhir/here");
        if (req.path == "/fhir/away") return res.set_redirect(other);
        if (req.path == "/fhir/https") return res.set_redirect("https://127.0.0.1:1/fhir/here");
        replyJson(res, {{"resourceType", "Patient"}, {"id", "here"}});
    });
    TestClient c(server.base());
    const auto followed = c.client.getResource("moved");
    REQUIRE(followed);
    CHECK((*followed)["id"] == "here");
    const auto away = c.client.get("away");
    REQUIRE_FALSE(away);
    CHECK(away.error().failure == FhirFailure::Redirect);
    CHECK_THAT(away.error().message, Contains("refused"));
    CHECK_FALSE(c.client.get("https"));  // another scheme is another origin
    for (const auto& seen : server.seen()) CHECK(seen.target.find("/fhir/x") == std::string::npos);
}

TEST_CASE("a search follows next links across several Bundles", "[fhir_client]") {
    FhirTestServer server;
    const std::string base = server.base();
    server.handle([&](const httplib::Request& req, httplib::Response& res) {
        const std::string page = req.has_param("page") ? req.get_param_value("page") : "1";
        if (page == "1") return replyJson(res, bundle({"a", "b"}, base + "/Patient?page=2"));
        if (page == "2") return replyJson(res, bundle({"c"}, base + "/Patient?page=3"));
        replyJson(res, bundle({"d"}, ""));
    });
    TestClient c(base);
    std::vector<std::string> ids;
    const auto r = c.client.search("Patient?_count=2", [&](const json& b) {
        for (const auto& e : b["entry"]) ids.push_back(e["resource"]["id"]);
        return true;
    });
    REQUIRE(r);
    CHECK(ids == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(server.seen().size() == 3);
}

TEST_CASE("the official searchset Bundle's next link to another host is refused", "[fhir_client]") {
    FhirTestServer server;
    server.handle([](const httplib::Request&, httplib::Response& res) {
        res.set_content(test::fixtureText("Bundle-searchset-example.json"),
                        "application/fhir+json");
    });
    TestClient c(server.base());
    std::size_t pages = 0, entries = 0;
    const auto r = c.client.search("MedicationRequest?patient=347", [&](const json& b) {
        ++pages;
        entries += b["entry"].size();
        return true;
    });
    REQUIRE_FALSE(r);
    CHECK(r.error().failure == FhirFailure::Redirect);
    CHECK(pages == 1);
    CHECK(entries == 2);
    CHECK(server.seen().size() == 1);  // example.com was never asked
}

TEST_CASE("decimal numbers are kept as their text", "[fhir_client]") {
    const auto j = parseJsonKeepingDecimals(R"({"value": 1250.10, "n": 3, "s": "x"})");
    REQUIRE(j);
    CHECK((*j)["value"] == "1250.10");
    CHECK((*j)["n"] == 3);
    const auto bad = parseJsonKeepingDecimals("{\"value\": ");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error(), Contains("parse error"));
}
