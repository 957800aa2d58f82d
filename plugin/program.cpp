#include "program.h"

#include <pthread.h>

#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "frontdesk/station/stations.h"
#include "frontdesk/store/store.h"
#include "jwt_verifier.h"
#include "token_check.h"

namespace frontdesk::hooks {

TokenIds tokenIdsIn(std::string dbPath) {
    // One writer at a time in this process: SQLite's own wait for its write lock sleeps in
    // steps of up to 100 ms, which 32 request threads turned into a p99 of half a second.
    auto writer = std::make_shared<std::mutex>();
    return [dbPath = std::move(dbPath), writer](const std::string& id, std::int64_t expiresAt,
                                                std::int64_t now) -> Result<bool> {
        thread_local std::map<std::string, std::unique_ptr<Store>> stores;
        std::unique_ptr<Store>& store = stores[dbPath];
        const std::lock_guard lock(*writer);
        if (!store) {
            auto opened = Store::open(dbPath, Store::tokenIdTuning());
            if (!opened) return tl::unexpected(opened.error());
            store = std::make_unique<Store>(std::move(*opened));
        }
        auto first = store->firstUseOfToken(secretDigest(id), expiresAt, now);
        if (!first) store.reset();  // opened afresh at the next call
        return first;
    };
}

Result<Authenticate> ehrAuthentication(bool noAuth, const std::string& flag, const HooksSettings& h,
                                       const std::string& dbPath, const LogLine& log) {
    if (noAuth) {
        log("WARNING: " + flag + " is on: EHR calls are NOT authenticated. For local demos only.");
        return Authenticate{};
    }
    auto verifier =
        JwtVerifier::create({h.issuers, h.publicUrl, h.jwksFile, h.jkuAllowList},
                            curlFetcher(h.jkuCaFile), systemClock(), tokenIdsIn(dbPath));
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
