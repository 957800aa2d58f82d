#pragma once

#include <cstdint>

#include "frontdesk/store/store.h"

namespace frontdesk {

// Tells a long-running screen (the desk's worklist) that another connection (a kiosk, another
// desk, an import) committed to the database, by SQLite's PRAGMA data_version: one cheap read,
// no polling of tables. Changes made through this same Store are not reported; the caller
// knows of those.
class ChangeWatch {
public:
    explicit ChangeWatch(Store& store);
    // True when another connection committed since the last call (or since construction).
    Result<bool> changed();

private:
    Store& m_store;
    std::int64_t m_version = 0;
};

}  // namespace frontdesk
