#include "frontdesk/store/private_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>

namespace frontdesk {

std::error_code makePrivateFolders(const std::filesystem::path& folder) {
    if (folder.empty()) return {};
    std::error_code ec;
    if (std::filesystem::exists(folder, ec)) return ec;
    if (auto parent = makePrivateFolders(folder.parent_path()); parent) return parent;
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return {errno, std::generic_category()};
    return {};
}

namespace {

// Takes group and other access from a file this user owns; nothing for one that is missing.
void keepToOwner(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || st.st_uid != ::geteuid()) return;
    if ((st.st_mode & 077) != 0) ::chmod(path.c_str(), st.st_mode & 0700);
}

}  // namespace

std::error_code makePrivateFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST) return {errno, std::generic_category()};
    for (const char* suffix : {"", "-wal", "-shm"}) keepToOwner(path.string() + suffix);
    return {};
}

}  // namespace frontdesk
