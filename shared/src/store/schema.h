#pragma once

#include "frontdesk/domain/error.h"
#include "sqlite.h"

namespace frontdesk {

// Sets the connection's pragmas (WAL, synchronous=FULL, busy_timeout, foreign keys) and
// brings the schema to the current version by PRAGMA user_version. Refuses a database from a
// newer version and a file that is not a Front Desk database.
Result<void> migrate(sqlite::Database& db);

}  // namespace frontdesk
