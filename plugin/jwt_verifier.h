#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/domain/error.h"

namespace frontdesk::hooks {

// How EHR calls are authenticated (CDS Hooks "Trusting CDS Clients").
struct JwtSettings {
    std::vector<std::string> issuers;       // allow-listed `iss` values (exact match)
    std::string audience;                   // this service's URL; `aud` must equal it
    std::string jwksFile;                   // a local JWKS file (optional)
    std::vector<std::string> jkuAllowList;  // exact https URLs a token's `jku` may name
    int clockSkewS = 60;                    // allowed skew for exp/iat/nbf
    int maxLifetimeS = 3600;                // tokens with exp - iat longer than this are refused
    int jkuCacheS = 3600;                   // how long a fetched key set is kept
};

// What a verified token says about its caller.
struct VerifiedToken {
    std::string issuer, subject, jti, tenant;  // subject and tenant empty when absent
    std::int64_t issuedAt = 0, expiresAt = 0;  // seconds since the epoch
};

using Clock = std::function<std::int64_t()>;  // seconds since the epoch
using Fetcher = std::function<Result<std::string>(const std::string& url)>;  // an https body
// Where the token ids already used are kept: true for the first use of `id` (issuer, a
// newline, jti) while its token is valid (until `expiresAt`), false after. Must be safe to
// call from many threads. The default keeps them in the verifier's memory; a program whose
// several processes share a database keeps them there (Store::firstUseOfToken).
using TokenIds =
    std::function<Result<bool>(const std::string& id, std::int64_t expiresAt, std::int64_t now)>;

// The system clock.
Clock systemClock();

// Fetches with libcurl: https only, no redirects, peer and host verified, connect timeout
// 3 s, total 10 s, at most 256 KiB of body. Fails (BadInput) naming the URL and the reason,
// also on an HTTP status other than 200. Safe to call from many threads. `caFile`: a PEM
// bundle of the CAs to trust instead of the system's store (an EHR behind a private CA).
Fetcher curlFetcher(const std::string& caFile = {});

// Verifies the compact JWS an EHR sends as its bearer token: ES256, ES384, RS256 or RS384
// with the algorithm fixed by the key, `none` and HMAC refused; the key by `kid` from the JWKS
// file or from an allow-listed `jku` (fetched, kept jkuCacheS, refetched on an unknown kid at
// most once a minute); `iss`, `aud`, `exp`, `iat`, `nbf` and a `jti` never accepted twice.
// verify() may run on many threads at once.
class JwtVerifier {
public:
    // Checks the settings and loads the JWKS file. Fails (BadInput) without an issuer, an
    // audience or a key source, on a jku allow-list entry that is not https, and on a JWKS
    // file that cannot be read or is not a usable JWK Set, naming the file and the reason.
    static Result<JwtVerifier> create(JwtSettings settings, Fetcher fetcher = curlFetcher(),
                                      Clock clock = systemClock(), TokenIds usedIds = {});

    JwtVerifier(JwtVerifier&&) noexcept;
    JwtVerifier& operator=(JwtVerifier&&) noexcept;
    ~JwtVerifier();

    // The verified token, or a BadInput error whose message is a short reason for the log
    // ("signature does not verify", "token expired", "unknown issuer", "jti replayed",
    // "alg none refused", ...). The message never contains the token or its claims.
    Result<VerifiedToken> verify(std::string_view compactToken);

    // The same, with `aud` checked against `audience` (the URL of the endpoint called)
    // instead of the configured one.
    Result<VerifiedToken> verify(std::string_view compactToken, std::string_view audience);

private:
    struct State;
    explicit JwtVerifier(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace frontdesk::hooks
