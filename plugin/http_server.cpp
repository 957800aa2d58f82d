#include "http_server.h"

#include <sys/socket.h>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace frontdesk::hooks {
namespace {

void sendJson(httplib::Response& res, const Reply& reply) {
    res.status = reply.status;
    if (!reply.body.is_null()) res.set_content(reply.body.dump(), "application/json");
}

bool isJson(const httplib::Request& req) {
    const std::string type = req.get_header_value("Content-Type");
    return type.rfind("application/json", 0) == 0;
}

// Parses a JSON body; on failure fills a 400 reply with a short reason.
std::optional<nlohmann::json> parseBody(const httplib::Request& req, httplib::Response& res) {
    try {
        return nlohmann::json::parse(req.body);
    } catch (const nlohmann::json::parse_error& e) {
        sendJson(res, errorReply(400, "malformed JSON at byte " + std::to_string(e.byte)));
        return std::nullopt;
    }
}

constexpr const char* kServicePath = R"(/cds-services/([^/]+))";
constexpr const char* kFeedbackPath = R"(/cds-services/([^/]+)/feedback)";

// Answers 405, naming the one method the path takes, for every other method a client may try.
void refuseOtherMethods(httplib::Server& svr, const char* path, const std::string& allow) {
    const auto notAllowed = [allow](const httplib::Request&, httplib::Response& res) {
        res.set_header("Allow", allow);
        sendJson(res, errorReply(405, "method not allowed"));
    };
    if (allow != "GET") svr.Get(path, notAllowed);
    if (allow != "POST") svr.Post(path, notAllowed);
    svr.Put(path, notAllowed);
    svr.Delete(path, notAllowed);
    svr.Patch(path, notAllowed);
}

// Method, path and status only: a header, a token or a body never reaches the log.
void logRequest(const httplib::Request& req, const httplib::Response& res) {
    std::fprintf(stderr, "frontdesk-hooks: %s %s %d\n", req.method.c_str(), req.path.c_str(),
                 res.status);
}

}  // namespace

Result<std::pair<std::string, int>> parseListen(const std::string& listen) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return fail(ErrorCode::BadInput, "listen address '" + listen + "' is not ADDR:PORT");
    std::string host = listen.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    int port = -1;
    try {
        std::size_t used = 0;
        port = std::stoi(listen.substr(colon + 1), &used);
        if (used != listen.size() - colon - 1) port = -1;
    } catch (const std::exception&) {
    }
    if (port < 0 || port > 65535)
        return fail(ErrorCode::BadInput, "listen address '" + listen + "' has no valid port");
    return std::make_pair(host, port);
}

