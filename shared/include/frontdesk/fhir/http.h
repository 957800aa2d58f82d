#pragma once

// One HTTP request at a time over libcurl: the only code of the project that uses libcurl
// (the FHIR client and the CDS Hooks service's key-set fetcher both go through it). HTTPS with
// peer and host verification always; plain HTTP only when allowed, and then only to a loopback
// address; redirects are never followed (the caller sees the 3xx and where it points).

#include <atomic>
#include <chrono>
#include <cstddef>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace frontdesk {

struct HttpClientOptions {
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds requestTimeout{120'000};  // the whole transfer
    long stallBytesPerSecond = 0;  // slower than this for stallSeconds aborts; 0: never
    long stallSeconds = 0;
    std::size_t maxBodyBytes = 64u << 20;  // counted as the (decoded) body arrives
    bool loopbackHttp = false;             // plain http too, to a loopback address only
    std::string caFile{};  // a PEM bundle of the CAs to trust instead of the system's store
    // Set to true from another thread: the request under way ends within about a second
    // (Network, "cancelled"), and so does every later one. A long poll's way out.
    std::shared_ptr<const std::atomic<bool>> cancel{};
};

struct HttpRequest {
    std::string method = "GET";
    std::string url{};
    std::vector<std::string> headers{};  // "Name: value"
    // Sent with `method` (PUT, POST) when present; it must outlive send().
    std::optional<std::string_view> body{};
};

struct HttpResponse {
    long status = 0;
    std::string body{};
    std::vector<std::pair<std::string, std::string>> headers{};  // names in lower case
    std::string redirectUrl{};  // where a 3xx points, absolute; empty when it does not

    // The value of the last header of that name (lower case), trimmed; empty when none.
    std::string header(std::string_view lowerName) const;
};

// Why a request brought no response.
enum class HttpFailure {
    Setup,     // libcurl could not be set up for the request
    Refused,   // plain http to an address that is not loopback
    Network,   // could not connect, TLS failure, timeout, stalled transfer, protocol refused
    TooLarge,  // the body passed maxBodyBytes
};

struct HttpError {
    HttpFailure failure = HttpFailure::Network;
    long status = 0;      // TooLarge: the status of the response cut short
    std::string message;  // libcurl's reason, without the URL
};

template <typename T>
using HttpResult = tl::expected<T, HttpError>;

// One libcurl handle: move-only, not for two threads at once. Requests on the same client
// reuse its connections.
class HttpClient {
public:
    // Fails with Setup when libcurl cannot give a handle.
    static HttpResult<HttpClient> create(HttpClientOptions options);

    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    ~HttpClient();

    // Sends one request and returns the response whatever its status. Fails with Network,
    // TooLarge, Refused or Setup (see HttpFailure).
    HttpResult<HttpResponse> send(const HttpRequest& request);

private:
    struct HandleFree {
        void operator()(void* handle) const;
    };
    HttpClient(std::unique_ptr<void, HandleFree> handle, HttpClientOptions options);
    std::unique_ptr<void, HandleFree> m_handle;
    HttpClientOptions m_options;
};

// The parts of an absolute URL: the host in lower case, the port filled in from the scheme.
struct UrlParts {
    std::string scheme;
    std::string host;
    std::string port;
    std::string path;  // without the query; "/" when empty
};

// Empty when `url` is not an absolute URL.
std::optional<UrlParts> parseUrl(const std::string& url);

// localhost, 127.0.0.0/8 written as a dotted quad, or ::1.
bool isLoopbackHost(const std::string& host);

// True when `url` is http(s) to localhost, 127.0.0.0/8 or ::1.
bool isLoopbackUrl(const std::string& url);

// An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); empty when it is not one.
std::optional<std::time_t> parseHttpDate(const std::string& text);

}  // namespace frontdesk
