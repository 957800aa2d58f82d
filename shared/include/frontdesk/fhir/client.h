#pragma once

// A FHIR REST client (over HttpClient) for the sync with the practice's EHR (docs/fhir-sync.md).
// HTTPS with peer and host verification always; plain HTTP only to a loopback address; never
// leaves the configured host (redirects and Bundle `next` links included).

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <tl/expected.hpp>

#include "frontdesk/domain/error.h"
#include "frontdesk/fhir/http.h"  // isLoopbackUrl

namespace frontdesk {

// Why a request failed. The sync stops on Auth; the others are reported with the URL path.
enum class FhirFailure {
    Auth,      // 401 or 403: the token was refused
    Status,    // another HTTP status that is not success (after retries for 429 and 503)
    Network,   // could not connect, TLS failure, timeout, stalled transfer
    TooLarge,  // the body passed the size cap
    Redirect,  // a redirect or next link to another host or scheme, or too many redirects
    BadBody,   // not JSON, or not the resource that was asked for
};

struct FhirError {
    FhirFailure failure = FhirFailure::Network;
    long status = 0;      // the HTTP status when there was one
    std::string message;  // names the request path, never the token
};

template <typename T>
using FhirResult = tl::expected<T, FhirError>;

struct FhirResponse {
    long status = 0;
    std::string body;
    std::string etag;  // the ETag header, when the server sent one
};

// Sleeps between retries; tests inject one that records instead of waiting.
using Sleeper = std::function<void(std::chrono::milliseconds)>;

struct FhirClientOptions {
    std::string baseUrl{};      // e.g. "https://ehr.example/fhir/r4"; http:// only to loopback
    std::string bearerToken{};  // empty: no Authorization header
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds requestTimeout{120'000};  // per request, the whole transfer
    long stallBytesPerSecond = 100;  // slower than this for stallSeconds aborts the transfer
    long stallSeconds = 20;
    std::size_t maxBodyBytes = 64u << 20;
    int maxAttempts = 4;  // for 429 and 503; other failures are not retried
    std::chrono::milliseconds firstBackoff{1'000};    // doubled after each retry
    std::chrono::milliseconds maxRetryWait{120'000};  // a longer Retry-After gives up
    int maxRedirects = 5;
    Sleeper sleep{};  // empty: std::this_thread::sleep_for
};

// Reads a bearer token from a file: the first line, surrounding white space removed.
// Fails with BadInput naming the file (never the token) when it is missing or empty.
Result<std::string> readTokenFile(const std::filesystem::path& path);

// Parses JSON keeping every decimal number as its text (a string value), so that money is
// read exactly. Fails with a message naming the position.
tl::expected<nlohmann::json, std::string> parseJsonKeepingDecimals(std::string_view text);

class FhirClient {
public:
    // Checks the base URL: https, or http to a loopback address. BadInput otherwise.
    static Result<FhirClient> create(FhirClientOptions options);

    FhirClient(FhirClient&&) noexcept;
    FhirClient& operator=(FhirClient&&) noexcept;
    ~FhirClient();

    const std::string& baseUrl() const;

    // GET of `pathOrUrl` ("Patient?name=x", or an absolute URL on the base's host).
    // Success is a 2xx status; 429 and 503 are retried, honouring Retry-After.
    FhirResult<FhirResponse> get(const std::string& pathOrUrl);
    // GET that parses the body as one JSON resource.
    FhirResult<nlohmann::json> getResource(const std::string& pathOrUrl);
    // PUT of a JSON body, with If-Match when `ifMatch` is not empty (an ETag).
    FhirResult<FhirResponse> put(const std::string& path, const std::string& body,
                                 const std::string& ifMatch);

    // Runs a search and calls `onPage` with each Bundle, following `next` links until there
    // are none or `onPage` returns false. The links must stay on the base's host.
    FhirResult<void> search(const std::string& pathAndQuery,
                            const std::function<bool(const nlohmann::json&)>& onPage);

private:
    struct Impl;
    explicit FhirClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// "Patient?_count=500" with the query value escaped for a URL.
std::string urlEncode(std::string_view text);

}  // namespace frontdesk
