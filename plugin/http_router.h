#pragma once

// The routes of the CDS Hooks service over HTTP: which endpoint a whole request is for, its
// token, media type and body, and the answer with its CORS headers. No sockets: a connection
// (http_connection.h) reads the request and writes the answer.

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>

#include "http_server.h"

namespace frontdesk::hooks {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

// An answer and what the request log says of its request: the route's pattern
// ("/cds-services/{id}", "(unknown route)"), never the path the client sent.
struct RoutedResponse {
    HttpResponse response;
    const char* route = "(unknown route)";
};

// Beast's string_view (Boost's own in 1.74) as the standard one.
inline std::string_view stdView(boost::beast::string_view text) {
    return {text.data(), text.size()};
}

enum class Endpoint { Health, Discovery, Service, Feedback, Unknown };

// Which endpoint a request target is for: its path (before any '?') percent-decoded and
// matched whole; `serviceId` is the {id} of /cds-services/{id} and its feedback.
struct Route {
    Endpoint endpoint = Endpoint::Unknown;
    std::string serviceId;
};
Route routeOf(std::string_view target);

// The endpoint's pattern for the log: "/healthz", "/cds-services", "/cds-services/{id}",
// "/cds-services/{id}/feedback" or "(unknown route)".
const char* patternOf(Endpoint endpoint);

// Whether a Content-Type names JSON: application/json in any case, with or without
// parameters ("Application/JSON; charset=UTF-8").
bool isJsonMediaType(std::string_view contentType);

// The method as the log names it: a standard method's name, "(other method)" for any other
// token (which is client text).
std::string methodForLog(const HttpRequest& request);

// An answer with the service's error body {"error": message}, or no body when message is
// empty; its Content-Length set.
HttpResponse errorResponse(int status, const std::string& message);

class HttpRouter {
public:
    HttpRouter(HooksService& service, const HttpOptions& options, Authenticate authenticate);

    // The answer to a whole request, ready to send (Content-Length set; for HEAD the length of
    // the GET answer without its body). Never throws: a failure in the service is a 500.
    RoutedResponse answer(const HttpRequest& request) const;

private:
    HttpResponse respond(const HttpRequest& request, const Route& route) const;
    HttpResponse hook(const HttpRequest& request, const std::string& serviceId,
                      bool feedback) const;
    // Whether the request may go on: authentication is off or its token is valid.
    // The issuer of the request's token for the service ("" with authentication off), or
    // nullopt when it is refused.
    std::optional<std::string> admitted(const HookService* service,
                                        const HttpRequest& request) const;
    void addCors(const HttpRequest& request, HttpResponse& response) const;

    HooksService& m_service;
    std::vector<std::string> m_corsOrigins;
    Authenticate m_authenticate;
};

}  // namespace frontdesk::hooks
