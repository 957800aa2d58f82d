#pragma once

#include <filesystem>
#include <system_error>

namespace frontdesk {

// Creates `folder` and its missing parents readable by their owner only (0700), for files
// holding patient data; folders that exist are left as they are. Returns the error of the
// first folder that could not be made.
std::error_code makePrivateFolders(const std::filesystem::path& folder);

// Creates an empty file at `path` readable by its owner only (0600) when none exists, so that
// SQLite (which gives the WAL and shared-memory files the database's mode) never makes a
// database others can read. An existing file is left as it is.
std::error_code createPrivateFile(const std::filesystem::path& path);

}  // namespace frontdesk
