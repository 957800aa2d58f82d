#include "frontdesk/store/database_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <cerrno>
#include <charconv>
#include <cstdio>

#include "store/sqlite.h"

namespace frontdesk {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBuilding = ".building-";

std::string withSuffix(const fs::path& path, const char* suffix) {
    return path.string() + suffix;
}

// The process a leftover build belongs to, from "clinic.db.building-<pid>[-wal]"; none when
// the name is another file's.
std::optional<pid_t> builderOf(const std::string& name, const std::string& target) {
    const std::string prefix = target + std::string(kBuilding);
    if (name.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    pid_t pid = 0;
    const char* digits = name.data() + prefix.size();
    const auto [end, ec] = std::from_chars(digits, name.data() + name.size(), pid);
    if (ec != std::errc() || end == digits || pid <= 0) return std::nullopt;
    return pid;
}

// Writes the old database's WAL into it and closes it. SQLite removes the WAL when the last
// connection closes; a WAL still there afterwards means another connection holds it open.
// A file that is not a database (or not a whole one) has nothing worth keeping whole.
Result<void> checkpointOld(const fs::path& target) {
    bool checkpointed = false;
    try {
        sqlite::Database db(target.string(), SQLITE_OPEN_READWRITE);
        db.exec("PRAGMA busy_timeout = 5000");
        sqlite::Statement q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        const bool busy = q.step() && q.getInt(0) != 0;
        q.reset();
        if (busy) return fail(ErrorCode::Conflict, "");
        checkpointed = true;
    } catch (const sqlite::SqliteError& e) {
        const int code = e.code() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return fail(ErrorCode::Conflict, "");
    }
    std::error_code ec;
    if (checkpointed && fs::exists(withSuffix(target, "-wal"), ec))
        return fail(ErrorCode::Conflict, "");
    return {};
}

// So that the rename survives a power cut, not only a killed program.
void syncFolder(const fs::path& folder) {
    const int fd =
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

fs::path buildingPathFor(const fs::path& target) {
    fs::path building = target;
    building += std::string(kBuilding) + std::to_string(::getpid());
    removeDatabaseFiles(building);
    return building;
}

void removeStaleBuilds(const fs::path& target) {
    std::error_code ec;
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string name = target.filename().string();
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const auto pid = builderOf(entry.path().filename().string(), name);
        if (pid && ::kill(*pid, 0) != 0 && errno == ESRCH) fs::remove(entry.path(), ec);
    }
}

void removeDatabaseFiles(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(withSuffix(path, suffix), ignored);
}

Result<void> replaceDatabaseFile(const fs::path& built, const fs::path& target) {
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (auto ok = checkpointOld(target); !ok)
            return fail(ErrorCode::Conflict,
                        target.string() +
                            ": another program has the database open (the kiosk, the desk, the"
                            " service?): stop it and try again");
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        if (fs::remove(withSuffix(target, suffix), ec); ec)
            return fail(ErrorCode::Storage,
                        withSuffix(target, suffix) + ": cannot be removed: " + ec.message());
    }
    if (std::rename(built.c_str(), target.c_str()) != 0)
        return fail(ErrorCode::Storage,
                    target.string() + ": cannot be replaced: " +
                        std::error_code(errno, std::generic_category()).message());
    syncFolder(target.parent_path());
    return {};
}

}  // namespace frontdesk
