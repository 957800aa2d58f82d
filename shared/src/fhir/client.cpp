#include "frontdesk/fhir/client.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include <curl/curl.h>

namespace frontdesk {
namespace {

void initCurlOnce() {
    // curl_global_init is not thread-safe; run it once before any handle exists.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlFree {
    void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct CurlUrlFree {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
struct SlistFree {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

// Where a URL points: what "the same host" means for redirects and next links.
struct Origin {
    std::string scheme;
    std::string host;
    std::string port;
    std::string path;  // without the query, for messages
    bool operator==(const Origin& o) const {
        return scheme == o.scheme && host == o.host && port == o.port;
    }
};

std::optional<std::string> urlPart(CURLU* url, CURLUPart part, unsigned flags) {
    char* text = nullptr;
    if (curl_url_get(url, part, &text, flags) != CURLUE_OK) return std::nullopt;
    std::string out(text);
    curl_free(text);
    return out;
}

std::optional<Origin> originOf(const std::string& url) {
    std::unique_ptr<CURLU, CurlUrlFree> u(curl_url());
    if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        return std::nullopt;
    auto scheme = urlPart(u.get(), CURLUPART_SCHEME, 0);
    auto host = urlPart(u.get(), CURLUPART_HOST, 0);
    auto port = urlPart(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
    auto path = urlPart(u.get(), CURLUPART_PATH, 0);
    if (!scheme || !host || !port) return std::nullopt;
    std::string lowerHost = *host;
    std::transform(lowerHost.begin(), lowerHost.end(), lowerHost.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return Origin{*scheme, lowerHost, *port, path.value_or("/")};
}

bool isLoopbackHost(const std::string& host) {
    if (host == "localhost" || host == "[::1]" || host == "::1") return true;
    // 127.0.0.0/8 written as a dotted quad
    unsigned a = 0, b = 0, c = 0, d = 0;
    char extra = 0;
    return std::sscanf(host.c_str(), "%u.%u.%u.%u%c", &a, &b, &c, &d, &extra) == 4 && a == 127 &&
           b < 256 && c < 256 && d < 256;
}

struct Received {
    std::string body;
    std::size_t cap = 0;
    bool tooLarge = false;
    std::string etag;
    std::string retryAfter;
};

// Counted here because a server may send no Content-Length, or a false one, or a compressed
// body that grows when decoded.
std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t n = size * count;
    if (r->body.size() + n > r->cap) {
        r->tooLarge = true;
        return 0;  // curl stops with CURLE_WRITE_ERROR
    }
    r->body.append(data, n);
    return n;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto* r = static_cast<Received*>(user);
    const std::size_t n = size * count;
    const std::string_view line(data, n);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return n;
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name == "etag") r->etag = trimmed(line.substr(colon + 1));
    if (name == "retry-after") r->retryAfter = trimmed(line.substr(colon + 1));
    return n;
}

// How long a Retry-After asks to wait: delta-seconds or an HTTP date.
std::optional<std::chrono::milliseconds> retryAfterWait(const std::string& value) {
    if (value.empty()) return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::chrono::seconds(value.size() > 9 ? 999'999'999 : std::stol(value));
    const std::time_t at = curl_getdate(value.c_str(), nullptr);
    if (at < 0) return std::nullopt;
    const std::time_t now = std::time(nullptr);  // the date form is relative to the clock
    return std::chrono::seconds(at > now ? at - now : 0);
}

FhirError failure(FhirFailure kind, long status, const std::string& what) {
    return FhirError{kind, status, what};
}

}  // namespace

bool isLoopbackUrl(const std::string& url) {
    const auto origin = originOf(url);
    return origin && (origin->scheme == "http" || origin->scheme == "https") &&
           isLoopbackHost(origin->host);
}

Result<std::string> readTokenFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(ErrorCode::BadInput, path.string() + ": the token file cannot be read");
    std::string line;
    std::getline(in, line);
    std::string token = trimmed(line);
    if (token.empty())
        return fail(ErrorCode::BadInput, path.string() + ": the token file is empty");
    if (token.find_first_of(" \t\r\n") != std::string::npos)
        return fail(ErrorCode::BadInput, path.string() + ": the token holds white space");
    return token;
}

std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

struct FhirClient::Impl {
    FhirClientOptions options;
    Origin base;
    std::unique_ptr<CURL, CurlFree> curl;  // kept so connections are reused

    std::string resolve(const std::string& pathOrUrl) const {
        if (pathOrUrl.rfind("http://", 0) == 0 || pathOrUrl.rfind("https://", 0) == 0)
            return pathOrUrl;
        std::string url = options.baseUrl;
        if (!url.empty() && url.back() == '/') url.pop_back();
        return url + "/" + (pathOrUrl.rfind('/', 0) == 0 ? pathOrUrl.substr(1) : pathOrUrl);
    }

    struct Attempt {
        CURLcode code = CURLE_OK;
        long status = 0;
        Received received;
        std::string redirect;
        std::string curlError;
    };

    Attempt once(const std::string& url, const char* method, const std::string* body,
                 const std::string& ifMatch) {
        CURL* h = curl.get();
        curl_easy_reset(h);
        Attempt a;
        a.received.cap = options.maxBodyBytes;
        char errorText[CURL_ERROR_SIZE] = {};
        std::unique_ptr<curl_slist, SlistFree> headers;
        const auto addHeader = [&](const std::string& line) {
            headers.reset(curl_slist_append(headers.release(), line.c_str()));
        };
        addHeader("Accept: application/fhir+json");
        if (!options.bearerToken.empty()) addHeader("Authorization: Bearer " + options.bearerToken);
        if (body) addHeader("Content-Type: application/fhir+json");
        if (!ifMatch.empty()) addHeader("If-Match: " + ifMatch);
        const bool loopbackHttp = base.scheme == "http";
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, loopbackHttp ? "http,https" : "https");
        curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, loopbackHttp ? "http,https" : "https");
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // followed by hand, after a host check
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                         static_cast<long>(options.connectTimeout.count()));
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(options.requestTimeout.count()));
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, options.stallBytesPerSecond);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, options.stallSeconds);
        curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
                         static_cast<curl_off_t>(options.maxBodyBytes));
        curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &a.received);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, &a.received);
        if (body) {
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->c_str());
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        }
        a.code = curl_easy_perform(h);
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &a.status);
        char* location = nullptr;
        if (curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location)
            a.redirect = location;
        a.curlError = errorText[0] != '\0' ? errorText : curl_easy_strerror(a.code);
        // the handle outlives this frame: it must not keep pointers into it
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
        return a;
    }

    FhirResult<FhirResponse> request(const std::string& pathOrUrl, const char* method,
                                     const std::string* body, const std::string& ifMatch) {
        std::string url = resolve(pathOrUrl);
        std::chrono::milliseconds backoff = options.firstBackoff;
        int attempts = 0;
        for (int redirects = 0;;) {
            const auto origin = originOf(url);
            if (!origin)
                return tl::unexpected(failure(FhirFailure::Redirect, 0, url + ": not a URL"));
            const std::string what = std::string(method) + " " + origin->path;
            if (!(*origin == base))
                return tl::unexpected(
                    failure(FhirFailure::Redirect, 0, what + ": refused, it leaves " + base.host));
            Attempt a = once(url, method, body, ifMatch);
            ++attempts;
            if (a.received.tooLarge || a.code == CURLE_FILESIZE_EXCEEDED)
                return tl::unexpected(failure(FhirFailure::TooLarge, a.status,
                                              what + ": the response is larger than " +
                                                  std::to_string(options.maxBodyBytes) + " bytes"));
            if (a.code != CURLE_OK)
                return tl::unexpected(failure(FhirFailure::Network, 0, what + ": " + a.curlError));
            if (a.status >= 300 && a.status < 400 && !a.redirect.empty()) {
                if (++redirects > options.maxRedirects)
                    return tl::unexpected(
                        failure(FhirFailure::Redirect, a.status, what + ": too many redirects"));
                url = a.redirect;
                continue;
            }
            if (a.status == 401 || a.status == 403)
                return tl::unexpected(
                    failure(FhirFailure::Auth, a.status,
                            what + ": HTTP " + std::to_string(a.status) +
                                ": the EHR refused the token (check --token-file and its scopes)"));
            if ((a.status == 429 || a.status == 503) && attempts < options.maxAttempts) {
                const auto asked = retryAfterWait(a.received.retryAfter);
                if (asked && *asked > options.maxRetryWait)
                    return tl::unexpected(failure(FhirFailure::Status, a.status,
                                                  what + ": HTTP " + std::to_string(a.status) +
                                                      ", Retry-After " + a.received.retryAfter +
                                                      " is longer than the wait allowed"));
                const auto wait = asked ? *asked : backoff;
                if (options.sleep) {
                    options.sleep(wait);
                } else {
                    std::this_thread::sleep_for(wait);
                }
                backoff *= 2;
                continue;
            }
            if (a.status < 200 || a.status >= 300)
                return tl::unexpected(failure(FhirFailure::Status, a.status,
                                              what + ": HTTP " + std::to_string(a.status)));
            return FhirResponse{a.status, std::move(a.received.body), std::move(a.received.etag)};
        }
    }
};

