#include "jwk.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <nlohmann/json.hpp>

namespace frontdesk::hooks {
namespace {

using Json = nlohmann::json;

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T* p) const {
        Free(p);
    }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using EcSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using KeyPtr = std::shared_ptr<EVP_PKEY>;

struct Curve {
    const char* crv;    // the JWK name
    const char* group;  // OpenSSL's name
    const char* alg;
    std::size_t size;  // bytes of a coordinate, and of r and of s
};
constexpr Curve kCurves[] = {{"P-256", "prime256v1", "ES256", 32},
                             {"P-384", "secp384r1", "ES384", 48}};
constexpr int kMinRsaBits = 2048;

const unsigned char* bytes(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

std::string member(const Json& jwk, const char* name) {
    auto it = jwk.find(name);
    return it != jwk.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A base64url member decoded; `size` 0 accepts any non-empty length.
Result<std::string> binaryMember(const Json& jwk, const char* name, std::size_t size) {
    auto decoded = decodeBase64Url(member(jwk, name));
    if (!decoded || decoded->empty()) {
        return fail(ErrorCode::BadInput, std::string(name) + " is missing or not base64url");
    }
    if (size != 0 && decoded->size() != size) {
        return fail(ErrorCode::BadInput,
                    std::string(name) + " is not " + std::to_string(size) + " bytes");
    }
    return *decoded;
}

// Builds a public key from parameters and has OpenSSL check it (an EC point on its curve,
// a sane RSA modulus and exponent).
Result<KeyPtr> publicKeyFrom(const char* type, OSSL_PARAM_BLD* builder) {
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return fail(ErrorCode::BadInput, "not a valid public key");
    }
    KeyPtr key(raw, EVP_PKEY_free);
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, raw, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        return fail(ErrorCode::BadInput, "not a valid public key");
    }
    return key;
}

Result<std::optional<Jwk>> ecJwk(const Json& jwk) {
    const std::string crv = member(jwk, "crv");
    const auto* curve = std::find_if(std::begin(kCurves), std::end(kCurves),
                                     [&](const Curve& c) { return crv == c.crv; });
    if (curve == std::end(kCurves)) return std::nullopt;
    const std::string alg = member(jwk, "alg");
    if (!alg.empty() && alg != curve->alg) {
        return fail(ErrorCode::BadInput, "alg " + alg + " contradicts curve " + crv);
    }
    auto x = binaryMember(jwk, "x", curve->size);
    if (!x) return tl::unexpected(x.error());
    auto y = binaryMember(jwk, "y", curve->size);
    if (!y) return tl::unexpected(y.error());
    const std::string point = '\x04' + *x + *y;
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->group,
                                         0) ||
        !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                          point.size())) {
        return fail(ErrorCode::BadInput, "out of memory building the key");
    }
    auto key = publicKeyFrom("EC", builder.get());
    if (!key) return tl::unexpected(key.error());
    return Jwk{member(jwk, "kid"), curve->alg, *key};
}

Result<std::optional<Jwk>> rsaJwk(const Json& jwk) {
    std::string alg = member(jwk, "alg");
    if (alg.empty()) alg = "RS384";
    if (alg != "RS256" && alg != "RS384") return std::nullopt;
    auto n = binaryMember(jwk, "n", 0);
    if (!n) return tl::unexpected(n.error());
    auto e = binaryMember(jwk, "e", 0);
    if (!e) return tl::unexpected(e.error());
    BnPtr modulus(BN_bin2bn(bytes(*n), static_cast<int>(n->size()), nullptr));
    BnPtr exponent(BN_bin2bn(bytes(*e), static_cast<int>(e->size()), nullptr));
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !builder ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get())) {
        return fail(ErrorCode::BadInput, "out of memory building the key");
    }
    auto key = publicKeyFrom("RSA", builder.get());
    if (!key) return tl::unexpected(key.error());
    if (EVP_PKEY_get_bits(key->get()) < kMinRsaBits) {
        return fail(ErrorCode::BadInput, "RSA key shorter than 2048 bits");
    }
    return Jwk{member(jwk, "kid"), alg, *key};
}

bool allowsVerify(const Json& jwk) {
    auto ops = jwk.find("key_ops");
    if (ops == jwk.end()) return true;
    return ops->is_array() && std::find(ops->begin(), ops->end(), "verify") != ops->end();
}