bool isLoopback(const std::string& host) {
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct HooksHttpServer::Impl {
    Impl(HooksService& s, HttpOptions o, Authenticate a)
        : service(s), options(std::move(o)), authenticate(std::move(a)) {}

    HooksService& service;
    HttpOptions options;
    Authenticate authenticate;
    std::unique_ptr<httplib::Server> server;
    int port = 0;
    int listeningSocket = -1;  // remembered from httplib's socket options hook
    // httplib's stop() does nothing until listen_after_bind() has begun, so a stop() that came
    // first would leave run() serving forever: run() and stop() tell each other they came.
    std::atomic<bool> runEntered{false};
    std::atomic<bool> runReturned{false};
    std::atomic<bool> stopRequested{false};

    // Whether the request may go on; otherwise `res` is a 401 without a body.
    bool admit(const HookService* s, const httplib::Request& req, httplib::Response& res) const {
        if (!authenticate || authenticate(s, req.get_header_value("Authorization"))) return true;
        res.status = 401;
        return false;
    }
    void cors(const httplib::Request& req, httplib::Response& res) const;
    void routes();
    void hookRoute(const std::string& id, bool feedback, const httplib::Request& req,
                   httplib::Response& res);
};

void HooksHttpServer::Impl::cors(const httplib::Request& req, httplib::Response& res) const {
    const std::string origin = req.get_header_value("Origin");
    if (origin.empty()) return;
    for (const auto& allowedOrigin : options.corsOrigins) {
        if (allowedOrigin != origin) continue;
        res.set_header("Access-Control-Allow-Origin", origin);
        res.set_header("Vary", "Origin");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        return;
    }
}

void HooksHttpServer::Impl::hookRoute(const std::string& id, bool feedback,
                                      const httplib::Request& req, httplib::Response& res) {
    const HookService* s = findHookService(id);
    if (!s) return sendJson(res, errorReply(404, "no such service"));
    if (!admit(s, req, res)) return;
    if (!isJson(req))
        return sendJson(res, errorReply(415, "Content-Type must be application/json"));
    auto body = parseBody(req, res);
    if (!body) return;
    sendJson(res, feedback ? service.feedback(*s, *body) : service.call(*s, *body));
}

void HooksHttpServer::Impl::routes() {
    using Request = httplib::Request;
    using Response = httplib::Response;
    httplib::Server& svr = *server;
    svr.Get("/healthz", [this](const Request&, Response& res) { sendJson(res, service.health()); });
    svr.Get("/cds-services", [this](const Request& req, Response& res) {
        if (admit(nullptr, req, res)) sendJson(res, service.discovery());
    });
    svr.Post(kServicePath, [this](const Request& req, Response& res) {
        hookRoute(req.matches[1], false, req, res);
    });
    svr.Post(kFeedbackPath, [this](const Request& req, Response& res) {
        hookRoute(req.matches[1], true, req, res);
    });
    for (const char* path : {"/cds-services", "/healthz"}) refuseOtherMethods(svr, path, "GET");
    for (const char* path : {kServicePath, kFeedbackPath}) refuseOtherMethods(svr, path, "POST");
    // a CORS preflight carries no token; its headers come from the post-routing handler
    svr.Options(R"(/.*)", [](const Request&, Response& res) { res.status = 204; });
    svr.set_post_routing_handler([this](const Request& req, Response& res) { cors(req, res); });
    svr.set_exception_handler([](const Request&, Response& res, const std::exception_ptr&) {
        sendJson(res, errorReply(500, "internal error"));
    });
    svr.set_logger(logRequest);
}

HooksHttpServer::HooksHttpServer(HooksService& service, HttpOptions options,
                                 Authenticate authenticate)
    : m_impl(std::make_unique<Impl>(service, std::move(options), std::move(authenticate))) {}

HooksHttpServer::~HooksHttpServer() {
    stop();
}

Result<void> HooksHttpServer::bind() {
    Impl& m = *m_impl;
    const bool tls = !m.options.tlsCertificate.empty();
    if (!tls && !isLoopback(m.options.host))
        return fail(ErrorCode::BadInput,
                    "plain HTTP is only allowed on a loopback address; "
                    "give hooks.tls_certificate and hooks.tls_key");
    if (tls) {
        auto ssl = std::make_unique<httplib::SSLServer>(m.options.tlsCertificate.c_str(),
                                                        m.options.tlsKey.c_str());
        if (!ssl->is_valid())
            return fail(ErrorCode::BadInput, "the TLS certificate or key cannot be loaded");
        m.server = std::move(ssl);
    } else {
        m.server = std::make_unique<httplib::Server>();
    }
    const int threads = m.options.threads;
    m.server->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    m.server->set_payload_max_length(m.options.maxBodyBytes);
    m.server->set_tcp_nodelay(true);  // no Nagle stall between a response's header and body
    m.server->set_read_timeout(m.options.timeoutS, 0);
    m.server->set_write_timeout(m.options.timeoutS, 0);
    // an idle keep-alive connection holds a clean stop until it times out: keep that short
    m.server->set_keep_alive_timeout(std::min(m.options.timeoutS, 3));
    m.server->set_keep_alive_max_count(1000);  // fewer reconnects under steady EHR traffic
    m.server->set_socket_options([&m](socket_t sock) {
        httplib::default_socket_options(sock);
        m.listeningSocket = sock;
    });
    m.routes();
    m.port = m.options.port == 0
                 ? m.server->bind_to_any_port(m.options.host)
                 : (m.server->bind_to_port(m.options.host, m.options.port) ? m.options.port : -1);
    if (m.port < 0)
        return fail(ErrorCode::BadInput,
                    "cannot listen on " + m.options.host + ":" + std::to_string(m.options.port));
    // Debian's compiled cpp-httplib 0.11 listens with a backlog of 5: a burst of EHR connections
    // overflowed it and some were reset ("Read" errors at the client). Listening again on the
    // same socket only raises the backlog.
    if (m.listeningSocket >= 0) ::listen(m.listeningSocket, SOMAXCONN);
    return {};
}

int HooksHttpServer::port() const {
    return m_impl->port;
}

void HooksHttpServer::run() {
    Impl& m = *m_impl;
    m.runEntered = true;
    if (m.server && !m.stopRequested) m.server->listen_after_bind();
    m.runReturned = true;
}

void HooksHttpServer::stop() {
    if (!m_impl || !m_impl->server) return;
    Impl& m = *m_impl;
    m.stopRequested = true;
    // Either run() has not begun (it will see stopRequested and return), or it is on its way
    // into listen_after_bind(): wait until it listens (or has returned) so that stop() counts.
    while (m.runEntered && !m.runReturned && !m.server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m.server->stop();
}

}  // namespace frontdesk::hooks
