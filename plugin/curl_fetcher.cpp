#include "frontdesk/fhir/http.h"
#include "jwt_verifier.h"

namespace frontdesk::hooks {
namespace {

constexpr std::size_t kMaxBodyBytes = std::size_t{256} * 1024;

HttpClientOptions fetchOptions(const std::string& caFile) {
    HttpClientOptions o;
    o.connectTimeout = std::chrono::seconds(3);
    o.requestTimeout = std::chrono::seconds(10);
    o.maxBodyBytes = kMaxBodyBytes;
    o.caFile = caFile;
    return o;
}

// A client per call: a handle is not for two threads at once, and key sets are fetched
// seldom (then kept jkuCacheS).
Result<std::string> fetchHttps(const std::string& url, const std::string& caFile) {
    auto client = HttpClient::create(fetchOptions(caFile));
    if (!client) return fail(ErrorCode::BadInput, url + ": curl could not be set up");
    HttpRequest request;
    request.url = url;
    auto response = client->send(request);
    if (!response) {
        const HttpError& e = response.error();
        if (e.failure == HttpFailure::TooLarge)
            return fail(ErrorCode::BadInput, url + ": body over 256 KiB");
        return fail(ErrorCode::BadInput, url + ": " + e.message);
    }
    if (response->status != 200) {
        return fail(ErrorCode::BadInput, url + ": HTTP status " + std::to_string(response->status));
    }
    return std::move(response->body);
}

}  // namespace

Fetcher curlFetcher(const std::string& caFile) {
    return [caFile](const std::string& url) { return fetchHttps(url, caFile); };
}

}  // namespace frontdesk::hooks
