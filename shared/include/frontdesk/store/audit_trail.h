#pragma once

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <span>
#include <thread>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk {

// The audit table written by many threads at once with group commit: lookups queued while a
// batch is being written go into the next batch, one transaction (one fsync) each. record()
// returns only once its events are committed, so a lookup is never answered before it is
// audited. For services that answer many lookups at once (the CDS Hooks service).
class AuditTrail {
public:
    // Opens its own connection to the database at `path`.
    static Result<std::unique_ptr<AuditTrail>> open(const std::filesystem::path& path);
    ~AuditTrail();  // writes what is queued, then stops
    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    // Writes the events durably; fails with Storage when their batch could not be written.
    Result<void> record(std::span<const LookupEvent> events);

private:
    explicit AuditTrail(Store store);
    void writeBatches();

    Store m_store;
    std::mutex m_mutex;
    std::condition_variable m_queued;
    std::condition_variable m_committed;
    std::vector<LookupEvent> m_pending;
    std::uint64_t m_nextBatch = 1;            // the batch that m_pending will become
    std::uint64_t m_committedBatch = 0;       // the last batch written (or failed)
    std::set<std::uint64_t> m_failedBatches;  // every batch that failed (kept: any waiter of
                                              // one may wake after later batches)
    bool m_stopping = false;
    std::thread m_writer;
};

}  // namespace frontdesk
