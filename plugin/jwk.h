#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/domain/error.h"

struct evp_pkey_st;  // OpenSSL's EVP_PKEY; OpenSSL stays out of this header

namespace frontdesk::hooks {

// One public signing key of a JWK Set (RFC 7517) and the JWS algorithm it fixes:
// EC P-256 -> ES256, EC P-384 -> ES384, RSA -> its `alg` member (RS384 when it has none).
struct Jwk {
    std::string kid;                   // empty when the JWK has none
    std::string alg;                   // ES256, ES384, RS256 or RS384
    std::shared_ptr<evp_pkey_st> key;  // read-only once built: safe on many threads at once
};

// The usable signing keys of a JWK Set, in document order.
using JwkSet = std::vector<Jwk>;

// Decodes unpadded base64url (RFC 7515 section 2). Returns nullopt on padding, any character
// outside the alphabet, an impossible length or non-zero trailing bits.
std::optional<std::string> decodeBase64Url(std::string_view text);

// Parses a JWK Set document. Keys this verifier cannot use are skipped as RFC 7517 asks
// (another kty, `use` other than "sig", a curve other than P-256/P-384, an RSA `alg` other
// than RS256/RS384). Fails with BadInput, the message starting with `origin`, on text that is
// not a JWK Set, on a usable key with bad members (a coordinate of the wrong length, a point
// off the curve, an `alg` the curve contradicts, RSA shorter than 2048 bits), on a kid used
// twice, and when no usable key is left.
Result<JwkSet> parseJwkSet(std::string_view json, const std::string& origin);

// The key whose kid is `kid`; when `kid` is empty, the set's only key. nullptr otherwise.
const Jwk* findKey(const JwkSet& keys, std::string_view kid);

// Whether `signature` (the raw JWS bytes: r||s for ECDSA, exactly twice the coordinate size)
// is the key's algorithm's signature of `signingInput` by `key`.
bool verifySignature(const Jwk& key, std::string_view signingInput, std::string_view signature);

}  // namespace frontdesk::hooks
