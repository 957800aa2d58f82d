#include "processes.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace frontdesk::reliability {

std::uint64_t runSeed() {
    static const std::uint64_t seed = [] {
        const char* given = std::getenv("FRONTDESK_RELIABILITY_SEED");
        std::uint64_t s = given ? std::strtoull(given, nullptr, 10) : std::random_device{}();
        std::printf("reliability: seed %llu (FRONTDESK_RELIABILITY_SEED=%llu repeats this run)\n",
                    static_cast<unsigned long long>(s), static_cast<unsigned long long>(s));
        std::fflush(stdout);
        return s;
    }();
    return seed;
}

int setting(const char* name, int fallback) {
    const char* value = std::getenv(name);
    return value ? std::atoi(value) : fallback;
}

Process::Process(const std::vector<std::string>& argv, const std::filesystem::path& output) {
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const int failed = posix_spawn(&m_pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) throw std::runtime_error("cannot start " + argv.front());
}

Process::~Process() {
    if (m_pid <= 0) return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
}

Ending Process::reap(int status) {
    m_pid = -1;
    if (WIFEXITED(status)) return {false, WEXITSTATUS(status)};
    return {WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, -1};
}

Ending Process::killAfter(std::chrono::microseconds delay) {
    const auto deadline = std::chrono::steady_clock::now() + delay;
    int status = 0;
    // Polls, so that a process that ends early is reaped as exited, never as killed.
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) return reap(status);
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, &status, 0);
    Ending ending = reap(status);
    return ending;
}

Ending Process::wait() {
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    return reap(status);
}

Ending Process::stop(int signal, std::chrono::milliseconds limit) {
    ::kill(m_pid, signal);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) return reap(status);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return killAfter(std::chrono::microseconds(0));
}

std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Ran runToEnd(const std::vector<std::string>& argv, const std::filesystem::path& output) {
    Process p(argv, output);
    const Ending ending = p.wait();
    return {ending, fileText(output)};
}

Ran runFrontdesk(const std::vector<std::string>& args, const std::filesystem::path& scratch) {
    static std::atomic<int> counter{0};
    std::vector<std::string> argv{FRONTDESK_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto output = scratch / ("cli-" + std::to_string(counter++ % 64) + ".out");
    return runToEnd(argv, output);
}

int freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                       ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(s);
    return bound ? ntohs(address.sin_port) : -1;
}

}  // namespace frontdesk::reliability
