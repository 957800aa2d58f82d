#include "jwt_verifier.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "jwk.h"

namespace frontdesk::hooks {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxTokenBytes = 16 * 1024;
constexpr std::int64_t kJkuRetryAfterFailureS = 30;  // an EHR that is down is not hammered
constexpr std::int64_t kJkuRefetchForKidS = 60;      // key rotation, but no fetch per call
constexpr std::int64_t kMaxNumericDate = 10'000'000'000'000;

tl::unexpected<Error> refuse(std::string reason) {
    return fail(ErrorCode::BadInput, std::move(reason));
}

struct Compact {
    std::string_view signingInput;
    std::string header, payload, signature;
};

Result<Compact> splitCompact(std::string_view token) {
    if (token.size() > kMaxTokenBytes) return refuse("token too long");
    const auto first = token.find('.');
    const auto second = first == token.npos ? token.npos : token.find('.', first + 1);
    if (second == token.npos || token.find('.', second + 1) != token.npos) {
        return refuse("not a compact JWS (three parts)");
    }
    auto header = decodeBase64Url(token.substr(0, first));
    auto payload = decodeBase64Url(token.substr(first + 1, second - first - 1));
    auto signature = decodeBase64Url(token.substr(second + 1));
    // An empty signature is let through so that `alg: none` is refused by name.
    if (!header || !payload || !signature || header->empty()) {
        return refuse("a part is not base64url");
    }
    return Compact{token.substr(0, second), *header, *payload, *signature};
}

Result<Json> parseObject(const std::string& text, const char* what) {
    Json doc = Json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return refuse(std::string(what) + " is not a JSON object");
    }
    return doc;
}

// A string member; absent gives "", another type an error.
Result<std::string> optionalString(const Json& doc, const char* name) {
    auto it = doc.find(name);
    if (it == doc.end()) return std::string();
    if (!it->is_string()) return refuse(std::string(name) + " is not a string");
    return it->get<std::string>();
}

struct Header {
    std::string alg, kid;
    std::optional<std::string> jku;
};

Result<void> checkAlg(const std::string& alg) {
    if (alg == "none" || alg.empty()) return refuse("alg none refused");
    if (alg.starts_with("HS")) return refuse("HMAC alg refused");
    if (alg != "ES256" && alg != "ES384" && alg != "RS256" && alg != "RS384") {
        return refuse("alg not supported");
    }
    return {};
}

// The header's alg is checked here, before any key is looked up.
Result<Header> parseHeader(const std::string& text) {
    auto doc = parseObject(text, "header");
    if (!doc) return tl::unexpected(doc.error());
    if (doc->contains("crit")) return refuse("crit header not supported");
    auto alg = optionalString(*doc, "alg");
    auto kid = optionalString(*doc, "kid");
    auto jku = optionalString(*doc, "jku");
    if (!alg) return tl::unexpected(alg.error());
    if (auto allowed = checkAlg(*alg); !allowed) return tl::unexpected(allowed.error());
    if (!kid) return tl::unexpected(kid.error());
    if (!jku) return tl::unexpected(jku.error());
    Header header{*alg, *kid, std::nullopt};
    if (doc->contains("jku")) header.jku = *jku;
    return header;
}

// A NumericDate claim in whole seconds; nullopt when absent.
Result<std::optional<std::int64_t>> numericDate(const Json& claims, const char* name) {
    auto it = claims.find(name);
    if (it == claims.end()) return std::nullopt;
    if (!it->is_number()) return refuse(std::string(name) + " is not a number");
    const double value = it->get<double>();
    if (!(value >= 0 && value < static_cast<double>(kMaxNumericDate))) {
        return refuse(std::string(name) + " is out of range");
    }
    return static_cast<std::int64_t>(value);
}

bool audienceMatches(const Json& claims, std::string_view audience) {
    auto aud = claims.find("aud");
    if (aud == claims.end()) return false;
    if (aud->is_string()) return aud->get_ref<const std::string&>() == audience;
    return aud->is_array() && std::any_of(aud->begin(), aud->end(), [&](const Json& entry) {
               return entry.is_string() && entry.get_ref<const std::string&>() == audience;
           });
}

struct Times {
    std::int64_t now, skew, maxLifetime;
};

