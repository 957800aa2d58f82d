#include "http_server.h"

#include <sys/resource.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "http_connection.h"
#include "tls_context.h"

namespace frontdesk::hooks {
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// How many connections the process's open-file limit leaves room for: some files are the
// database's (each request thread has its connection, its WAL and shared memory).
std::size_t connectionsWithinFileLimit(std::size_t wanted, int threads) {
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY) return wanted;
    const rlim_t reserved = 64 + 4 * static_cast<rlim_t>(threads);
    const rlim_t room = files.rlim_cur > reserved + 16 ? files.rlim_cur - reserved : 16;
    return std::min<std::size_t>(wanted, room);
}

// Runs the I/O context until it has no more work. An exception from a handler (only running out
// of memory is possible) is logged and the loop goes on: nothing leaves the server.
void runCatching(net::io_context& io, const LogLine& log) {
    for (;;) {
        try {
            io.run();
            return;
        } catch (const std::exception& e) {
            log(std::string("the transport survived an error: ") + e.what());
        }
    }
}

}  // namespace

void logToStderr(const std::string& line) {
    std::fprintf(stderr, "frontdesk-hooks: %s\n", line.c_str());
}

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

struct HttpServer::Impl {
    Impl(std::shared_ptr<const HttpHandler> h, HttpOptions o)
        : options(std::move(o)), handler(std::move(h)) {
        if (!options.log) options.log = logToStderr;
    }

    Result<void> listen();
    void start();
    void acceptNext();
    void onAccept(const boost::system::error_code& error, tcp::socket socket);

    // Declared in the order they must be built; destroyed the other way round: the request
    // threads (which may hold connections) before the I/O context that connections use.
    HttpOptions options;
    std::shared_ptr<const HttpHandler> handler;
    net::io_context io;
    tcp::acceptor acceptor{net::make_strand(io)};
    net::steady_timer acceptRetry{acceptor.get_executor()};
    std::chrono::steady_clock::time_point lastAcceptError{};
    std::unique_ptr<net::ssl::context> tls;
    std::unique_ptr<Connections> connections;
    std::unique_ptr<net::thread_pool> workers;
    std::unique_ptr<ConnectionContext> context;
    std::atomic<bool> stopRequested{false};
    int port = 0;
};

Result<void> HttpServer::Impl::listen() {
    const std::string where = options.host + ":" + std::to_string(options.port);
    boost::system::error_code error;
    tcp::resolver resolver(io);
    const auto found =
        resolver.resolve(options.host, std::to_string(options.port),
                         tcp::resolver::passive | tcp::resolver::numeric_service, error);
    if (error || found.empty()) return fail(ErrorCode::BadInput, "cannot listen on " + where);
    const tcp::endpoint endpoint = found.begin()->endpoint();
    acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(net::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    // a full backlog: a burst of EHR connections must not be reset (cpp-httplib's 5 was)
    if (!error) acceptor.listen(net::socket_base::max_listen_connections, error);
    if (!error) port = acceptor.local_endpoint(error).port();
    if (error) {
        acceptor.close(error);
        return fail(ErrorCode::BadInput, "cannot listen on " + where + ": " + error.message());
    }
    return {};
}

void HttpServer::Impl::start() {
    const std::size_t maxConnections =
        connectionsWithinFileLimit(options.maxConnections, options.threads);
    if (maxConnections < options.maxConnections)
        options.log("at most " + std::to_string(maxConnections) +
                    " connections: the open-file limit leaves room for no more");
    connections = std::make_unique<Connections>(maxConnections);
    workers = std::make_unique<net::thread_pool>(static_cast<std::size_t>(options.threads));
    ConnectionLimits limits{std::chrono::seconds(options.timeoutS),
                            std::chrono::seconds(std::min(options.timeoutS, 3)),
                            options.maxHeaderBytes, options.maxBodyBytes};
    context.reset(new ConnectionContext{io, *workers, *handler, *connections, limits, options.log});
}

void HttpServer::Impl::acceptNext() {
    acceptor.async_accept(net::make_strand(io),
                          [this](const boost::system::error_code& error, tcp::socket socket) {
                              onAccept(error, std::move(socket));
                          });
}

void HttpServer::Impl::onAccept(const boost::system::error_code& error, tcp::socket socket) {
    if (stopRequested || error == net::error::operation_aborted) return;
    if (error) {  // out of files or memory: wait a moment instead of spinning
        const auto now = std::chrono::steady_clock::now();
        if (now - lastAcceptError > std::chrono::seconds(1))
            options.log("cannot accept a connection: " + error.message());
        lastAcceptError = now;
        acceptRetry.expires_after(std::chrono::milliseconds(100));
        acceptRetry.async_wait([this](const boost::system::error_code& cancelled) {
            if (!cancelled && !stopRequested) acceptNext();
        });
        return;
    }
    if (tls)
        serveTls(*context, *tls, std::move(socket));
    else
        servePlain(*context, std::move(socket));
    acceptNext();
}

HttpServer::HttpServer(std::shared_ptr<const HttpHandler> handler, HttpOptions options)
    : m_impl(std::make_unique<Impl>(std::move(handler), std::move(options))) {}

HttpServer::~HttpServer() {
    stop();
}

Result<void> HttpServer::bind() {
    Impl& m = *m_impl;
    const bool tls = !m.options.tlsCertificate.empty();
    if (!tls && !isLoopback(m.options.host))
        return fail(ErrorCode::BadInput,
                    "plain HTTP is only allowed on a loopback address; "
                    "give hooks.tls_certificate and hooks.tls_key");
    if (tls) {
        auto context = serverTlsContext(m.options.tlsCertificate, m.options.tlsKey);
        if (!context) return tl::unexpected(context.error());
        m.tls = std::move(*context);
    }
    if (auto listening = m.listen(); !listening) return listening;
    m.start();
    return {};
}

int HttpServer::port() const {
    return m_impl->port;
}

void HttpServer::run() {
    Impl& m = *m_impl;
    if (!m.context) return;  // not bound
    net::post(m.acceptor.get_executor(), [&m] {
        if (!m.stopRequested) m.acceptNext();
    });
    std::vector<std::thread> more;
    for (int i = 1; i < m.options.ioThreads; ++i)
        more.emplace_back([&m] { runCatching(m.io, m.options.log); });
    runCatching(m.io, m.options.log);
    for (auto& thread : more) thread.join();
    // a request thread may still hold the last reference to a connection that has answered:
    // wait until it lets go, so that nothing outlives the server
    m.workers->join();
}

void HttpServer::stop() {
    if (!m_impl || m_impl->stopRequested.exchange(true)) return;
    Impl& m = *m_impl;
    // on the acceptor's strand, so that it never races an accept; run() then returns once the
    // last connection has ended
    net::post(m.acceptor.get_executor(), [&m] {
        boost::system::error_code ignored;
        m.acceptor.close(ignored);
        m.acceptRetry.cancel();
        if (m.connections) m.connections->stopAll();
    });
    m.handler->stopWaiting();
}

}  // namespace frontdesk::hooks
