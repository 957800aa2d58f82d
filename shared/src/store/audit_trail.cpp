#include "frontdesk/store/audit_trail.h"

namespace frontdesk {

Result<std::unique_ptr<AuditTrail>> AuditTrail::open(const std::filesystem::path& path) {
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    return std::unique_ptr<AuditTrail>(new AuditTrail(std::move(*store)));
}

AuditTrail::AuditTrail(Store store) : m_store(std::move(store)) {
    m_writer = std::thread([this] { writeBatches(); });
}

AuditTrail::~AuditTrail() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_one();
    m_writer.join();
}

Result<void> AuditTrail::record(std::span<const LookupEvent> events) {
    // nothing to write: no batch would ever be written for it to wait for
    if (events.empty()) return {};
    std::unique_lock lock(m_mutex);
    m_pending.insert(m_pending.end(), events.begin(), events.end());
    const std::uint64_t mine = m_nextBatch;
    m_queued.notify_one();
    m_committed.wait(lock, [&] { return m_committedBatch >= mine; });
    if (m_failedBatches.count(mine) != 0)
        return fail(ErrorCode::Storage, "the audit trail could not be written");
    return {};
}

void AuditTrail::writeBatches() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_queued.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
        if (m_pending.empty()) return;  // stopping with nothing left
        std::vector<LookupEvent> batch;
        batch.swap(m_pending);
        const std::uint64_t number = m_nextBatch++;
        lock.unlock();
        const bool written = m_store.recordLookups(batch).has_value();
        lock.lock();
        if (!written) m_failedBatches.insert(number);
        m_committedBatch = number;
        m_committed.notify_all();
    }
}

}  // namespace frontdesk
