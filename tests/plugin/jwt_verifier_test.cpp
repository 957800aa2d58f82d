// The JWT verifier of EHR calls (CDS Hooks "Trusting CDS Clients"): the specification's
// example token and its JWK Set, and tokens signed with freshly generated keys.

#include "jwt_verifier.h"

#include <stdlib.h>

#include <atomic>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "jwt_signing.h"
#include "self_signed.h"

using frontdesk::Result;
using frontdesk::hooks::JwtSettings;
using frontdesk::hooks::JwtVerifier;
using frontdesk::test::encodeBase64Url;
using frontdesk::test::hs384Token;
using frontdesk::test::jwksOf;
using frontdesk::test::makeToken;
using frontdesk::test::signingInput;
using frontdesk::test::TestKey;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kNow = 1'700'000'000;
const std::string kIssuer = "https://ehr.example.org/";
const std::string kAudience = "https://cds.example.org/cds-services/some-service";
const std::string kJku = "https://ehr.example.org/jwks";
const std::string kSpecIssuer = "https://fhir-ehr.example.com/";
const std::string kSpecJku = "https://fhir-ehr.example.com/jwk_uri";
constexpr std::int64_t kSpecIat = 1311280970;
constexpr std::int64_t kSpecExp = 1422568860;

std::string fixturePath(const std::string& name) {
    return std::string(FRONTDESK_FIXTURES_DIR) + "/cds-hooks/" + name;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string specToken() {
    std::string token = readFile(fixturePath("cdshooks-spec-jwt-compact.txt"));
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) {
        token.pop_back();
    }
    return token;
}

std::vector<std::string> parts(const std::string& token) {
    const auto a = token.find('.');
    const auto b = token.find('.', a + 1);
    return {token.substr(0, a), token.substr(a + 1, b - a - 1), token.substr(b + 1)};
}

Json claimsFor(const std::string& jti, std::int64_t iat = kNow, std::int64_t exp = kNow + 300) {
    return {{"iss", kIssuer}, {"aud", kAudience}, {"iat", iat}, {"exp", exp}, {"jti", jti}};
}

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "jwt_test_XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TempDir() { fs::remove_all(m_path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(m_path / name, std::ios::binary) << text;
        return (m_path / name).string();
    }

private:
    fs::path m_path;
};

// Keys generated once per run: RSA generation is slow.
const std::vector<TestKey>& freshKeys() {
    static const std::vector<TestKey> keys = {
        TestKey::generate("ES256", "ec-256"), TestKey::generate("ES384", "ec-384"),
        TestKey::generate("RS256", "rsa-256"), TestKey::generate("RS384", "rsa-384")};
    return keys;
}

JwtSettings specSettings() {
    JwtSettings settings;
    settings.issuers = {kSpecIssuer};
    settings.audience = kAudience;
    settings.jwksFile = fixturePath("cdshooks-spec-jwks-public.json");
    settings.maxLifetimeS = 200'000'000;  // the example lives three and a half years
    return settings;
}

JwtSettings freshSettings(const std::string& jwksFile) {
    JwtSettings settings;
    settings.issuers = {kIssuer};
    settings.audience = kAudience;
    settings.jwksFile = jwksFile;
    return settings;
}

frontdesk::hooks::Clock fixedClock(std::int64_t at) {
    return [at] { return at; };
}

tl::unexpected<frontdesk::Error> refused(std::string message) {
    return frontdesk::fail(frontdesk::ErrorCode::BadInput, std::move(message));
}

// A fetcher that serves one body and counts its calls; an empty body fails.
struct FakeFetcher {
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::string> body = std::make_shared<std::string>();

    frontdesk::hooks::Fetcher fetcher() const {
        return [calls = calls, body = body](const std::string& url) {
            ++*calls;
            return body->empty() ? Result<std::string>(refused(url + ": 503")) : *body;
        };
    }
};

JwtVerifier make(JwtSettings settings, std::int64_t now,
                 frontdesk::hooks::Fetcher fetcher = FakeFetcher().fetcher()) {
    auto verifier = JwtVerifier::create(std::move(settings), std::move(fetcher), fixedClock(now));
    REQUIRE(verifier);
    return std::move(*verifier);
}

