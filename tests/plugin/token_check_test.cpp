// The token check of EHR calls apart from HTTP: the reason of each refusal, which never holds
// the token, and the 8 KB limit of an Authorization header.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "jwt_signing.h"
#include "token_check.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using frontdesk::test::makeToken;
using frontdesk::test::TestKey;

namespace {

const std::string kIssuer = "https://ehr.example.org";
const std::string kPublicUrl = "https://cds.example.org/cds-services";

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A verifier that trusts one fresh ES256 key, and tokens signed with it.
struct Trusted {
    TestKey key = TestKey::generate("ES256", "k1");
    std::filesystem::path jwks = std::filesystem::temp_directory_path() /
                                 ("frontdesk-token-check-" + std::to_string(::getpid()) + ".json");
    std::shared_ptr<JwtVerifier> verifier;

    Trusted() {
        std::ofstream(jwks) << frontdesk::test::jwksOf({key});
        auto created = JwtVerifier::create({{kIssuer}, kPublicUrl, jwks.string(), {}});
        REQUIRE(created);
        verifier = std::make_shared<JwtVerifier>(std::move(*created));
    }
    ~Trusted() { std::filesystem::remove(jwks); }

    std::string token(const std::string& audience, const std::string& jti) const {
        return makeToken(key, {{"iss", kIssuer},
                               {"aud", audience},
                               {"iat", now()},
                               {"exp", now() + 300},
                               {"jti", jti}});
    }
};

}  // namespace

TEST_CASE("a valid token passes for the service it names, and only there", "[hooks][auth]") {
    Trusted t;
    const HookService* view = findHookService("frontdesk-patient-view");
    const std::string token = t.token(kPublicUrl + "/frontdesk-patient-view", "a");
    CHECK_FALSE(tokenRefusal(*t.verifier, kPublicUrl, view, "Bearer " + token));
    const std::string other = t.token(kPublicUrl + "/frontdesk-patient-view", "b");
    CHECK(tokenRefusal(*t.verifier, kPublicUrl, nullptr, "bearer " + other) ==
          std::optional<std::string>("aud does not match"));
    CHECK_FALSE(
        tokenRefusal(*t.verifier, kPublicUrl, nullptr, "Bearer " + t.token(kPublicUrl, "c")));
}

TEST_CASE("an Authorization header over 8 KB is refused before its token is read",
          "[hooks][auth]") {
    Trusted t;
    const std::string padded = "Bearer " + std::string(kMaxAuthorizationBytes, 'x');
    CHECK(tokenRefusal(*t.verifier, kPublicUrl, nullptr, padded) ==
          std::optional<std::string>("the Authorization header is over 8 KB"));
    const std::string atLimit = "Bearer " + std::string(kMaxAuthorizationBytes - 7, 'x');
    const auto reason = tokenRefusal(*t.verifier, kPublicUrl, nullptr, atLimit);
    REQUIRE(reason);
    CHECK(*reason != "the Authorization header is over 8 KB");  // read, and found wanting
}

TEST_CASE("each refusal is logged with its reason and never with the token", "[hooks][auth]") {
    Trusted t;
    std::vector<std::string> lines;
    const Authenticate check = tokenCheck(
        t.verifier, kPublicUrl, [&lines](const std::string& line) { lines.push_back(line); });
    const std::string token = t.token(kPublicUrl, "once");
    CHECK(check(nullptr, "Bearer " + token));
    CHECK_FALSE(check(nullptr, "Bearer " + token));  // replayed
    CHECK_FALSE(check(nullptr, "Basic dXNlcjpwYXNz"));
    CHECK_FALSE(check(nullptr, "Bearer " + std::string(9000, 'y')));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("refused: ", 0) == 0);
    CHECK(lines[1] == "refused: no bearer token");
    CHECK(lines[2] == "refused: the Authorization header is over 8 KB");
    for (const auto& line : lines) {
        CHECK(line.find(token.substr(0, 20)) == std::string::npos);
        CHECK(line.find("yyyy") == std::string::npos);
        CHECK(line.find("dXNlcjpwYXNz") == std::string::npos);
    }
}
