#pragma once

// The routes of the CDS Hooks service over HTTP: which endpoint a whole request is for, its
// token, media type and body, and the answer with its CORS headers. No sockets: a connection
// (http_connection.h) reads the request and writes the answer.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hooks_service.h"
#include "http_handler.h"
#include "http_server.h"

namespace frontdesk::hooks {

// Text with %XX decoded; nullopt for a broken escape.
std::optional<std::string> percentDecoded(std::string_view text);
// The path of a request target (before any '?' or '#'), percent-decoded.
std::optional<std::string> decodedPath(std::string_view target);

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

// The EHR a request's Authorization header is a valid token of, for the service (nullptr: the
// discovery endpoint): its issuer (JWT "iss"), or nullopt when the token is refused. An empty
// function means authentication is off (--no-auth): every call is admitted, with no issuer.
using Authenticate = std::function<std::optional<std::string>(const HookService* service,
                                                              const std::string& authorization)>;

// The CDS Hooks endpoints: /healthz, discovery, the services and their feedback.
class HttpRouter : public HttpHandler {
public:
    HttpRouter(HooksService& service, std::vector<std::string> corsOrigins,
               Authenticate authenticate);

    // A failure in the service is a 500.
    RoutedResponse answer(const HttpRequest& request) const override;

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