std::string reasonOf(JwtVerifier& verifier, const std::string& token) {
    auto result = verifier.verify(token);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == frontdesk::ErrorCode::BadInput);
    CHECK(result.error().message.find(token) == std::string::npos);
    return result.error().message;
}

}  // namespace

TEST_CASE("the specification's example token is accepted at its iat with the JWKS file") {
    auto verifier = make(specSettings(), kSpecIat);
    auto token = verifier.verify(specToken());
    REQUIRE(token);
    CHECK(token->issuer == kSpecIssuer);
    CHECK(token->subject.empty());
    CHECK(token->jti == "ee22b021-e1b7-4611-ba5b-8eec6a33ac1e");
    CHECK(token->tenant == "2ddd6c3a-8e9a-44c6-a305-52111ad302a2");
    CHECK(token->issuedAt == kSpecIat);
    CHECK(token->expiresAt == kSpecExp);
}

TEST_CASE("the specification's example token is accepted from its allow-listed jku") {
    FakeFetcher fake;
    *fake.body = readFile(fixturePath("cdshooks-spec-jwks-public.json"));
    std::string askedFor;
    auto fetcher = [&askedFor, inner = fake.fetcher()](const std::string& url) {
        askedFor = url;
        return inner(url);
    };
    JwtSettings settings = specSettings();
    settings.jwksFile.clear();
    settings.jkuAllowList = {kSpecJku};
    auto verifier = make(settings, kSpecIat, fetcher);
    CHECK(verifier.verify(specToken()));
    CHECK(askedFor == kSpecJku);
    CHECK(*fake.calls == 1);
}

TEST_CASE("the specification's example token is refused as expired today") {
    auto verifier = JwtVerifier::create(specSettings(), FakeFetcher().fetcher(),
                                        [] { return std::int64_t{std::time(nullptr)}; });
    REQUIRE(verifier);
    CHECK(reasonOf(*verifier, specToken()) == "token expired");
}

TEST_CASE("a token is accepted once: the same jti again is a replay") {
    auto verifier = make(specSettings(), kSpecIat);
    REQUIRE(verifier.verify(specToken()));
    CHECK(reasonOf(verifier, specToken()) == "jti replayed");
}

TEST_CASE("the used ids may be kept elsewhere: that keeper decides, and a failure refuses") {
    std::vector<std::string> asked;
    bool reachable = true;
    std::set<std::string> kept;
    const frontdesk::hooks::TokenIds keeper = [&](const std::string& id, std::int64_t expiresAt,
                                                  std::int64_t now) -> frontdesk::Result<bool> {
        asked.push_back(id);
        CHECK(expiresAt == kSpecExp + 60);  // the token's expiry with the allowed skew
        CHECK(now == kSpecIat);
        if (!reachable)
            return tl::unexpected(frontdesk::Error{frontdesk::ErrorCode::Storage, "down"});
        return kept.insert(id).second;
    };
    auto verifier =
        JwtVerifier::create(specSettings(), FakeFetcher().fetcher(), fixedClock(kSpecIat), keeper);
    REQUIRE(verifier);
    reachable = false;
    CHECK(reasonOf(*verifier, specToken()) == "jti not checked: down");
    reachable = true;
    REQUIRE(verifier->verify(specToken()));
    CHECK(reasonOf(*verifier, specToken()) == "jti replayed");
    REQUIRE(asked.size() == 3);
    CHECK(asked.front().rfind(kSpecIssuer + "\n", 0) == 0);  // issuer, newline, jti
}

TEST_CASE("a tampered signature or payload does not verify") {
    auto verifier = make(specSettings(), kSpecIat);
    auto p = parts(specToken());
    SECTION("signature") {
        p[2][10] = p[2][10] == 'A' ? 'B' : 'A';
    }
    SECTION("payload") {
        Json claims = Json::parse(readFile(fixturePath("cdshooks-spec-jwt-payload.json")));
        claims["tenant"] = "another-practice";
        p[1] = encodeBase64Url(claims.dump());
    }
    CHECK(reasonOf(verifier, p[0] + "." + p[1] + "." + p[2]) == "signature does not verify");
}

