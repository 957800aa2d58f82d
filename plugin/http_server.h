#pragma once

// The HTTP(S) transport of the CDS Hooks service and the clinic server: TLS, limits, the
// request log; what each request gets is its handler's (http_handler.h). Boost.Beast over Asio:
// connections are read and written by a few I/O threads, so an idle or slow connection holds no
// request thread; a whole request is read before it reaches the pool of `threads` that runs the
// service (SQLite, token checks).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/domain/error.h"
#include "http_handler.h"

namespace frontdesk::hooks {

// Receives one line of the service's log (without the "frontdesk-hooks: " prefix).
using LogLine = std::function<void(const std::string& line)>;

// Writes "frontdesk-hooks: <line>" to stderr.
void logToStderr(const std::string& line);

struct HttpOptions {
    std::string host = "127.0.0.1";
    int port = 8443;  // 0: any free port (tests)
    std::string tlsCertificate;
    std::string tlsKey;
    int threads = 32;   // the request threads that run the service
    int ioThreads = 2;  // the threads that read and write connections (TLS, parsing)
    // A request must arrive whole (TLS handshake, headers and body) within this many seconds
    // of its first byte, and its answer must be taken by the client within as many.
    int timeoutS = 10;
    std::size_t maxBodyBytes = 1 << 20;    // larger: 413
    std::uint32_t maxHeaderBytes = 32768;  // request line and header fields; larger: 431
    std::size_t maxConnections = 512;      // more at once: 503 (TLS: closed), see bind()
    LogLine log;                           // empty: logToStderr
};

// "ADDR:PORT" into host and port; fails with BadInput naming the text.
Result<std::pair<std::string, int>> parseListen(const std::string& listen);
bool isLoopback(const std::string& host);

class HttpServer {
public:
    HttpServer(std::shared_ptr<const HttpHandler> handler, HttpOptions options);
    ~HttpServer();

    // Binds the socket and loads the TLS certificate and key. Fails for plain HTTP on a
    // non-loopback address, unreadable TLS files or a port in use. maxConnections is lowered
    // to what the process's open-file limit leaves room for.
    Result<void> bind();
    int port() const;
    // Serves until stop() (from another thread or a signal watcher); returns at once when
    // stop() came first.
    void run();
    // No new connections; idle connections and those still sending a request are closed;
    // requests being handled are answered, then run() returns.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace frontdesk::hooks
