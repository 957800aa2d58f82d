#pragma once

// What the HTTP transport (http_server.h) serves: a handler that turns one whole request into
// its answer. The CDS Hooks routes (http_router.h) are one; the clinic server's station API
// (server/) wraps them with its own.

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string_view>

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

class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    // The answer to a whole request, ready to send (Content-Length set; for HEAD the length of
    // the GET answer without its body). Called from many request threads at once; never
    // throws.
    virtual RoutedResponse answer(const HttpRequest& request) const = 0;
};

}  // namespace frontdesk::hooks
