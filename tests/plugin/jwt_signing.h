#pragma once

// Test-only JWT signing for the plugin's tests (never in the library): freshly generated key
// pairs, their public JWKs, and compact tokens signed ES256/ES384/RS256/RS384 or HS384.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace frontdesk::test {

using Json = nlohmann::json;

inline std::string encodeBase64Url(std::string_view bytes) {
    static const char* kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        buffer = (buffer << 8) | c;
        bits += 8;
        while (bits >= 6) out += kAlphabet[(buffer >> (bits -= 6)) & 63];
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
    return out;
}

inline std::string bignumBytes(const EVP_PKEY* key, const char* name, int size) {
    BIGNUM* bn = nullptr;
    REQUIRE(EVP_PKEY_get_bn_param(key, name, &bn) == 1);
    std::string out(static_cast<std::size_t>(size > 0 ? size : BN_num_bytes(bn)), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    BN_free(bn);
    return out;
}

// A freshly generated key pair and the JWS algorithm it signs with.
struct TestKey {
    std::shared_ptr<EVP_PKEY> pair;
    std::string alg, kid;

    static TestKey generate(const std::string& alg, const std::string& kid) {
        EVP_PKEY* raw = nullptr;
        if (alg == "ES256") raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        if (alg == "ES384") raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        if (alg.starts_with("RS")) raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048});
        REQUIRE(raw != nullptr);
        return TestKey{std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free), alg, kid};
    }

    int coordinateSize() const { return alg == "ES256" ? 32 : 48; }

    // The public JWK; an RS384 key leaves `alg` out, since RS384 is the default for RSA.
    Json publicJwk() const {
        Json jwk = {{"kid", kid}, {"use", "sig"}};
        if (alg.starts_with("ES")) {
            jwk["kty"] = "EC";
            jwk["crv"] = alg == "ES256" ? "P-256" : "P-384";
            jwk["x"] = encodeBase64Url(bignumBytes(pair.get(), "qx", coordinateSize()));
            jwk["y"] = encodeBase64Url(bignumBytes(pair.get(), "qy", coordinateSize()));
            jwk["alg"] = alg;
        } else {
            jwk["kty"] = "RSA";
            jwk["n"] = encodeBase64Url(bignumBytes(pair.get(), OSSL_PKEY_PARAM_RSA_N, 0));
            jwk["e"] = encodeBase64Url(bignumBytes(pair.get(), OSSL_PKEY_PARAM_RSA_E, 0));
            if (alg == "RS256") jwk["alg"] = alg;
        }
        if (kid.empty()) jwk.erase("kid");
        return jwk;
    }

    // The raw JWS signature: r||s for ECDSA.
    std::string sign(std::string_view input, const std::string& digestAlg) const {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        const EVP_MD* md = digestAlg.ends_with("256") ? EVP_sha256() : EVP_sha384();
        std::size_t length = 0;
        const auto* data = reinterpret_cast<const unsigned char*>(input.data());
        REQUIRE(EVP_DigestSignInit(ctx, nullptr, md, nullptr, pair.get()) == 1);
        REQUIRE(EVP_DigestSign(ctx, nullptr, &length, data, input.size()) == 1);
        std::string sig(length, '\0');
        auto* out = reinterpret_cast<unsigned char*>(sig.data());
        REQUIRE(EVP_DigestSign(ctx, out, &length, data, input.size()) == 1);
        EVP_MD_CTX_free(ctx);
        sig.resize(length);
        return alg.starts_with("ES") ? derToRaw(sig) : sig;
    }

    std::string derToRaw(const std::string& der) const {
        const auto* p = reinterpret_cast<const unsigned char*>(der.data());
        ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
        REQUIRE(sig != nullptr);
        const int size = coordinateSize();
        std::string raw(static_cast<std::size_t>(2 * size), '\0');
        auto* out = reinterpret_cast<unsigned char*>(raw.data());
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), out, size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), out + size, size);
        ECDSA_SIG_free(sig);
        return raw;
    }
};

inline std::string signingInput(const Json& header, const Json& claims) {
    return encodeBase64Url(header.dump()) + "." + encodeBase64Url(claims.dump());
}

// A compact token; `headerAlg` lets a test lie about the algorithm.
inline std::string makeToken(const TestKey& key, const Json& claims, std::string headerAlg = "") {
    if (headerAlg.empty()) headerAlg = key.alg;
    Json header = {{"alg", headerAlg}, {"typ", "JWT"}};
    if (!key.kid.empty()) header["kid"] = key.kid;
    const std::string input = signingInput(header, claims);
    return input + "." + encodeBase64Url(key.sign(input, headerAlg));
}

inline std::string hs384Token(const std::string& secret, const Json& header, const Json& claims) {
    const std::string input = signingInput(header, claims);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha384(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &length);
    return input + "." + encodeBase64Url({reinterpret_cast<const char*>(mac), length});
}

inline std::string jwksOf(const std::vector<TestKey>& keys) {
    Json set = {{"keys", Json::array()}};
    for (const auto& key : keys) set["keys"].push_back(key.publicJwk());
    return set.dump(2);
}

}  // namespace frontdesk::test
