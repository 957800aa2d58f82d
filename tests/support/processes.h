#pragma once

// What the reliability tests share: the real programs (frontdesk, frontdesk-hooks) started as
// processes, killed at a chosen moment or awaited; the seed of the tests' random choices; and
// the settings a run can be given in the environment.

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace frontdesk::reliability {

// The seed of this run's random choices: FRONTDESK_RELIABILITY_SEED, else a fresh one. Printed
// once, so that a failure can be repeated with the same kills.
std::uint64_t runSeed();

// An integer setting from the environment (e.g. FRONTDESK_RELIABILITY_KILLS), else `fallback`.
int setting(const char* name, int fallback);

// How a process ended.
struct Ending {
    bool killed = false;  // by the test's SIGKILL
    int code = -1;        // its exit code when it exited; -1 for any other signal
};

// A program running with its output (stdout and stderr) going to a file. The destructor kills
// and reaps it if it still runs.
class Process {
public:
    Process(const std::vector<std::string>& argv, const std::filesystem::path& output);
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    pid_t pid() const { return m_pid; }
    // Sends SIGKILL after `delay` unless the process ended before; then reaps it.
    Ending killAfter(std::chrono::microseconds delay);
    // Waits until it ends.
    Ending wait();
    // Sends `signal` (SIGTERM) and waits, at most `limit`, then kills.
    Ending stop(int signal, std::chrono::milliseconds limit);

private:
    Ending reap(int status);
    pid_t m_pid = -1;
};

// What a program printed and how it ended, run to its end.
struct Ran {
    Ending ending;
    std::string output;
    bool ok() const { return !ending.killed && ending.code == 0; }
};
Ran runToEnd(const std::vector<std::string>& argv, const std::filesystem::path& output);

// `frontdesk <args>` to its end; the output file is `scratch`/cli-<n>.out.
Ran runFrontdesk(const std::vector<std::string>& args, const std::filesystem::path& scratch);

std::string fileText(const std::filesystem::path& path);

// A loopback TCP port free at the moment of asking (for a server the test starts); -1 if none.
int freePort();

}  // namespace frontdesk::reliability
