#include "latency.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <benchmark/benchmark.h>

namespace frontdesk::bench {

double LatencySamples::quantile(double q) {
    if (m_micros.empty()) return 0;
    if (!m_sorted) {
        std::sort(m_micros.begin(), m_micros.end());
        m_sorted = true;
    }
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(m_micros.size())));
    return m_micros[std::clamp<std::size_t>(rank, 1, m_micros.size()) - 1];
}

double LatencySamples::mean() const {
    if (m_micros.empty()) return 0;
    return std::accumulate(m_micros.begin(), m_micros.end(), 0.0) /
           static_cast<double>(m_micros.size());
}

void LatencySamples::report(benchmark::State& state) {
    state.counters["p50_us"] = quantile(0.50);
    state.counters["p90_us"] = quantile(0.90);
    state.counters["p99_us"] = quantile(0.99);
    state.counters["p999_us"] = quantile(0.999);
    state.counters["max_us"] = quantile(1.0);
    state.counters["mean_us"] = mean();
}

}  // namespace frontdesk::bench