TEST_CASE("alg none and HMAC are refused before any key is looked up") {
    FakeFetcher fake;
    JwtSettings settings = specSettings();
    settings.jkuAllowList = {kSpecJku};
    auto verifier = make(settings, kSpecIat, fake.fetcher());
    Json claims = Json::parse(readFile(fixturePath("cdshooks-spec-jwt-payload.json")));
    Json header = {{"typ", "JWT"}, {"kid", "example-kid"}, {"jku", kSpecJku}};
    SECTION("none") {
        header["alg"] = "none";
        CHECK(reasonOf(verifier, signingInput(header, claims) + ".") == "alg none refused");
    }
    SECTION("HS384 with the public key as the secret") {
        header["alg"] = "HS384";
        const std::string secret = readFile(fixturePath("cdshooks-spec-jwks-public.json"));
        CHECK(reasonOf(verifier, hs384Token(secret, header, claims)) == "HMAC alg refused");
    }
    CHECK(*fake.calls == 0);
}

TEST_CASE("a token for another audience or from an unknown issuer is refused") {
    JwtSettings settings = specSettings();
    SECTION("aud") {
        settings.audience = "https://cds.example.org/cds-services/other-service";
        auto verifier = make(settings, kSpecIat);
        CHECK(reasonOf(verifier, specToken()) == "aud does not match");
        CHECK(verifier.verify(specToken(), kAudience));  // the endpoint named by the caller
    }
    SECTION("iss") {
        settings.issuers = {"https://other-ehr.example.com/"};
        auto verifier = make(settings, kSpecIat);
        CHECK(reasonOf(verifier, specToken()) == "unknown issuer");
    }
}

TEST_CASE("a jku that is not allow-listed is never fetched") {
    FakeFetcher fake;
    JwtSettings settings = specSettings();
    settings.jwksFile.clear();
    settings.jkuAllowList = {"https://other-ehr.example.com/jwks"};
    auto verifier = make(settings, kSpecIat, fake.fetcher());
    CHECK(reasonOf(verifier, specToken()) == "jku not allow-listed");
    CHECK(*fake.calls == 0);
}

TEST_CASE("the algorithm is fixed by the key, never by the token") {
    SECTION("an ES256 header over the specification's P-384 key") {
        auto verifier = make(specSettings(), kSpecIat);
        auto p = parts(specToken());
        Json header = Json::parse(readFile(fixturePath("cdshooks-spec-jwt-header.json")));
        header["alg"] = "ES256";
        p[0] = encodeBase64Url(header.dump());
        CHECK(reasonOf(verifier, p[0] + "." + p[1] + "." + p[2]) == "alg does not match the key");
    }
    SECTION("an ES256 token really signed with SHA-256 by a P-384 key") {
        TempDir dir;
        auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
        const std::string token = makeToken(freshKeys()[1], claimsFor("a"), "ES256");
        CHECK(reasonOf(verifier, token) == "alg does not match the key");
    }
    SECTION("RS384 over a key whose alg is RS256") {
        TempDir dir;
        auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
        const std::string token = makeToken(freshKeys()[2], claimsFor("b"), "RS384");
        CHECK(reasonOf(verifier, token) == "alg does not match the key");
    }
}

TEST_CASE("tokens signed with fresh ES256, ES384, RS256 and RS384 keys are accepted") {
    TempDir dir;
    auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
    for (const auto& key : freshKeys()) {
        INFO(key.alg);
        auto token = verifier.verify(makeToken(key, claimsFor("jti-" + key.alg)));
        REQUIRE(token);
        CHECK(token->jti == "jti-" + key.alg);
        CHECK(token->expiresAt == kNow + 300);
    }
}

TEST_CASE("aud may be an array that contains this service's URL") {
    TempDir dir;
    auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
    Json claims = claimsFor("array-aud");
    claims["aud"] = {"https://elsewhere.example.org/", kAudience};
    CHECK(verifier.verify(makeToken(freshKeys()[0], claims)));
    claims["aud"] = {"https://elsewhere.example.org/"};
    claims["jti"] = "array-aud-2";
    CHECK(reasonOf(verifier, makeToken(freshKeys()[0], claims)) == "aud does not match");
}

