// Fuzzes the verification of the bearer tokens EHRs send (plugin/jwt_verifier.h) with a
// verifier made for each input (keys from an allow-listed jku, a fixed clock). The first byte
// chooses how the rest is used:
//   0: the rest is the token as sent. No such token can carry a signature of this run's keys,
//      so none may verify;
//   1: "<header JSON>\n<payload JSON>", signed with this run's ES256 or RS256 key (second
//      byte), so that the header and the claims are fuzzed past the signature check;
//   2: as 1, then "\n<JWK Set>": the key set the jku serves.
// A verified token's claims hold what verify() promises, and it never verifies twice.
#include <algorithm>

#include "fuzz_support.h"
#include "jwt_verifier.h"
#include "signing_key.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using frontdesk::fuzz::check;
using nlohmann::json;

namespace {

constexpr std::int64_t kNow = 1'800'000'000;
const std::string kIssuer = "https://ehr.example";
const std::string kAudience = "https://frontdesk.example/cds-services/frontdesk-patient-view";
const std::string kJku = "https://ehr.example/jwks.json";

struct Keys {
    fuzz::SigningKey es256{"ES256", "ec-1"};
    fuzz::SigningKey rs256{"RS256", "rsa-1"};
    std::string jwks;
};
const Keys* keys = nullptr;

JwtVerifier verifierServing(std::string jwks) {
    JwtSettings settings;
    settings.issuers = {kIssuer, "https://other.example"};
    settings.audience = kAudience;
    settings.jkuAllowList = {kJku};
    auto verifier = JwtVerifier::create(
        settings,
        [jwks = std::move(jwks)](const std::string& url) -> Result<std::string> {
            if (url != kJku) return fail(ErrorCode::BadInput, url + ": not served");
            return jwks;
        },
        [] { return kNow; });
    check(verifier.has_value(), "the verifier is made");
    return std::move(*verifier);
}

void checkVerified(const VerifiedToken& token) {
    check(token.issuer == kIssuer || token.issuer == "https://other.example",
          "a verified token's issuer is allow-listed");
    check(!token.jti.empty(), "a verified token has a jti");
    check(token.expiresAt >= token.issuedAt, "a verified token expires after it was issued");
    check(kNow <= token.expiresAt + 60 && token.issuedAt <= kNow + 60,
          "a verified token is valid now");
    check(token.expiresAt - token.issuedAt <= 3600, "a verified token lives an hour at most");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    auto* made = new Keys;
    made->jwks = json{{"keys", {made->es256.publicJwk(), made->rs256.publicJwk()}}}.dump();
    keys = made;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::InputReader input(fuzz::textOf(data, size));
    const std::size_t mode = input.choose(3);
    if (mode == 0) {
        JwtVerifier verifier = verifierServing(keys->jwks);
        check(!verifier.verify(input.rest(), kAudience), "an unsigned token never verifies");
        return 0;
    }
    const fuzz::SigningKey& key = input.choose(2) == 0 ? keys->es256 : keys->rs256;
    const std::string header(input.upTo("\n"));
    const std::string payload(input.upTo("\n"));
    JwtVerifier verifier = verifierServing(mode == 2 ? std::string(input.rest()) : keys->jwks);
    const std::string signingInput =
        fuzz::encodeBase64Url(header) + "." + fuzz::encodeBase64Url(payload);
    const std::string token = signingInput + "." + fuzz::encodeBase64Url(key.sign(signingInput));
    auto verified = verifier.verify(token, kAudience);
    if (!verified) {
        check(verified.error().code == ErrorCode::BadInput && !verified.error().message.empty(),
              "a refused token says why");
        check(payload.size() < 16 || verified.error().message.find(payload) == std::string::npos,
              "a refusal never quotes the claims");
        return 0;
    }
    checkVerified(*verified);
    check(!verifier.verify(token, kAudience), "a token verifies once (jti)");
    return 0;
}
