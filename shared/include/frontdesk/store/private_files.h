#pragma once

#include <filesystem>
#include <system_error>

namespace frontdesk {

// Creates `folder` and its missing parents readable by their owner only (0700), for files
// holding patient data; folders that exist are left as they are. Returns the error of the
// first folder that could not be made.
std::error_code makePrivateFolders(const std::filesystem::path& folder);

// Makes the database at `path` readable by its owner only (0600): creates it empty when
// missing, so that SQLite (which gives the WAL and shared-memory files the database's mode)
// never makes one others can read, and takes group and other access away from an existing
// one (and its -wal and -shm) that this user owns, as earlier versions left them 0644.
std::error_code makePrivateFile(const std::filesystem::path& path);

}  // namespace frontdesk
