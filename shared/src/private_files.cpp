#include "frontdesk/private_files.h"

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

std::error_code createPrivateFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST) return {};
    return {errno, std::generic_category()};
}

}  // namespace frontdesk
