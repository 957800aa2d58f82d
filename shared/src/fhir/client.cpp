#include "frontdesk/fhir/client.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <set>
#include <thread>

namespace frontdesk {
namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// What "the same host" means for redirects and next links.
bool sameOrigin(const UrlParts& a, const UrlParts& b) {
    return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
}

// How long a Retry-After asks to wait: delta-seconds or an HTTP date.
std::optional<std::chrono::milliseconds> retryAfterWait(const std::string& value) {
    if (value.empty()) return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::chrono::seconds(value.size() > 9 ? 999'999'999 : std::stol(value));
    const auto at = parseHttpDate(value);
    if (!at) return std::nullopt;
    const std::time_t now = std::time(nullptr);  // the date form is relative to the clock
    return std::chrono::seconds(*at > now ? *at - now : 0);
}

FhirError failure(FhirFailure kind, long status, const std::string& what) {
    return FhirError{kind, status, what};
}

}  // namespace

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
    UrlParts base;
    HttpClient http;  // kept so connections are reused

    std::string resolve(const std::string& pathOrUrl) const {
        if (pathOrUrl.rfind("http://", 0) == 0 || pathOrUrl.rfind("https://", 0) == 0)
            return pathOrUrl;
        std::string url = options.baseUrl;
        if (!url.empty() && url.back() == '/') url.pop_back();
        return url + "/" + (pathOrUrl.rfind('/', 0) == 0 ? pathOrUrl.substr(1) : pathOrUrl);
    }

    HttpRequest requestFor(const std::string& url, const char* method, const std::string* body,
                           const std::string& ifMatch) const {
        HttpRequest r;
        r.method = method;
        r.url = url;
        r.headers.emplace_back("Accept: application/fhir+json");
        if (!options.bearerToken.empty())
            r.headers.push_back("Authorization: Bearer " + options.bearerToken);
        if (body) {
            r.headers.emplace_back("Content-Type: application/fhir+json");
            r.body = *body;
        }
        if (!ifMatch.empty()) r.headers.push_back("If-Match: " + ifMatch);
        return r;
    }

    FhirError transferFailure(const HttpError& e, const std::string& what) const {
        if (e.failure == HttpFailure::TooLarge)
            return failure(FhirFailure::TooLarge, e.status,
                           what + ": the response is larger than " +
                               std::to_string(options.maxBodyBytes) + " bytes");
        return failure(FhirFailure::Network, 0, what + ": " + e.message);
    }

    // Waits as a 429 or 503 asks (Retry-After) or else `backoff`, which doubles. Fails when
    // Retry-After asks for longer than maxRetryWait.
    FhirResult<void> waitToRetry(const HttpResponse& answer, const std::string& what,
                                 std::chrono::milliseconds& backoff) const {
        const std::string retryAfter = answer.header("retry-after");
        const auto asked = retryAfterWait(retryAfter);
        if (asked && *asked > options.maxRetryWait)
            return tl::unexpected(failure(FhirFailure::Status, answer.status,
                                          what + ": HTTP " + std::to_string(answer.status) +
                                              ", Retry-After " + retryAfter +
                                              " is longer than the wait allowed"));
        const auto wait = asked ? *asked : backoff;
        if (options.sleep) {
            options.sleep(wait);
        } else {
            std::this_thread::sleep_for(wait);
        }
        backoff *= 2;
        return {};
    }

    // How a request is named in messages ("GET /fhir/Patient/1"). Fails when `url` leaves the
    // base's host.
    FhirResult<std::string> checkedTarget(const std::string& url, const char* method) const {
        const auto origin = parseUrl(url);
        if (!origin) return tl::unexpected(failure(FhirFailure::Redirect, 0, url + ": not a URL"));
        std::string what = std::string(method) + " " + origin->path;
        if (!sameOrigin(*origin, base))
            return tl::unexpected(
                failure(FhirFailure::Redirect, 0, what + ": refused, it leaves " + base.host));
        return what;
    }

    FhirResult<FhirResponse> request(const std::string& pathOrUrl, const char* method,
                                     const std::string* body, const std::string& ifMatch) {
        std::string url = resolve(pathOrUrl);
        std::chrono::milliseconds backoff = options.firstBackoff;
        int attempts = 0;
        for (int redirects = 0;;) {
            const auto what = checkedTarget(url, method);
            if (!what) return tl::unexpected(what.error());
            auto a = http.send(requestFor(url, method, body, ifMatch));
            if (!a) return tl::unexpected(transferFailure(a.error(), *what));
            ++attempts;
            if (a->status >= 300 && a->status < 400 && !a->redirectUrl.empty()) {
                if (++redirects > options.maxRedirects)
                    return tl::unexpected(
                        failure(FhirFailure::Redirect, a->status, *what + ": too many redirects"));
                url = a->redirectUrl;
                continue;
            }
            if ((a->status == 429 || a->status == 503) && attempts < options.maxAttempts) {
                if (auto waited = waitToRetry(*a, *what, backoff); !waited)
                    return tl::unexpected(waited.error());
                continue;
            }
            return finalAnswer(*a, *what);
        }
    }

    // A response that is neither followed nor retried: its body on a 2xx status.
    static FhirResult<FhirResponse> finalAnswer(HttpResponse& a, const std::string& what) {
        if (a.status == 401 || a.status == 403)
            return tl::unexpected(
                failure(FhirFailure::Auth, a.status,
                        what + ": HTTP " + std::to_string(a.status) +
                            ": the EHR refused the token (check --token-file and its scopes)"));
        if (a.status < 200 || a.status >= 300)
            return tl::unexpected(failure(FhirFailure::Status, a.status,
                                          what + ": HTTP " + std::to_string(a.status)));
        return FhirResponse{a.status, std::move(a.body), a.header("etag")};
    }
};

FhirClient::FhirClient(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FhirClient::FhirClient(FhirClient&&) noexcept = default;
FhirClient& FhirClient::operator=(FhirClient&&) noexcept = default;
FhirClient::~FhirClient() = default;

Result<FhirClient> FhirClient::create(FhirClientOptions options) {
    const auto origin = parseUrl(options.baseUrl);
    if (!origin || (origin->scheme != "https" && origin->scheme != "http"))
        return fail(ErrorCode::BadInput, "FHIR base '" + options.baseUrl + "' is not a URL");
    if (origin->scheme == "http" && !isLoopbackHost(origin->host))
        return fail(ErrorCode::BadInput, "FHIR base '" + options.baseUrl +
                                             "': plain http is allowed only to a loopback "
                                             "address; use https");
    if (options.maxAttempts < 1) options.maxAttempts = 1;
    HttpClientOptions http;
    http.connectTimeout = options.connectTimeout;
    http.requestTimeout = options.requestTimeout;
    http.stallBytesPerSecond = options.stallBytesPerSecond;
    http.stallSeconds = options.stallSeconds;
    http.maxBodyBytes = options.maxBodyBytes;
    http.loopbackHttp = origin->scheme == "http";
    auto client = HttpClient::create(std::move(http));
    if (!client) return fail(ErrorCode::Unsupported, "libcurl could not be set up");
    return FhirClient(
        std::make_unique<Impl>(Impl{std::move(options), *origin, std::move(*client)}));
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
    const auto origin = parseUrl(m_impl->resolve(pathOrUrl));
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
