#include "frontdesk/fhir/http.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <mutex>

#include <curl/curl.h>

namespace frontdesk {
namespace {

void initCurlOnce() {
    // curl_global_init is not thread-safe; run it once before any handle exists.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlUrlFree {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
struct SlistFree {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::optional<std::string> urlPart(CURLU* url, CURLUPart part, unsigned flags) {
    char* text = nullptr;
    if (curl_url_get(url, part, &text, flags) != CURLUE_OK) return std::nullopt;
    std::string out(text);
    curl_free(text);
    return out;
}

struct Received {
    HttpResponse response;
    std::size_t cap = 0;
    bool tooLarge = false;
};

// Counted here because a server may send no Content-Length, or a false one, or a compressed
// body that grows when decoded.
std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t n = size * count;
    if (r->response.body.size() + n > r->cap) {
        r->tooLarge = true;
        return 0;  // curl stops with CURLE_WRITE_ERROR
    }
    r->response.body.append(data, n);
    return n;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t n = size * count;
    const std::string_view line(data, n);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return n;
    r->response.headers.emplace_back(lowerCase(std::string(line.substr(0, colon))),
                                     trimmed(line.substr(colon + 1)));
    return n;
}

// libcurl's progress callback: non-zero ends the transfer.
int onProgress(void* cancel, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<const std::atomic<bool>*>(cancel)->load() ? 1 : 0;
}

bool configureCancel(CURL* h, const HttpClientOptions& o) {
    if (!o.cancel) return true;
    // libcurl's API takes a void*; the callback only reads through it
    void* flag = const_cast<std::atomic<bool>*>(o.cancel.get());  // NOLINT(*-const-cast)
    return curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_XFERINFODATA, flag) == CURLE_OK;
}

// Every option of a request; false when libcurl refused one.
bool configure(CURL* h, const HttpClientOptions& o, const HttpRequest& request, curl_slist* headers,
               Received& received, char* errorText) {
    const char* protocols = o.loopbackHttp ? "http,https" : "https";
    if (!o.caFile.empty() && curl_easy_setopt(h, CURLOPT_CAINFO, o.caFile.c_str()) != CURLE_OK)
        return false;
    return curl_easy_setopt(h, CURLOPT_URL, request.url.c_str()) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, protocols) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, protocols) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                            static_cast<long>(o.connectTimeout.count())) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(o.requestTimeout.count())) ==
               CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, o.stallBytesPerSecond) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, o.stallSeconds) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
                            static_cast<curl_off_t>(o.maxBodyBytes)) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "") == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_WRITEDATA, &received) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, onHeader) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_HEADERDATA, &received) == CURLE_OK;
}

bool configureMethod(CURL* h, const HttpRequest& request) {
    if (!request.body) {
        return request.method == "GET" ||
               curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str()) == CURLE_OK;
    }
    return curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str()) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body->data()) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                            static_cast<curl_off_t>(request.body->size())) == CURLE_OK;
}

HttpError failed(HttpFailure failure, std::string message, long status = 0) {
    return HttpError{failure, status, std::move(message)};
}

// Plain http is let through to curl only for a loopback host.
bool refusedPlainHttp(const HttpClientOptions& o, const std::string& url) {
    if (!o.loopbackHttp) return false;  // curl itself refuses every scheme but https
    const auto parts = parseUrl(url);
    return parts && parts->scheme == "http" && !isLoopbackHost(parts->host);
}

}  // namespace

std::string HttpResponse::header(std::string_view lowerName) const {
    for (auto it = headers.rbegin(); it != headers.rend(); ++it)
        if (it->first == lowerName) return it->second;
    return "";
}

void HttpClient::HandleFree::operator()(void* handle) const {
    curl_easy_cleanup(static_cast<CURL*>(handle));
}

HttpClient::HttpClient(std::unique_ptr<void, HandleFree> handle, HttpClientOptions options)
    : m_handle(std::move(handle)), m_options(std::move(options)) {}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

HttpResult<HttpClient> HttpClient::create(HttpClientOptions options) {
    initCurlOnce();
    std::unique_ptr<void, HandleFree> handle(curl_easy_init());
    if (!handle) return tl::unexpected(failed(HttpFailure::Setup, "curl could not be set up"));
    return HttpClient(std::move(handle), std::move(options));
}

HttpResult<HttpResponse> HttpClient::send(const HttpRequest& request) {
    if (refusedPlainHttp(m_options, request.url))
        return tl::unexpected(
            failed(HttpFailure::Refused, "plain http is allowed only to a loopback address"));
    CURL* h = m_handle.get();
    std::unique_ptr<curl_slist, SlistFree> headers;
    for (const std::string& line : request.headers)
        headers.reset(curl_slist_append(headers.release(), line.c_str()));
    Received received;
    received.cap = m_options.maxBodyBytes;
    char errorText[CURL_ERROR_SIZE] = {};
    const bool ready = configure(h, m_options, request, headers.get(), received, errorText) &&
                       configureMethod(h, request) && configureCancel(h, m_options);
    if (ready && m_options.cancel && m_options.cancel->load()) {
        curl_easy_reset(h);
        return tl::unexpected(failed(HttpFailure::Network, "cancelled"));
    }
    const CURLcode code = ready ? curl_easy_perform(h) : CURLE_OK;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &received.response.status);
    char* location = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location)
        received.response.redirectUrl = location;
    const std::string reason = errorText[0] != '\0' ? errorText : curl_easy_strerror(code);
    // the handle outlives this frame: it must not keep pointers into it (a reset keeps the
    // connections for the next request)
    curl_easy_reset(h);
    if (!ready) return tl::unexpected(failed(HttpFailure::Setup, "curl could not be set up"));
    if (received.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return tl::unexpected(
            failed(HttpFailure::TooLarge, "the body is too large", received.response.status));
    if (code != CURLE_OK) return tl::unexpected(failed(HttpFailure::Network, reason));
    return std::move(received.response);
}

std::optional<UrlParts> parseUrl(const std::string& url) {
    initCurlOnce();
    std::unique_ptr<CURLU, CurlUrlFree> u(curl_url());
    if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return std::nullopt;
    auto scheme = urlPart(u.get(), CURLUPART_SCHEME, 0);
    auto host = urlPart(u.get(), CURLUPART_HOST, 0);
    auto port = urlPart(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
    auto path = urlPart(u.get(), CURLUPART_PATH, 0);
    if (!scheme || !host || !port) return std::nullopt;
    return UrlParts{*scheme, lowerCase(*host), *port, path.value_or("/")};
}

bool isLoopbackHost(const std::string& host) {
    if (host == "localhost" || host == "[::1]" || host == "::1") return true;
    // 127.0.0.0/8 written as a dotted quad
    unsigned a = 0, b = 0, c = 0, d = 0;
    char extra = 0;
    return std::sscanf(host.c_str(), "%u.%u.%u.%u%c", &a, &b, &c, &d, &extra) == 4 && a == 127 &&
           b < 256 && c < 256 && d < 256;
}

bool isLoopbackUrl(const std::string& url) {
    const auto parts = parseUrl(url);
    return parts && (parts->scheme == "http" || parts->scheme == "https") &&
           isLoopbackHost(parts->host);
}

std::optional<std::time_t> parseHttpDate(const std::string& text) {
    initCurlOnce();
    const std::time_t at = curl_getdate(text.c_str(), nullptr);
    if (at < 0) return std::nullopt;
    return at;
}

}  // namespace frontdesk