TEST_CASE("a token without kid uses the key set's only key, and only then") {
    TempDir dir;
    TestKey lone = TestKey::generate("ES256", "");
    auto single = make(freshSettings(dir.write("one.json", jwksOf({lone}))), kNow);
    CHECK(single.verify(makeToken(lone, claimsFor("lone"))));
    TestKey other = TestKey::generate("ES256", "");
    auto twoKeys = make(freshSettings(dir.write("two.json", jwksOf({lone, other}))), kNow);
    CHECK(reasonOf(twoKeys, makeToken(lone, claimsFor("lone"))) ==
          "no kid and not exactly one key");
}

TEST_CASE("the time claims, the lifetime and the jti are checked") {
    TempDir dir;
    auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
    const TestKey& key = freshKeys()[0];
    SECTION("within the skew") {
        CHECK(verifier.verify(makeToken(key, claimsFor("late", kNow - 100, kNow - 60))));
        CHECK(verifier.verify(makeToken(key, claimsFor("early", kNow + 60, kNow + 360))));
        return;
    }
    Json claims = claimsFor("times");
    std::string reason;
    SECTION("expired beyond the skew") {
        claims["exp"] = kNow - 61;
        claims["iat"] = kNow - 100;
        reason = "token expired";
    }
    SECTION("issued in the future") {
        claims["iat"] = kNow + 61;
        reason = "token issued in the future";
    }
    SECTION("not yet valid") {
        claims["nbf"] = kNow + 61;
        reason = "token not yet valid";
    }
    SECTION("lifetime over an hour") {
        claims["exp"] = kNow + 3601;
        reason = "token lifetime too long";
    }
    SECTION("exp missing") {
        claims.erase("exp");
        reason = "exp missing";
    }
    SECTION("iat missing") {
        claims.erase("iat");
        reason = "iat missing";
    }
    SECTION("jti missing") {
        claims.erase("jti");
        reason = "jti missing";
    }
    SECTION("exp not a number") {
        claims["exp"] = "tomorrow";
        reason = "exp is not a number";
    }
    CHECK(reasonOf(verifier, makeToken(key, claims)) == reason);
}

TEST_CASE("a token that is not a compact JWS is refused") {
    auto verifier = make(specSettings(), kSpecIat);
    auto p = parts(specToken());
    CHECK(reasonOf(verifier, p[0] + "." + p[1]) == "not a compact JWS (three parts)");
    CHECK(reasonOf(verifier, specToken() + ".x") == "not a compact JWS (three parts)");
    CHECK(reasonOf(verifier, p[0] + "=." + p[1] + "." + p[2]) == "a part is not base64url");
    CHECK(reasonOf(verifier, p[0] + "." + p[1] + "." + p[2] + " ") == "a part is not base64url");
    const std::string notJson = encodeBase64Url("[1]");
    CHECK(reasonOf(verifier, notJson + "." + p[1] + "." + p[2]) == "header is not a JSON object");
    CHECK(reasonOf(verifier, std::string(20000, 'a')) == "token too long");
}

TEST_CASE("a bad JWKS file is an error naming the file and the reason") {
    TempDir dir;
    JwtSettings settings = specSettings();
    auto errorFor = [&](const std::string& path) {
        settings.jwksFile = path;
        auto verifier = JwtVerifier::create(settings, FakeFetcher().fetcher(), fixedClock(kNow));
        REQUIRE_FALSE(verifier);
        CHECK(verifier.error().code == frontdesk::ErrorCode::BadInput);
        return verifier.error().message;
    };
    const std::string missing = (fs::path(dir.write("x", "")).parent_path() / "none.json");
    CHECK(errorFor(missing) == missing + ": cannot be read");
    const std::string notJson = dir.write("broken.json", "{\"keys\": [");
    CHECK(errorFor(notJson) == notJson + ": not valid JSON");
    Json jwks = Json::parse(readFile(fixturePath("cdshooks-spec-jwks-public.json")));
    jwks["keys"][0]["x"] = encodeBase64Url(std::string(47, 'x'));
    const std::string shortX = dir.write("short.json", jwks.dump());
    CHECK(errorFor(shortX) == shortX + ": key 'example-kid': x is not 48 bytes");
    jwks["keys"][0]["x"] = encodeBase64Url(std::string(48, 'x'));
    const std::string offCurve = dir.write("off.json", jwks.dump());
    CHECK(errorFor(offCurve) == offCurve + ": key 'example-kid': not a valid public key");
    const std::string empty = dir.write("empty.json", "{\"keys\": [{\"kty\": \"OKP\"}]}");
    CHECK(errorFor(empty).starts_with(empty + ": no usable signing key"));
}

