#pragma once

// A database file replaced whole: built aside, then renamed over the old one, so that a
// program killed at any moment leaves the old database or the new one, never a part of one.

#include <filesystem>

#include "frontdesk/domain/error.h"

namespace frontdesk {

// Where to build a database that is to replace `target`: a file beside it (the same folder,
// so that the rename is atomic) named after it and this process ("clinic.db.building-4242"),
// with nothing left there from before.
std::filesystem::path buildingPathFor(const std::filesystem::path& target);

// Removes the files that builds beside `target` left when they were killed (their process is
// gone): "clinic.db.building-<pid>" and its -wal, -shm and -journal.
void removeStaleBuilds(const std::filesystem::path& target);

// Removes a database file and its -wal, -shm and -journal, those that exist.
void removeDatabaseFiles(const std::filesystem::path& path);

// Puts the database `built` in the place of `target` by renaming it. `built` must be whole in
// its one file: closed, with no WAL (Store::closeForMove). The old database's WAL is
// checkpointed into it first and its -wal and -shm are removed before the rename, so that the
// old database stays whole until the rename and SQLite never applies its WAL to the new file.
// Fails with Conflict, changing nothing, when another program has `target` open; with Storage
// when a file cannot be removed or renamed. `built` is left in place on failure.
Result<void> replaceDatabaseFile(const std::filesystem::path& built,
                                 const std::filesystem::path& target);

}  // namespace frontdesk
