#include "frontdesk/station/station_client.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "frontdesk/fhir/http.h"
#include "frontdesk/station/stations.h"
#include "frontdesk/store/private_files.h"

namespace frontdesk {
namespace {

constexpr int kWriteAttempts = 3;

std::string withoutTrailingSlash(std::string url) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

StationReply replyOf(const HttpResponse& response) {
    StationReply reply;
    reply.status = response.status;
    try {
        if (!response.body.empty()) reply.body = nlohmann::json::parse(response.body);
    } catch (const nlohmann::json::parse_error&) {
        reply.body = nlohmann::json(nlohmann::json::value_t::discarded);
    }
    reply.reason = "HTTP " + std::to_string(response.status);
    for (const char* key : {"error", "message"}) {
        const auto it = reply.body.is_object() ? reply.body.find(key) : reply.body.end();
        if (reply.body.is_object() && it != reply.body.end() && it->is_string())
            reply.reason = it->get<std::string>();
    }
    const std::string retry = response.header("retry-after");
    if (!retry.empty() && retry.size() < 10 &&
        retry.find_first_not_of("0123456789") == std::string::npos)
        reply.retryAfterS = std::stol(retry);
    return reply;
}

}  // namespace

Error stationError(const StationReply& reply) {
    switch (reply.status) {
        case 401:
            return {ErrorCode::BadInput,
                    "the server refused this station's credential (revoked or not enrolled): "
                    "enroll the station again"};
        case 403:
            return {ErrorCode::BadInput, "the server does not allow this: " + reply.reason};
        case 404:
            return {ErrorCode::NotFound, reply.reason == "not_found" ? "not found" : reply.reason};
        case 409:
            return {ErrorCode::Conflict, reply.reason};
        case 429:
            return {ErrorCode::BadInput,
                    "too many tries: wait " + std::to_string(reply.retryAfterS) + " s"};
        default:
            break;
    }
    if (reply.status >= 500)
        return {ErrorCode::Storage, "the server cannot answer now (" + reply.reason + ")"};
    return {ErrorCode::BadInput, reply.reason};
}

namespace {

Result<nlohmann::json> bodyOf(Result<StationReply> reply) {
    if (!reply) return tl::unexpected(reply.error());
    if (reply->status < 200 || reply->status >= 300) return tl::unexpected(stationError(*reply));
    if (reply->body.is_discarded())
        return fail(ErrorCode::Storage, "the server's answer is not JSON");
    return std::move(reply->body);
}

}  // namespace

std::string urlEncoded(std::string_view text) {
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (plain) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += kHex[byte >> 4];
        out += kHex[byte & 0xf];
    }
    return out;
}

Result<StationCredentialFile> readCredential(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) return fail(ErrorCode::BadInput, path.string() + ": cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error&) {
        return fail(ErrorCode::BadInput, path.string() + ": is not a station credential (JSON)");
    }
    const auto field = [&](const char* key) -> std::string {
        const auto it = json.is_object() ? json.find(key) : json.end();
        return json.is_object() && it != json.end() && it->is_string() ? it->get<std::string>()
                                                                       : std::string();
    };
    StationCredentialFile c{field("server"), field("station"), StationRole::Desk, field("token")};
    const auto role = parseStationRole(field("role"));
    if (c.server.empty() || c.station.empty() || c.token.empty() || !role)
        return fail(ErrorCode::BadInput,
                    path.string() + ": needs \"server\", \"station\", \"role\" and \"token\"");
    c.role = *role;
    return c;
}

Result<void> writeCredential(const std::filesystem::path& path,
                             const StationCredentialFile& credential) {
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (auto made = makePrivateFolders(folder))
        return fail(ErrorCode::BadInput, folder.string() + ": " + made.message());
    const auto temporary = std::filesystem::path(path.string() + ".new");
    {
        const mode_t old = ::umask(077);
        std::ofstream out(temporary, std::ios::trunc);
        ::umask(old);
        if (!out) return fail(ErrorCode::BadInput, temporary.string() + ": cannot be written");
        out << nlohmann::json{{"server", credential.server},
                              {"station", credential.station},
                              {"role", toString(credential.role)},
                              {"token", credential.token}}
                   .dump(2)
            << "\n";
        out.flush();
        if (!out) return fail(ErrorCode::BadInput, temporary.string() + ": cannot be written");
    }
    std::error_code error;
    std::filesystem::permissions(
        temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, error);
    if (!error) std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        return fail(ErrorCode::BadInput, path.string() + ": cannot be written");
    }
    return {};
}