TEST_CASE("a jku key set is fetched once and kept for jkuCacheS") {
    FakeFetcher fake;
    *fake.body = jwksOf(freshKeys());
    JwtSettings settings = freshSettings("");
    settings.jkuAllowList = {kJku};
    std::int64_t now = kNow;
    auto verifier = JwtVerifier::create(settings, fake.fetcher(), [&now] { return now; });
    REQUIRE(verifier);
    auto tokenWithJku = [](const TestKey& key, const std::string& jti, std::int64_t at) {
        Json header = {{"alg", key.alg}, {"kid", key.kid}, {"jku", kJku}};
        const std::string input = signingInput(header, claimsFor(jti, at, at + 300));
        return input + "." + encodeBase64Url(key.sign(input, key.alg));
    };
    CHECK(verifier->verify(tokenWithJku(freshKeys()[0], "one", now)));
    CHECK(verifier->verify(tokenWithJku(freshKeys()[3], "two", now)));
    CHECK(*fake.calls == 1);
    now += settings.jkuCacheS;
    CHECK(verifier->verify(tokenWithJku(freshKeys()[1], "three", now)));
    CHECK(*fake.calls == 2);

    SECTION("an unknown kid refetches, at most once a minute") {
        TestKey rotated = TestKey::generate("ES384", "rotated");
        *fake.body = jwksOf({rotated});
        now += 59;
        CHECK(reasonOf(*verifier, tokenWithJku(rotated, "four", now)) == "unknown kid");
        CHECK(*fake.calls == 2);
        now += 1;
        CHECK(verifier->verify(tokenWithJku(rotated, "five", now)));
        CHECK(*fake.calls == 3);
    }
    SECTION("a failed fetch is an error, not retried for 30 s") {
        fake.body->clear();
        now += settings.jkuCacheS;
        const std::string token = tokenWithJku(freshKeys()[0], "six", now);
        const std::string expected = "jku key set unavailable: https://ehr.example.org/jwks: 503";
        CHECK(reasonOf(*verifier, token) == expected);
        now += 29;
        CHECK(reasonOf(*verifier, token) == expected);
        CHECK(*fake.calls == 3);
    }
}

TEST_CASE("verify() runs on four threads at once") {
    TempDir dir;
    auto verifier = make(freshSettings(dir.write("jwks.json", jwksOf(freshKeys()))), kNow);
    std::vector<std::vector<std::string>> tokens(4);
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        for (int i = 0; i < 25; ++i) {
            const auto& key = freshKeys()[(t + static_cast<std::size_t>(i)) % 4];
            tokens[t].push_back(
                makeToken(key, claimsFor(std::to_string(t) + "-" + std::to_string(i))));
        }
    }
    std::atomic<int> accepted = 0;
    std::vector<std::thread> threads;
    threads.reserve(tokens.size());
    for (const auto& batch : tokens) {
        threads.emplace_back([&verifier, &accepted, &batch] {
            for (const auto& token : batch) accepted += verifier.verify(token) ? 1 : 0;
        });
    }
    for (auto& thread : threads) thread.join();
    CHECK(accepted == 100);
}

TEST_CASE("the curl fetcher refuses anything but https and reports failures") {
    auto fetch = frontdesk::hooks::curlFetcher();
    auto plain = fetch("http://127.0.0.1:9/jwks");
    REQUIRE_FALSE(plain);
    CHECK(plain.error().message.starts_with("http://127.0.0.1:9/jwks: "));
    auto closed = fetch("https://127.0.0.1:9/jwks");  // the discard port: nothing listens
    REQUIRE_FALSE(closed);
    CHECK(closed.error().message.starts_with("https://127.0.0.1:9/jwks: "));
}