FhirClient::FhirClient(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FhirClient::FhirClient(FhirClient&&) noexcept = default;
FhirClient& FhirClient::operator=(FhirClient&&) noexcept = default;
FhirClient::~FhirClient() = default;

Result<FhirClient> FhirClient::create(FhirClientOptions options) {
    initCurlOnce();
    const auto origin = originOf(options.baseUrl);
    if (!origin || (origin->scheme != "https" && origin->scheme != "http"))
        return fail(ErrorCode::BadInput, "FHIR base '" + options.baseUrl + "' is not a URL");
    if (origin->scheme == "http" && !isLoopbackHost(origin->host))
        return fail(ErrorCode::BadInput, "FHIR base '" + options.baseUrl +
                                             "': plain http is allowed only to a loopback "
                                             "address; use https");
    if (options.maxAttempts < 1) options.maxAttempts = 1;
    auto impl = std::make_unique<Impl>();
    impl->curl.reset(curl_easy_init());
    if (!impl->curl) return fail(ErrorCode::Unsupported, "libcurl could not be set up");
    impl->base = *origin;
    impl->options = std::move(options);
    return FhirClient(std::move(impl));
}

const std::string& FhirClient::baseUrl() const {
    return m_impl->options.baseUrl;
}

FhirResult<FhirResponse> FhirClient::get(const std::string& pathOrUrl) {
    return m_impl->request(pathOrUrl, "GET", nullptr, "");
}

FhirResult<FhirResponse> FhirClient::put(const std::string& path, const std::string& body,
                                         const std::string& ifMatch) {
    return m_impl->request(path, "PUT", &body, ifMatch);
}

FhirResult<nlohmann::json> FhirClient::getResource(const std::string& pathOrUrl) {
    auto response = get(pathOrUrl);
    if (!response) return tl::unexpected(response.error());
    auto json = parseJsonKeepingDecimals(response->body);
    if (json && json->is_object()) return std::move(*json);
    const auto origin = originOf(m_impl->resolve(pathOrUrl));
    return tl::unexpected(failure(FhirFailure::BadBody, response->status,
                                  "GET " + (origin ? origin->path : std::string("?")) +
                                      ": the body is not a JSON resource" +
                                      (json ? "" : " (" + json.error() + ")")));
}

FhirResult<void> FhirClient::search(const std::string& pathAndQuery,
                                    const std::function<bool(const nlohmann::json&)>& onPage) {
    std::string next = pathAndQuery;
    std::set<std::string> seen;
    while (!next.empty()) {
        if (!seen.insert(next).second)
            return tl::unexpected(
                failure(FhirFailure::BadBody, 0, "search: a next link repeats an earlier page"));
        auto bundle = getResource(next);
        if (!bundle) return tl::unexpected(bundle.error());
        if (bundle->value("resourceType", "") != "Bundle")
            return tl::unexpected(
                failure(FhirFailure::BadBody, 200, "search: the answer is not a Bundle"));
        next.clear();
        if (const auto links = bundle->find("link"); links != bundle->end() && links->is_array())
            for (const auto& link : *links)
                if (link.is_object() && link.value("relation", "") == "next" &&
                    link.contains("url") && link["url"].is_string())
                    next = link["url"].get<std::string>();
        if (!onPage(*bundle)) return {};
    }
    return {};
}

namespace {

// The DOM builder of nlohmann::json, except that a decimal number is kept as the text it was
// written as: FHIR money is a decimal, and a double would not hold 0.1 exactly.
class DecimalKeepingBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
public:
    using Base = nlohmann::detail::json_sax_dom_parser<nlohmann::json>;
    explicit DecimalKeepingBuilder(nlohmann::json& target) : Base(target, false) {}

    bool number_float(double /*value*/, const std::string& text) {
        std::string copy = text;
        return Base::string(copy);
    }
    template <class Exception>
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/, const Exception& e) {
        error = e.what();
        return Base::parse_error(0, "", e);
    }
    std::string error;
};

}  // namespace

tl::expected<nlohmann::json, std::string> parseJsonKeepingDecimals(std::string_view text) {
    nlohmann::json root;
    DecimalKeepingBuilder builder(root);
    const bool ok = nlohmann::json::sax_parse(text, &builder);
    if (!ok || builder.is_errored())
        return tl::unexpected(builder.error.empty() ? "not JSON" : builder.error);
    return root;
}

}  // namespace frontdesk
