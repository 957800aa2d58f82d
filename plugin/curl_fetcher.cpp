#include <memory>
#include <mutex>

#include <curl/curl.h>

#include "jwt_verifier.h"

namespace frontdesk::hooks {
namespace {

constexpr std::size_t kMaxBodyBytes = 256 * 1024;

struct CurlFree {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};

struct Body {
    std::string text;
    bool tooLarge = false;
};

// Counted here because a server may send no Content-Length, or a false one.
std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* body = static_cast<Body*>(user);
    const std::size_t received = size * count;
    if (body->text.size() + received > kMaxBodyBytes) {
        body->tooLarge = true;
        return 0;  // makes curl stop with CURLE_WRITE_ERROR
    }
    body->text.append(data, received);
    return received;
}

bool configure(CURL* h, const std::string& url, const std::string& caFile, Body& body,
               char* errorText) {
    if (!caFile.empty() && curl_easy_setopt(h, CURLOPT_CAINFO, caFile.c_str()) != CURLE_OK)
        return false;
    return curl_easy_setopt(h, CURLOPT_URL, url.c_str()) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https") == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "https") == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 3L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, appendBody) == CURLE_OK &&
           curl_easy_setopt(h, CURLOPT_WRITEDATA, &body) == CURLE_OK;
}

Result<std::string> fetchHttps(const std::string& url, const std::string& caFile) {
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    Body body;
    char errorText[CURL_ERROR_SIZE] = {};
    if (!curl || !configure(curl.get(), url, caFile, body, errorText)) {
        return fail(ErrorCode::BadInput, url + ": curl could not be set up");
    }
    const CURLcode code = curl_easy_perform(curl.get());
    if (body.tooLarge) return fail(ErrorCode::BadInput, url + ": body over 256 KiB");
    if (code != CURLE_OK) {
        const char* reason = errorText[0] != '\0' ? errorText : curl_easy_strerror(code);
        return fail(ErrorCode::BadInput, url + ": " + reason);
    }
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status != 200) {
        return fail(ErrorCode::BadInput, url + ": HTTP status " + std::to_string(status));
    }
    return std::move(body.text);
}

}  // namespace

Fetcher curlFetcher(const std::string& caFile) {
    // curl_global_init is not thread-safe; run it once before any handle exists.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    return [caFile](const std::string& url) { return fetchHttps(url, caFile); };
}

}  // namespace frontdesk::hooks
