#include "change_feed.h"

#include <optional>
#include <utility>

#include "frontdesk/store/change_watch.h"
#include "frontdesk/store/store.h"

namespace frontdesk::server {

ChangeFeed::ChangeFeed(std::string dbPath, std::chrono::milliseconds pollEvery)
    : m_dbPath(std::move(dbPath)),
      m_pollEvery(pollEvery),
      m_epoch(std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count())) {
    // The watch starts before any request is answered: a version given out is always one the
    // feed compares against. (Opened on the thread, a first open that waited for the database,
    // a new file switching to WAL, took its baseline after changes a station had not seen.)
    openWatch();
    m_thread = std::thread([this] { watch(); });
}

bool ChangeFeed::openWatch() {
    m_watch.reset();
    m_store.reset();
    auto opened = Store::open(m_dbPath);
    if (!opened) return false;
    m_store.emplace(std::move(*opened));
    m_watch.emplace(*m_store);
    return true;
}

ChangeFeed::~ChangeFeed() {
    stop();
    if (m_thread.joinable()) m_thread.join();
}

std::string ChangeFeed::versionLocked() const {
    return m_epoch + "." + std::to_string(m_changes);
}

std::string ChangeFeed::version() const {
    const std::lock_guard lock(m_mutex);
    return versionLocked();
}

void ChangeFeed::wait(const std::string& seen, std::chrono::milliseconds wait, Answer answer) {
    std::string now;
    {
        const std::lock_guard lock(m_mutex);
        now = versionLocked();
        if (seen == now && !m_stopping && wait.count() > 0) {
            m_waiters.push_back({std::chrono::steady_clock::now() + wait, std::move(answer)});
            return;
        }
    }
    answer(now);
}

void ChangeFeed::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
}

void ChangeFeed::watch() {
    // The feed's own connection: a commit by any other connection moves its data_version.
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait_for(lock, m_pollEvery);
        const bool stopping = m_stopping;
        lock.unlock();
        bool changed = false;
        if (!m_watch) {
            // opened again after a failure: what changed meanwhile is unknown, so it counts as
            // a change (each station reads its lists once more)
            changed = openWatch();
        } else if (auto read = m_watch->changed()) {
            changed = *read;
        } else {
            m_watch.reset();
            m_store.reset();
        }
        lock.lock();
        if (changed) ++m_changes;
        const auto now = std::chrono::steady_clock::now();
        std::vector<Answer> due;
        std::erase_if(m_waiters, [&](Waiter& w) {
            if (!changed && !stopping && w.until > now) return false;
            due.push_back(std::move(w.answer));
            return true;
        });
        const std::string version = versionLocked();
        lock.unlock();
        for (const auto& answer : due) answer(version);
        lock.lock();
        if (stopping && m_waiters.empty()) return;
    }
}

}  // namespace frontdesk::server
