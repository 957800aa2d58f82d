#pragma once

// What the command-line tests share: a scratch folder with a database, and the real
// frontdesk binary run in it.

#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace frontdesk::test {

struct Run {
    int exit = -1;  // -1: killed by a signal (a crash)
    std::string out;
    std::string err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A scratch folder with a database path, removed at the end.
struct Scratch {
    std::filesystem::path dir;
    Scratch() {
        static int n = 0;
        dir = std::filesystem::temp_directory_path() /
              ("frontdesk-cli-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch() { std::filesystem::remove_all(dir); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    Scratch(Scratch&& other) noexcept : dir(std::move(other.dir)) { other.dir.clear(); }
    Scratch& operator=(Scratch&&) = delete;

    std::string db() const { return (dir / "clinic.db").string(); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }

    // Runs `frontdesk <args>` with this scratch database.
    Run run(const std::string& args) const {
        const auto out = dir / "stdout";
        const auto err = dir / "stderr";
        const std::string cmd =
            std::string(FRONTDESK_CLI) + " " + args + " >" + out.string() + " 2>" + err.string();
        const int status = std::system(cmd.c_str());
        return {WIFEXITED(status) && WEXITSTATUS(status) < 128 ? WEXITSTATUS(status) : -1,
                slurp(out), slurp(err)};
    }
    Run on(const std::string& args) const {
        return run(args + " --db " + db() + " --as-of 2026-11-26");
    }
    // Runs SQL on the database with the sqlite3 shell (as another program would); its output.
    std::string sql(const std::string& statements) const {
        const auto out = dir / "sql.out";
        const std::string cmd =
            "sqlite3 " + db() + " \"" + statements + "\" >" + out.string() + " 2>&1";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("sqlite3: " + slurp(out));
        return slurp(out);
    }
};

}  // namespace frontdesk::test
