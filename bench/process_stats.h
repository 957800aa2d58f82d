#pragma once

// What the program benchmarks (kiosk, desk, sync) read about their own process, and the
// percentile they report, in one place.

#include <vector>

namespace frontdesk::bench {

// Milliseconds since this process started (its start time in /proc/self/stat).
double msSinceProcessStart();

// Resident memory now (VmRSS) in KiB, -1 when unknown.
long residentKiB();

// Peak resident memory (VmHWM) in MiB, 0 when unknown.
double peakResidentMiB();

// The p-quantile (0..1) of the values: the value at rank p * (n - 1) once sorted; 0 for none.
double percentile(std::vector<double> values, double p);

}  // namespace frontdesk::bench
