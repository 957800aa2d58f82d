#include "program.h"

#include <pthread.h>

#include <memory>
#include <thread>

#include "jwt_verifier.h"
#include "token_check.h"

namespace frontdesk::hooks {

Result<Authenticate> ehrAuthentication(bool noAuth, const std::string& flag, const HooksSettings& h,
                                       const LogLine& log) {
    if (noAuth) {
        log("WARNING: " + flag + " is on: EHR calls are NOT authenticated. For local demos only.");
        return Authenticate{};
    }
    auto verifier = JwtVerifier::create({h.issuers, h.publicUrl, h.jwksFile, h.jkuAllowList},
                                        curlFetcher(h.jkuCaFile));
    if (!verifier) return tl::unexpected(verifier.error());
    return tokenCheck(std::make_shared<JwtVerifier>(std::move(*verifier)), h.publicUrl, log);
}

HttpOptions httpOptionsOf(const HooksSettings& h, const std::pair<std::string, int>& listen,
                          LogLine log) {
    HttpOptions http;
    http.host = listen.first;
    http.port = listen.second;
    http.tlsCertificate = h.tlsCertificate;
    http.tlsKey = h.tlsKey;
    http.threads = h.threads;
    http.timeoutS = h.timeoutS;
    http.log = std::move(log);
    return http;
}

void serveUntilSignal(HttpServer& server, const sigset_t& signals, const std::string& where,
                      const LogLine& log) {
    std::thread watcher([&server, &signals] {
        int received = 0;
        sigwait(&signals, &received);
        server.stop();
    });
    log("listening on " + where);
    server.run();
    // wakes the watcher if the stop came from elsewhere; SIGTERM is blocked in every thread, so
    // it reaches the watcher's sigwait and kills nothing
    pthread_kill(watcher.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
    watcher.join();
}

}  // namespace frontdesk::hooks
