// Fuzzes the reading of the EHRs' public keys (plugin/jwk.h), from the JWKS file or a jku:
// any text is either refused with a reason that names its origin, or gives usable keys, each
// with a supported algorithm and a key, kids never used twice; no signature of garbage
// verifies with them.
#include <set>

#include "fuzz_support.h"
#include "jwk.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using frontdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    (void)decodeBase64Url(text);
    auto keys = parseJwkSet(text, "fuzz.jwks");
    if (!keys) {
        check(keys.error().code == ErrorCode::BadInput, "a bad key set is BadInput");
        check(keys.error().message.rfind("fuzz.jwks", 0) == 0, "the refusal names its origin");
        return 0;
    }
    check(!keys->empty(), "a key set has a usable key");
    std::set<std::string> kids;
    for (const Jwk& key : *keys) {
        check(key.alg == "ES256" || key.alg == "ES384" || key.alg == "RS256" || key.alg == "RS384",
              "a key fixes a supported algorithm");
        check(key.key != nullptr, "a key has a public key");
        check(key.kid.empty() || kids.insert(key.kid).second, "kids are unique");
        check(!verifySignature(key, "fuzz", std::string(96, 'x')), "garbage never verifies");
        check(findKey(*keys, key.kid) != nullptr || key.kid.empty(), "a key is found by kid");
    }
    return 0;
}
