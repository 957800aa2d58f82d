#include "process_stats.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string>

namespace frontdesk::bench {
namespace {

// The number after "Key:" in /proc/self/status, in kB; nothing when the line is missing.
std::string statusField(const char* key) {
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(key) + ":";
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
    return {};
}

}  // namespace

double msSinceProcessStart() {
    std::ifstream stat("/proc/self/stat");
    std::string field;
    for (int i = 0; i < 22 && stat >> field; ++i) {
    }
    const double startTicks = std::stod(field);
    std::ifstream uptimeFile("/proc/uptime");
    double uptime = 0;
    uptimeFile >> uptime;
    return (uptime - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

long residentKiB() {
    const std::string kib = statusField("VmRSS");
    return kib.empty() ? -1 : std::stol(kib);
}

double peakResidentMiB() {
    const std::string kib = statusField("VmHWM");
    return kib.empty() ? 0 : std::stod(kib) / 1024.0;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

}  // namespace frontdesk::bench
