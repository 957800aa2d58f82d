#pragma once

// What the HTTP transport (http_server.h) serves: a handler that turns one whole request into
// its answer. The CDS Hooks routes (http_router.h) are one; the clinic server's station API
// (server/) wraps them with its own.

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>
#include <string_view>

namespace frontdesk::hooks {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Sends an answer that was not ready when the handler returned (a long poll). Call it once,
// from any thread; later calls are ignored.
using LaterReply = std::function<void(HttpResponse)>;

// An answer and what the request log says of its request: the route's pattern
// ("/cds-services/{id}", "(unknown route)"), never the path the client sent.
struct RoutedResponse {
    HttpResponse response;
    const char* route = "(unknown route)";
    // Set: `response` is not the answer; the transport calls `later` with the reply that sends
    // the answer when it comes. The connection holds no request thread meanwhile.
    std::function<void(LaterReply)> later{};
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
    // The server stops: answer every request that waits for a later reply now.
    virtual void stopWaiting() const {}
};

}  // namespace frontdesk::hooks
