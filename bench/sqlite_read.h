#pragma once

// The bench's own queries (CSV export and the ledger-summing comparison) read the database on
// a plain SQLite connection: the tests' one (tests/support/raw_sqlite.h), opened read-only.
// The core's layer is private to the core. Failures throw std::runtime_error; the bench turns
// them into a failed benchmark.

#include <filesystem>

#include "raw_sqlite.h"

namespace frontdesk::bench {

class Connection : public test::RawDb {
public:
    // Opens an existing database read-only.
    explicit Connection(const std::filesystem::path& path) : RawDb(path, Mode::ReadOnly) {}
};

using Query = test::RawQuery;

}  // namespace frontdesk::bench