Result<void> checkTimes(const Json& claims, const Times& t, VerifiedToken& token) {
    auto exp = numericDate(claims, "exp");
    auto iat = numericDate(claims, "iat");
    auto nbf = numericDate(claims, "nbf");
    if (!exp) return tl::unexpected(exp.error());
    if (!iat) return tl::unexpected(iat.error());
    if (!nbf) return tl::unexpected(nbf.error());
    if (!*exp) return refuse("exp missing");
    if (!*iat) return refuse("iat missing");
    if (t.now > **exp + t.skew) return refuse("token expired");
    if (**iat > t.now + t.skew) return refuse("token issued in the future");
    if (*nbf && **nbf > t.now + t.skew) return refuse("token not yet valid");
    if (**exp < **iat) return refuse("exp before iat");
    if (**exp - **iat > t.maxLifetime) return refuse("token lifetime too long");
    token.issuedAt = **iat;
    token.expiresAt = **exp;
    return {};
}

Result<VerifiedToken> readClaims(const Json& claims, const JwtSettings& settings,
                                 std::string_view audience, const Times& times) {
    VerifiedToken token;
    auto iss = optionalString(claims, "iss");
    auto sub = optionalString(claims, "sub");
    auto jti = optionalString(claims, "jti");
    auto tenant = optionalString(claims, "tenant");
    if (!iss || !sub || !jti || !tenant) return refuse("a claim has the wrong type");
    if (std::find(settings.issuers.begin(), settings.issuers.end(), *iss) ==
        settings.issuers.end()) {
        return refuse("unknown issuer");
    }
    if (!audienceMatches(claims, audience)) return refuse("aud does not match");
    if (auto checked = checkTimes(claims, times, token); !checked) {
        return tl::unexpected(checked.error());
    }
    if (jti->empty()) return refuse("jti missing");
    token.issuer = *iss;
    token.subject = *sub;
    token.jti = *jti;
    token.tenant = *tenant;
    return token;
}

Result<std::shared_ptr<const JwkSet>> loadJwksFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return refuse(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    auto keys = parseJwkSet(text.str(), path);
    if (!keys) return tl::unexpected(keys.error());
    return std::make_shared<const JwkSet>(std::move(*keys));
}

Result<void> checkSettings(const JwtSettings& settings) {
    if (settings.issuers.empty()) return refuse("JWT settings: no issuer is allow-listed");
    if (settings.audience.empty()) return refuse("JWT settings: no audience is configured");
    if (settings.jwksFile.empty() && settings.jkuAllowList.empty()) {
        return refuse("JWT settings: neither a JWKS file nor a jku allow-list");
    }
    for (const auto& url : settings.jkuAllowList) {
        if (!url.starts_with("https://")) {
            return refuse("JWT settings: jku " + url + " is not https");
        }
    }
    return {};
}

// A key set fetched from an allow-listed jku, or why the last fetch failed.
struct JkuEntry {
    std::shared_ptr<const JwkSet> keys;
    std::int64_t fetchedAt = 0;
    std::string error;
};

}  // namespace

struct JwtVerifier::State {
    JwtSettings settings;
    Fetcher fetcher;
    Clock clock;
    std::shared_ptr<const JwkSet> fileKeys;

    std::mutex jkuMutex;  // held across a fetch, so that concurrent calls fetch once
    std::map<std::string, JkuEntry> jkuCache;

    TokenIds usedIds;  // empty: the ids are kept below, in this process
    std::mutex replayMutex;
    std::unordered_map<std::string, std::int64_t> seenJti;  // issuer + '\n' + jti -> expiry
    std::multimap<std::int64_t, std::string> jtiByExpiry;   // to prune in expiry order

    Result<Jwk> keyFor(const Header& header, std::int64_t now);
    Result<std::shared_ptr<const JwkSet>> jkuKeys(const std::string& url, std::int64_t now,
                                                  std::int64_t maxAge);
    Result<void> remember(const VerifiedToken& token, std::int64_t now);
};

Result<std::shared_ptr<const JwkSet>> JwtVerifier::State::jkuKeys(const std::string& url,
                                                                  std::int64_t now,
                                                                  std::int64_t maxAge) {
    std::lock_guard lock(jkuMutex);
    JkuEntry& entry = jkuCache[url];
    if (entry.keys && now - entry.fetchedAt < maxAge) return entry.keys;
    if (!entry.error.empty() && now - entry.fetchedAt < kJkuRetryAfterFailureS) {
        return refuse(entry.error);
    }
    auto body = fetcher(url);
    auto keys = body ? parseJwkSet(*body, url) : Result<JwkSet>(tl::unexpected(body.error()));
    if (!keys) {
        entry = JkuEntry{nullptr, now, "jku key set unavailable: " + keys.error().message};
        return refuse(entry.error);
    }
    entry = JkuEntry{std::make_shared<const JwkSet>(std::move(*keys)), now, {}};
    return entry.keys;
}