// A usable key, nullopt for one to skip, or why a usable-looking key is broken.
Result<std::optional<Jwk>> parseJwk(const Json& jwk) {
    if (!jwk.is_object()) return fail(ErrorCode::BadInput, "is not a JSON object");
    const std::string use = member(jwk, "use");
    if ((!use.empty() && use != "sig") || !allowsVerify(jwk)) return std::nullopt;
    const std::string kty = member(jwk, "kty");
    if (kty == "EC") return ecJwk(jwk);
    if (kty == "RSA") return rsaJwk(jwk);
    return std::nullopt;
}

std::string keyName(const Json& jwk, std::size_t index) {
    const std::string kid = jwk.is_object() ? member(jwk, "kid") : std::string();
    return kid.empty() ? "key #" + std::to_string(index + 1) : "key '" + kid + "'";
}

// JWS carries ECDSA signatures as r||s; OpenSSL verifies the DER form (RFC 7518 3.4).
std::optional<std::string> ecdsaDer(std::string_view raw, std::size_t size) {
    if (raw.size() != 2 * size) return std::nullopt;
    const int half = static_cast<int>(size);
    BnPtr r(BN_bin2bn(bytes(raw), half, nullptr));
    BnPtr s(BN_bin2bn(bytes(raw.substr(size)), half, nullptr));
    EcSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        return std::nullopt;
    }
    (void)r.release();  // owned by sig now
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0) return std::nullopt;
    std::string der(static_cast<std::size_t>(length), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length) return std::nullopt;
    return der;
}

}  // namespace

std::optional<std::string> decodeBase64Url(std::string_view text) {
    if (text.size() % 4 == 1) return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int value = sextet(c);
        if (value < 0) return std::nullopt;
        buffer = ((buffer << 6) | static_cast<std::uint32_t>(value)) & 0xFFFFFF;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    if ((buffer & ((1U << bits) - 1)) != 0) return std::nullopt;  // non-canonical tail
    return out;
}

Result<JwkSet> parseJwkSet(std::string_view json, const std::string& origin) {
    const Json doc = Json::parse(json, nullptr, false);
    if (doc.is_discarded()) return fail(ErrorCode::BadInput, origin + ": not valid JSON");
    if (!doc.is_object() || !doc.contains("keys") || !doc["keys"].is_array()) {
        return fail(ErrorCode::BadInput, origin + ": not a JWK Set (no \"keys\" array)");
    }
    JwkSet keys;
    std::set<std::string> kids;
    const Json& list = doc["keys"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto jwk = parseJwk(list[i]);
        const std::string where = origin + ": " + keyName(list[i], i);
        if (!jwk) return fail(ErrorCode::BadInput, where + ": " + jwk.error().message);
        if (!*jwk) continue;
        if (!(*jwk)->kid.empty() && !kids.insert((*jwk)->kid).second) {
            return fail(ErrorCode::BadInput, where + ": kid used twice");
        }
        keys.push_back(std::move(**jwk));
    }
    if (keys.empty()) {
        return fail(ErrorCode::BadInput,
                    origin + ": no usable signing key (EC P-256/P-384 or RSA RS256/RS384)");
    }
    return keys;
}

const Jwk* findKey(const JwkSet& keys, std::string_view kid) {
    if (kid.empty()) return keys.size() == 1 ? &keys.front() : nullptr;
    auto it = std::find_if(keys.begin(), keys.end(), [&](const Jwk& k) { return k.kid == kid; });
    return it == keys.end() ? nullptr : &*it;
}

bool verifySignature(const Jwk& key, std::string_view signingInput, std::string_view signature) {
    const bool sha256 = key.alg == "ES256" || key.alg == "RS256";
    std::string der;
    if (key.alg.starts_with("ES")) {
        auto converted = ecdsaDer(signature, sha256 ? 32 : 48);
        if (!converted) return false;
        der = std::move(*converted);
        signature = der;
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const EVP_MD* digest = sha256 ? EVP_sha256() : EVP_sha384();
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, digest, nullptr, key.key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), signature.size(), bytes(signingInput),
                            signingInput.size()) == 1;
}

}  // namespace frontdesk::hooks
