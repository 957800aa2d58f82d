// The audit trail written by many threads with group commit (the clinic server's and the CDS
// Hooks service's staff reads): every lookup is written before record() returns, and a read
// that looked nobody up (a search that matched no one) is answered at once.
#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include "frontdesk/store/audit_trail.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using namespace std::chrono_literals;
using frontdesk::test::RawDb;

namespace {

void putPatient(Store& store, const std::string& mrn) {
    const auto out = store.putPatients(std::vector<Patient>{
        {mrn, "Garcia", "Ana", test::day("1980-05-01"), "5550102000", "en", ""}});
    REQUIRE(out);
    REQUIRE(out->problems.empty());
}

}  // namespace

TEST_CASE("an empty batch is answered at once, and the trail goes on", "[store][audit]") {
    test::TestStore t;
    putPatient(t.store, "1001");
    auto trail = AuditTrail::open(t.dir.file("clinic.db"));
    REQUIRE(trail);

    // It used to wait for a batch that nothing would ever write: the clinic server's request
    // thread of a search that matched nobody hung for good (frontdesk_station_bench found it).
    // (a thread of its own, left behind if it hangs, so that the test fails instead of hanging)
    auto done = std::make_shared<std::promise<bool>>();
    auto empty = done->get_future();
    std::thread([done, trail = trail->get()] {
        done->set_value(trail->record(std::span<const LookupEvent>{}).has_value());
    }).detach();
    REQUIRE(empty.wait_for(5s) == std::future_status::ready);
    CHECK(empty.get());

    const std::vector<LookupEvent> one{{"staff-7", Channel::Desk, "1001", "search"}};
    auto written = std::async(std::launch::async, [&] { return (*trail)->record(one); });
    REQUIRE(written.wait_for(5s) == std::future_status::ready);
    CHECK(written.get());
    RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("SELECT count(*) FROM audit") == 1);
}

TEST_CASE("the lookups of many threads are each written before their record() returns",
          "[store][audit]") {
    test::TestStore t;
    putPatient(t.store, "1001");
    auto trail = AuditTrail::open(t.dir.file("clinic.db"));
    REQUIRE(trail);
    constexpr int kThreads = 8;
    constexpr int kEach = 40;
    std::atomic<int> failed{0};
    std::atomic<int> unseen{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&, i] {
            RawDb raw(t.dir.file("clinic.db"));
            const std::string actor = "staff-" + std::to_string(i);
            for (int n = 1; n <= kEach; ++n) {
                // every other call an empty batch, mixed in with the others
                if (n % 2 == 0 && !(*trail)->record(std::span<const LookupEvent>{}))
                    failed.fetch_add(1);
                const std::vector<LookupEvent> event{{actor, Channel::Desk, "1001", "prompt"}};
                if (!(*trail)->record(event)) failed.fetch_add(1);
                // committed when answered: another connection sees it
                if (raw.integer("SELECT count(*) FROM audit WHERE actor = '" + actor + "'") != n)
                    unseen.fetch_add(1);
            }
        });
    for (auto& thread : threads) thread.join();
    CHECK(failed == 0);
    CHECK(unseen == 0);
    RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("SELECT count(*) FROM audit") == kThreads * kEach);
}