struct StationClient::Impl {
    StationClientOptions options;
    HttpClient http;

    HttpResult<HttpResponse> send(const std::string& method, const std::string& target,
                                  const std::string* body, const std::string& key) {
        frontdesk::HttpRequest request;
        request.method = method;
        request.url = options.server + target;
        request.headers.push_back("Accept: application/json");
        if (!options.token.empty())
            request.headers.push_back("Authorization: Bearer " + options.token);
        if (!key.empty()) request.headers.push_back("Idempotency-Key: " + key);
        if (body) {
            request.headers.push_back("Content-Type: application/json");
            request.body = std::string_view(*body);
        }
        return http.send(request);
    }

    Error unreachable(const HttpError& error) const {
        return {ErrorCode::Storage,
                "the server at " + options.server + " cannot be reached: " + error.message};
    }
};

Result<StationClient> StationClient::create(StationClientOptions options) {
    options.server = withoutTrailingSlash(options.server);
    if (options.server.rfind("https://", 0) != 0 && options.server.rfind("http://", 0) != 0)
        return fail(ErrorCode::BadInput,
                    "server '" + options.server + "' is not an https:// (or loopback http://) URL");
    HttpClientOptions http;
    http.connectTimeout = options.connectTimeout;
    http.requestTimeout = options.requestTimeout;
    http.cancel = options.cancel;
    http.maxBodyBytes = 16u << 20;
    http.loopbackHttp = true;  // plain http is refused unless the address is loopback
    http.caFile = options.caFile;
    auto client = HttpClient::create(http);
    if (!client) return fail(ErrorCode::Storage, "libcurl: " + client.error().message);
    return StationClient(std::make_unique<Impl>(Impl{std::move(options), std::move(*client)}));
}

StationClient::StationClient(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
StationClient::StationClient(StationClient&&) noexcept = default;
StationClient& StationClient::operator=(StationClient&&) noexcept = default;
StationClient::~StationClient() = default;

const std::string& StationClient::server() const {
    return m_impl->options.server;
}

Result<StationReply> StationClient::call(const std::string& method, const std::string& target,
                                         const nlohmann::json& body, bool write) {
    const std::string text = body.is_null() ? std::string() : body.dump();
    const std::string key = write ? newHandle() : std::string();
    HttpResult<HttpResponse> response = tl::unexpected(HttpError{});
    for (int attempt = 0; attempt < (write ? kWriteAttempts : 1); ++attempt) {
        response = m_impl->send(method, target, body.is_null() ? nullptr : &text, key);
        if (response || response.error().failure != HttpFailure::Network) break;
    }
    if (!response) {
        if (response.error().failure == HttpFailure::Refused)
            return fail(ErrorCode::BadInput, "plain http is allowed to a loopback address only");
        Error error = m_impl->unreachable(response.error());
        if (write) error.message += "; the write was not confirmed: it may not be recorded";
        return tl::unexpected(error);
    }
    return replyOf(*response);
}

Result<nlohmann::json> StationClient::get(const std::string& target) {
    return bodyOf(call("GET", target, nullptr, false));
}

Result<nlohmann::json> StationClient::post(const std::string& target, const nlohmann::json& body,
                                           bool write) {
    return bodyOf(call("POST", target, body, write));
}

Result<void> StationClient::remove(const std::string& target) {
    auto body = bodyOf(call("DELETE", target, nullptr, false));
    if (!body) return tl::unexpected(body.error());
    return {};
}

Result<StationCredentialFile> enrollAt(const std::string& server, const std::string& code,
                                       const std::string& caFile) {
    auto client = StationClient::create({server, {}, caFile});
    if (!client) return tl::unexpected(client.error());
    auto answer = client->post("/v1/enroll", {{"code", code}}, false);
    if (!answer) {
        if (answer.error().code == ErrorCode::BadInput &&
            answer.error().message.find("does not allow") != std::string::npos)
            return fail(ErrorCode::BadInput,
                        "the server refused the enrollment code: wrong, already used or expired");
        return tl::unexpected(answer.error());
    }
    const auto text = [&](const char* key) {
        const auto it = answer->find(key);
        return it != answer->end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const auto role = parseStationRole(text("role"));
    if (text("station").empty() || text("token").empty() || !role)
        return fail(ErrorCode::Storage, "the server's enrollment answer is incomplete");
    return StationCredentialFile{client->server(), text("station"), *role, text("token")};
}

}  // namespace frontdesk
