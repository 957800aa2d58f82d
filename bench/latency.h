#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace benchmark {
class State;
}

namespace frontdesk::bench {

// Per-call latencies of one benchmark, for percentiles (Google Benchmark reports means).
class LatencySamples {
public:
    explicit LatencySamples(std::size_t expected) { m_micros.reserve(expected); }

    void add(std::chrono::steady_clock::duration d) {
        m_micros.push_back(std::chrono::duration<double, std::micro>(d).count());
    }

    // The q-quantile (0..1) in microseconds, nearest rank; 0 without samples.
    double quantile(double q);
    double mean() const;
    std::size_t count() const { return m_micros.size(); }

    // Sets the counters p50_us, p90_us, p99_us, p999_us, max_us and mean_us.
    void report(benchmark::State& state);

private:
    std::vector<double> m_micros;
    bool m_sorted = false;
};

}  // namespace frontdesk::bench
