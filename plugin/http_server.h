#pragma once

// The HTTP(S) transport of the CDS Hooks service: routes, authentication, limits, CORS.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "hooks_service.h"

namespace frontdesk::hooks {

struct HttpOptions {
    std::string host = "127.0.0.1";
    int port = 8443;  // 0: any free port (tests)
    std::string tlsCertificate;
    std::string tlsKey;
    int threads = 32;
    int timeoutS = 10;
    std::vector<std::string> corsOrigins;
    std::size_t maxBodyBytes = 1 << 20;
};

// Whether a request's Authorization header is a valid token for the service (nullptr: the
// discovery endpoint). An empty function means authentication is off (--no-auth).
using Authenticate =
    std::function<bool(const HookService* service, const std::string& authorization)>;

// "ADDR:PORT" into host and port; fails with BadInput naming the text.
Result<std::pair<std::string, int>> parseListen(const std::string& listen);
bool isLoopback(const std::string& host);

class HooksHttpServer {
public:
    HooksHttpServer(HooksService& service, HttpOptions options, Authenticate authenticate);
    ~HooksHttpServer();

    // Binds the socket. Fails for plain HTTP on a non-loopback address, unreadable TLS files
    // or a port in use.
    Result<void> bind();
    int port() const;
    // Serves until stop() (from another thread or a signal watcher).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace frontdesk::hooks
