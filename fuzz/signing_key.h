#pragma once

// A key pair made when a fuzz target starts, to sign the tokens it builds from its input, so
// that fuzzing reaches past the signature check into the claims (never in the library).

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"

namespace frontdesk::fuzz {

inline std::string encodeBase64Url(std::string_view bytes) {
    static constexpr std::string_view kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 6) out += kAlphabet[(buffer >> (bits -= 6)) & 63];
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
    return out;
}

class SigningKey {
public:
    // alg: ES256 (P-256) or RS256 (RSA 2048).
    SigningKey(std::string alg, std::string kid) : m_alg(std::move(alg)), m_kid(std::move(kid)) {
        EVP_PKEY* raw = m_alg == "ES256" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                                         : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", 2048UL);
        check(raw != nullptr, "a signing key is made");
        m_pair.reset(raw, EVP_PKEY_free);
    }

    const std::string& alg() const { return m_alg; }
    const std::string& kid() const { return m_kid; }

    nlohmann::json publicJwk() const {
        nlohmann::json jwk = {{"kid", m_kid}, {"use", "sig"}, {"alg", m_alg}};
        if (m_alg == "ES256") {
            jwk["kty"] = "EC";
            jwk["crv"] = "P-256";
            jwk["x"] = encodeBase64Url(number(OSSL_PKEY_PARAM_EC_PUB_X, 32));
            jwk["y"] = encodeBase64Url(number(OSSL_PKEY_PARAM_EC_PUB_Y, 32));
        } else {
            jwk["kty"] = "RSA";
            jwk["n"] = encodeBase64Url(number(OSSL_PKEY_PARAM_RSA_N, 0));
            jwk["e"] = encodeBase64Url(number(OSSL_PKEY_PARAM_RSA_E, 0));
        }
        return jwk;
    }

    // The raw JWS signature of `input` (r||s for ECDSA).
    std::string sign(std::string_view input) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
        const auto* data = reinterpret_cast<const unsigned char*>(input.data());
        std::size_t length = 0;
        check(EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_pair.get()) == 1 &&
                  EVP_DigestSign(ctx.get(), nullptr, &length, data, input.size()) == 1,
              "signing starts");
        std::string sig(length, '\0');
        auto* out = reinterpret_cast<unsigned char*>(sig.data());
        check(EVP_DigestSign(ctx.get(), out, &length, data, input.size()) == 1, "signing works");
        sig.resize(length);
        return m_alg == "ES256" ? rawEcdsa(sig) : sig;
    }

private:
    std::string number(const char* name, int size) const {
        BIGNUM* bn = nullptr;
        check(EVP_PKEY_get_bn_param(m_pair.get(), name, &bn) == 1, "a key parameter is read");
        std::string out(static_cast<std::size_t>(size > 0 ? size : BN_num_bytes(bn)), '\0');
        BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()),
                     static_cast<int>(out.size()));
        BN_free(bn);
        return out;
    }

    static std::string rawEcdsa(const std::string& der) {
        const auto* p = reinterpret_cast<const unsigned char*>(der.data());
        ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
        check(sig != nullptr, "an ECDSA signature reads");
        std::string raw(64, '\0');
        auto* out = reinterpret_cast<unsigned char*>(raw.data());
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), out, 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), out + 32, 32);
        ECDSA_SIG_free(sig);
        return raw;
    }

    std::string m_alg;
    std::string m_kid;
    std::shared_ptr<EVP_PKEY> m_pair;
};

}  // namespace frontdesk::fuzz
