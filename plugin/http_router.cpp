#include "http_router.h"

#include <boost/beast/http/verb.hpp>

#include <optional>

namespace frontdesk::hooks {
namespace http = boost::beast::http;
namespace {

constexpr std::string_view kServices = "/cds-services";
constexpr std::string_view kFeedback = "/feedback";

HttpResponse jsonResponse(const Reply& reply) {
    HttpResponse response{static_cast<http::status>(reply.status), 11};
    if (!reply.body.is_null()) {
        response.set(http::field::content_type, "application/json");
        response.body() = reply.body.dump();
    }
    return response;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The method a known endpoint takes; HEAD counts as GET.
bool takes(Endpoint endpoint, http::verb method) {
    if (endpoint == Endpoint::Service || endpoint == Endpoint::Feedback)
        return method == http::verb::post;
    return method == http::verb::get || method == http::verb::head;
}

// Parses a JSON body; nullopt with a 400 answer in `refusal` when it is not JSON.
std::optional<nlohmann::json> parseBody(const std::string& body, HttpResponse& refusal) {
    try {
        return nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& e) {
        refusal = jsonResponse(errorReply(400, "malformed JSON at byte " + std::to_string(e.byte)));
        return std::nullopt;
    }
}

}  // namespace

std::optional<std::string> percentDecoded(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int high = i + 2 < text.size() ? hexDigit(text[i + 1]) : -1;
        const int low = high >= 0 ? hexDigit(text[i + 2]) : -1;
        if (low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

std::optional<std::string> decodedPath(std::string_view target) {
    return percentDecoded(target.substr(0, target.find_first_of("?#")));
}

Route routeOf(std::string_view target) {
    const auto path = decodedPath(target);
    if (!path) return {};
    if (*path == "/healthz") return {Endpoint::Health, {}};
    if (*path == kServices) return {Endpoint::Discovery, {}};
    if (path->rfind(std::string(kServices) + "/", 0) != 0) return {};
    std::string rest = path->substr(kServices.size() + 1);
    Endpoint endpoint = Endpoint::Service;
    if (rest.size() > kFeedback.size() &&
        rest.compare(rest.size() - kFeedback.size(), kFeedback.size(), kFeedback) == 0) {
        rest.resize(rest.size() - kFeedback.size());
        endpoint = Endpoint::Feedback;
    }
    if (rest.empty() || rest.find('/') != std::string::npos) return {};
    return {endpoint, std::move(rest)};
}

const char* patternOf(Endpoint endpoint) {
    switch (endpoint) {
        case Endpoint::Health:
            return "/healthz";
        case Endpoint::Discovery:
            return "/cds-services";
        case Endpoint::Service:
            return "/cds-services/{id}";
        case Endpoint::Feedback:
            return "/cds-services/{id}/feedback";
        case Endpoint::Unknown:
            break;
    }
    return "(unknown route)";
}

bool isJsonMediaType(std::string_view contentType) {
    return iequals(trimmed(contentType.substr(0, contentType.find(';'))), "application/json");
}

std::string methodForLog(const HttpRequest& request) {
    if (request.method() == http::verb::unknown) return "(other method)";
    return std::string(http::to_string(request.method()));
}

HttpResponse errorResponse(int status, const std::string& message) {
    HttpResponse response = message.empty() ? HttpResponse{static_cast<http::status>(status), 11}
                                            : jsonResponse(errorReply(status, message));
    response.prepare_payload();
    return response;
}

HttpRouter::HttpRouter(HooksService& service, std::vector<std::string> corsOrigins,
                       Authenticate authenticate)
    : m_service(service),
      m_corsOrigins(std::move(corsOrigins)),
      m_authenticate(std::move(authenticate)) {}

RoutedResponse HttpRouter::answer(const HttpRequest& request) const {
    const Route route = routeOf(stdView(request.target()));
    RoutedResponse routed{HttpResponse{}, patternOf(route.endpoint)};
    try {
        routed.response = respond(request, route);
    } catch (...) {  // the edge of the service: nothing may reach the connection's thread
        routed.response = jsonResponse(errorReply(500, "internal error"));
    }
    addCors(request, routed.response);
    const std::size_t length = routed.response.body().size();
    routed.response.content_length(length);
    if (request.method() == http::verb::head) routed.response.body().clear();
    return routed;
}

HttpResponse HttpRouter::respond(const HttpRequest& request, const Route& route) const {
    if (request.version() != 10 && request.version() != 11)
        return jsonResponse(errorReply(505, "HTTP/1.1 only"));
    if (request.method() == http::verb::unknown)
        return jsonResponse(errorReply(501, "method not implemented"));
    // a CORS preflight carries no token; its headers come from addCors
    if (request.method() == http::verb::options) return {http::status::no_content, 11};
    if (route.endpoint == Endpoint::Unknown) return {http::status::not_found, 11};
    if (!takes(route.endpoint, request.method())) {
        HttpResponse refusal = jsonResponse(errorReply(405, "method not allowed"));
        refusal.set(http::field::allow, takes(route.endpoint, http::verb::post) ? "POST" : "GET");
        return refusal;
    }
    switch (route.endpoint) {
        case Endpoint::Health:
            return jsonResponse(m_service.health());
        case Endpoint::Discovery:
            if (!admitted(nullptr, request)) return {http::status::unauthorized, 11};
            return jsonResponse(m_service.discovery());
        case Endpoint::Service:
            return hook(request, route.serviceId, false);
        case Endpoint::Feedback:
            return hook(request, route.serviceId, true);
        case Endpoint::Unknown:
            break;
    }
    return {http::status::not_found, 11};
}

HttpResponse HttpRouter::hook(const HttpRequest& request, const std::string& serviceId,
                              bool feedback) const {
    const HookService* s = findHookService(serviceId);
    if (!s) return jsonResponse(errorReply(404, "no such service"));
    const auto issuer = admitted(s, request);
    if (!issuer) return {http::status::unauthorized, 11};
    if (!isJsonMediaType(stdView(request[http::field::content_type])))
        return jsonResponse(errorReply(415, "Content-Type must be application/json"));
    HttpResponse refusal;
    auto body = parseBody(request.body(), refusal);
    if (!body) return refusal;
    return jsonResponse(feedback ? m_service.feedback(*s, *body)
                                 : m_service.call(*s, *body, *issuer));
}

std::optional<std::string> HttpRouter::admitted(const HookService* service,
                                                const HttpRequest& request) const {
    if (!m_authenticate) return std::string();  // authentication off: no issuer
    return m_authenticate(service, std::string(request[http::field::authorization]));
}

void HttpRouter::addCors(const HttpRequest& request, HttpResponse& response) const {
    const std::string_view origin = stdView(request[http::field::origin]);
    if (origin.empty()) return;
    for (const auto& allowedOrigin : m_corsOrigins) {
        if (allowedOrigin != origin) continue;
        response.set(http::field::access_control_allow_origin, std::string(origin));
        response.set(http::field::vary, "Origin");
        response.set(http::field::access_control_allow_headers, "Authorization, Content-Type");
        response.set(http::field::access_control_allow_methods, "GET, POST, OPTIONS");
        return;
    }
}

}  // namespace frontdesk::hooks