// The key-set host of an EHR: HTTPS on 127.0.0.1 with a self-signed certificate.
class KeySetHost {
public:
    explicit KeySetHost(const TempDir& dir)
        : m_cert(dir.write("cert.pem", "")), m_key(dir.write("key.pem", "")) {
        writeSelfSigned(m_cert, m_key);
        m_server = std::make_unique<httplib::SSLServer>(m_cert.c_str(), m_key.c_str());
        REQUIRE(m_server->is_valid());
        m_server->Get("/jwks", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(jwksOf(freshKeys()), "application/json");
        });
        m_server->Get("/big", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(std::string(300 * 1024, ' ') + "{}", "application/json");
        });
        m_server->Get("/moved", [this](const httplib::Request&, httplib::Response& res) {
            res.set_redirect(url("/jwks"));
        });
        m_port = m_server->bind_to_any_port("127.0.0.1");
        REQUIRE(m_port > 0);
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
        while (!m_server->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~KeySetHost() {
        m_server->stop();
        m_thread.join();
    }
    std::string url(const std::string& path) const {
        return "https://127.0.0.1:" + std::to_string(m_port) + path;
    }
    const std::string& certificate() const { return m_cert; }

private:
    std::string m_cert, m_key;
    std::unique_ptr<httplib::SSLServer> m_server;
    int m_port = 0;
    std::thread m_thread;
};

TEST_CASE("the curl fetcher gets a key set over real HTTPS, verifying the host's certificate") {
    TempDir dir;
    KeySetHost host(dir);
    const auto trusting = frontdesk::hooks::curlFetcher(host.certificate());

    SECTION("trusted through the configured CA file: the body, and tokens verify against it") {
        auto body = trusting(host.url("/jwks"));
        REQUIRE(body);
        CHECK(*body == jwksOf(freshKeys()));
        JwtSettings settings = freshSettings("");
        settings.jkuAllowList = {host.url("/jwks")};
        auto verifier = make(settings, kNow, trusting);
        Json header = {{"alg", "ES384"}, {"kid", freshKeys()[1].kid}, {"jku", host.url("/jwks")}};
        const std::string input = signingInput(header, claimsFor("over-https"));
        CHECK(verifier.verify(input + "." + encodeBase64Url(freshKeys()[1].sign(input, "ES384"))));
    }
    SECTION("not trusted by the system's store: refused before any body") {
        auto body = frontdesk::hooks::curlFetcher()(host.url("/jwks"));
        REQUIRE_FALSE(body);
        CHECK(body.error().message.starts_with(host.url("/jwks") + ": "));
        CHECK(body.error().message.find("certificate") != std::string::npos);
    }
    SECTION("a body over 256 KiB") {
        auto body = trusting(host.url("/big"));
        REQUIRE_FALSE(body);
        CHECK(body.error().message == host.url("/big") + ": body over 256 KiB");
    }
    SECTION("a redirect is not followed") {
        auto body = trusting(host.url("/moved"));
        REQUIRE_FALSE(body);
        CHECK(body.error().message == host.url("/moved") + ": HTTP status 302");
    }
    SECTION("a missing key set") {
        auto body = trusting(host.url("/nothing"));
        REQUIRE_FALSE(body);
        CHECK(body.error().message == host.url("/nothing") + ": HTTP status 404");
    }
}

TEST_CASE("settings without an issuer, an audience or a key source are refused") {
    JwtSettings settings = specSettings();
    std::string expected;
    SECTION("issuer") {
        settings.issuers.clear();
        expected = "JWT settings: no issuer is allow-listed";
    }
    SECTION("audience") {
        settings.audience.clear();
        expected = "JWT settings: no audience is configured";
    }
    SECTION("key source") {
        settings.jwksFile.clear();
        expected = "JWT settings: neither a JWKS file nor a jku allow-list";
    }
    SECTION("a jku over plain http") {
        settings.jkuAllowList = {"http://fhir-ehr.example.com/jwk_uri"};
        expected = "JWT settings: jku http://fhir-ehr.example.com/jwk_uri is not https";
    }
    auto verifier = JwtVerifier::create(settings, FakeFetcher().fetcher(), fixedClock(kNow));
    REQUIRE_FALSE(verifier);
    CHECK(verifier.error().message == expected);
}
