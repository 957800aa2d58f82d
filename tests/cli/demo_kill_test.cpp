// `demo --replace` builds the clinic aside and renames it over the database when whole: a
// program killed at any moment leaves the old clinic or the whole new one (issue 13).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

#include "cli_scratch.h"

using frontdesk::test::Scratch;

namespace {

// What tells two demo clinics apart, and a whole one from a part of one.
std::string fingerprint(const Scratch& s) {
    return s.sql(
        "SELECT (SELECT count(*) FROM patient) || ' ' || (SELECT count(*) FROM appointment)"
        " || ' ' || (SELECT count(*) FROM ledger_entry) || ' ' || (SELECT count(*) FROM"
        " reminder) || ' ' || (SELECT total(amount_cents) FROM ledger_entry)");
}

// Starts `frontdesk demo --replace` on the scratch database, its output thrown away.
pid_t startDemo(const Scratch& s, const std::string& patients, const std::string& seed) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        const std::string db = s.db();
        ::execl(FRONTDESK_CLI, FRONTDESK_CLI, "demo", "--replace", "--patients", patients.c_str(),
                "--seed", seed.c_str(), "--db", db.c_str(), "--as-of", "2026-11-26", nullptr);
        ::_exit(127);
    }
    return pid;
}

struct Clinic {
    std::string patients;
    std::string seed;
    std::string print;
    std::chrono::microseconds buildTime{};
};

// Builds a clinic to completion once, for its fingerprint and how long building takes.
Clinic reference(const std::string& patients, const std::string& seed) {
    const Scratch s;
    const auto start = std::chrono::steady_clock::now();
    int status = 0;
    ::waitpid(startDemo(s, patients, seed), &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    const auto took = std::chrono::steady_clock::now() - start;
    return {patients, seed, fingerprint(s),
            std::chrono::duration_cast<std::chrono::microseconds>(took)};
}

bool leftoverBuilds(const Scratch& s) {
    for (const auto& entry : std::filesystem::directory_iterator(s.dir))
        if (entry.path().filename().string().find(".building-") != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("demo --replace killed at any moment leaves the old clinic or the whole new one",
          "[cli][demo]") {
    const Clinic a = reference("150", "1");
    const Clinic b = reference("250", "2");
    REQUIRE(a.print != b.print);
    const Scratch s;
    REQUIRE(s.on("demo --patients 150 --seed 1").exit == 0);
    std::string current = a.print;
    std::mt19937 rng(13);
    // within the time a build takes, from before the program starts writing to its end
    const auto shortest = std::min(a.buildTime, b.buildTime).count();
    std::uniform_int_distribution<long> delay(0, shortest - shortest / 10);
    int killedMidway = 0;
    for (int round = 0; round < 20; ++round) {
        const Clinic& next = current == a.print ? b : a;
        const pid_t pid = startDemo(s, next.patients, next.seed);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        killedMidway += WIFSIGNALED(status) ? 1 : 0;
        const std::string now = fingerprint(s);
        INFO("round " << round << ", killed: " << WIFSIGNALED(status));
        CHECK((now == current || now == next.print));
        CHECK(s.on("verify").exit == 0);
        current = now;
    }
    CHECK(killedMidway >= 5);  // most kills land while the clinic is being built
    REQUIRE(s.on("demo --replace --patients 150 --seed 1").exit == 0);
    CHECK(fingerprint(s) == a.print);
    CHECK_FALSE(leftoverBuilds(s));  // what the killed builds left is cleaned up
}