Result<Jwk> JwtVerifier::State::keyFor(const Header& header, std::int64_t now) {
    const auto& allowed = settings.jkuAllowList;
    const bool followJku =
        header.jku && std::find(allowed.begin(), allowed.end(), *header.jku) != allowed.end();
    // Without an allow-listed jku the out-of-band JWKS file is the only trusted source.
    if (header.jku && !followJku && !fileKeys) return refuse("jku not allow-listed");
    if (!followJku && !fileKeys) return refuse("no jku and no JWKS file");
    std::shared_ptr<const JwkSet> keys = fileKeys;
    if (followJku) {
        auto fetched = jkuKeys(*header.jku, now, settings.jkuCacheS);
        if (fetched && !findKey(**fetched, header.kid)) {
            fetched = jkuKeys(*header.jku, now, kJkuRefetchForKidS);
        }
        if (!fetched) return tl::unexpected(fetched.error());
        keys = *fetched;
    }
    const Jwk* key = findKey(*keys, header.kid);
    if (!key) return refuse(header.kid.empty() ? "no kid and not exactly one key" : "unknown kid");
    return *key;
}

Result<void> JwtVerifier::State::remember(const VerifiedToken& token, std::int64_t now) {
    const std::string id = token.issuer + '\n' + token.jti;
    const std::int64_t expiry = token.expiresAt + settings.clockSkewS;
    if (usedIds) {
        auto first = usedIds(id, expiry, now);
        // a replay check that cannot be made refuses the token rather than let a replay in
        if (!first) return refuse("jti not checked: " + first.error().message);
        if (!*first) return refuse("jti replayed");
        return {};
    }
    std::lock_guard lock(replayMutex);
    while (!jtiByExpiry.empty() && jtiByExpiry.begin()->first < now) {
        seenJti.erase(jtiByExpiry.begin()->second);
        jtiByExpiry.erase(jtiByExpiry.begin());
    }
    if (!seenJti.emplace(id, expiry).second) return refuse("jti replayed");
    jtiByExpiry.emplace(expiry, id);
    return {};
}

JwtVerifier::JwtVerifier(std::unique_ptr<State> state) : m_state(std::move(state)) {}
JwtVerifier::JwtVerifier(JwtVerifier&&) noexcept = default;
JwtVerifier& JwtVerifier::operator=(JwtVerifier&&) noexcept = default;
JwtVerifier::~JwtVerifier() = default;

Result<JwtVerifier> JwtVerifier::create(JwtSettings settings, Fetcher fetcher, Clock clock,
                                        TokenIds usedIds) {
    if (auto checked = checkSettings(settings); !checked) return tl::unexpected(checked.error());
    if (!fetcher || !clock) return refuse("JWT settings: no fetcher or no clock");
    auto state = std::make_unique<State>();
    if (!settings.jwksFile.empty()) {
        auto keys = loadJwksFile(settings.jwksFile);
        if (!keys) return tl::unexpected(keys.error());
        state->fileKeys = *keys;
    }
    state->settings = std::move(settings);
    state->fetcher = std::move(fetcher);
    state->clock = std::move(clock);
    state->usedIds = std::move(usedIds);
    return JwtVerifier(std::move(state));
}

Result<VerifiedToken> JwtVerifier::verify(std::string_view compactToken) {
    return verify(compactToken, m_state->settings.audience);
}

Result<VerifiedToken> JwtVerifier::verify(std::string_view compactToken,
                                          std::string_view audience) {
    auto parts = splitCompact(compactToken);
    if (!parts) return tl::unexpected(parts.error());
    auto header = parseHeader(parts->header);
    if (!header) return tl::unexpected(header.error());
    const std::int64_t now = m_state->clock();
    auto key = m_state->keyFor(*header, now);
    if (!key) return tl::unexpected(key.error());
    if (key->alg != header->alg) return refuse("alg does not match the key");
    if (!verifySignature(*key, parts->signingInput, parts->signature)) {
        return refuse("signature does not verify");
    }
    auto claims = parseObject(parts->payload, "payload");
    if (!claims) return tl::unexpected(claims.error());
    const auto& s = m_state->settings;
    auto token = readClaims(*claims, s, audience, Times{now, s.clockSkewS, s.maxLifetimeS});
    if (!token) return token;
    if (auto fresh = m_state->remember(*token, now); !fresh) return tl::unexpected(fresh.error());
    return token;
}

Clock systemClock() {
    return [] {
        using namespace std::chrono;
        return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    };
}

}  // namespace frontdesk::hooks
