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
                                 .count())),
      m_thread([this] { watch(); }) {}

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
    std::optional<Store> store;
    std::optional<ChangeWatch> changes;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait_for(lock, m_pollEvery);
        const bool stopping = m_stopping;
        lock.unlock();
        if (!store) {  // opened here, and again after a failure, so that a feed recovers
            auto opened = Store::open(m_dbPath);
            if (opened) {
                store.emplace(std::move(*opened));
                changes.emplace(*store);
            }
        }
        bool changed = false;
        if (changes) {
            auto read = changes->changed();
            if (read) {
                changed = *read;
            } else {
                changes.reset();
                store.reset();
            }
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
