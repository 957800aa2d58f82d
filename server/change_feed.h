#pragma once

// Tells stations that the clinic changed (GET /v1/changes, docs/station-api.md): a long poll.
// One thread watches the database (PRAGMA data_version on its own connection, every
// `pollEvery`), so that any commit is seen: this server's, another server process's, the
// command line's. Waiting requests hold no thread; each is answered once the version moves
// past what its station has seen, when its wait is over, or when the server stops.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "frontdesk/store/change_watch.h"
#include "frontdesk/store/store.h"

namespace frontdesk::server {

class ChangeFeed {
public:
    // Called once with the version (never under the feed's lock).
    using Answer = std::function<void(const std::string& version)>;

    ChangeFeed(std::string dbPath, std::chrono::milliseconds pollEvery);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // "<epoch>.<n>": opaque to stations. The epoch is this process's start, so that a station
    // that saw another process's (or an earlier run's) version is answered at once.
    std::string version() const;
    // Answers at once when `seen` is not the current version, else when it changes, `wait`
    // passes or the feed stops.
    void wait(const std::string& seen, std::chrono::milliseconds wait, Answer answer);
    // Answers every waiting station now, and each later one at once.
    void stop();

private:
    struct Waiter {
        std::chrono::steady_clock::time_point until;
        Answer answer;
    };
    void watch();
    // (Re)opens the feed's connection and its watch; false when the database cannot be opened.
    bool openWatch();
    std::string versionLocked() const;

    std::string m_dbPath;
    std::chrono::milliseconds m_pollEvery;
    std::string m_epoch;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::uint64_t m_changes = 0;
    std::vector<Waiter> m_waiters;
    bool m_stopping = false;
    std::optional<Store> m_store;  // the feed's connection; its thread's only, once started
    std::optional<ChangeWatch> m_watch;
    std::thread m_thread;
};

}  // namespace frontdesk::server
