#pragma once

// A fresh SQLite file per test, and short constructors for dates and money.

#include <filesystem>
#include <string>

#include "frontdesk/store/store.h"

namespace frontdesk::test {

// A new empty directory under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// A store on a real SQLite file in its own temp dir.
struct TestStore {
    TempDir dir;
    Store store;
    TestStore();
};

Date day(const char* iso);      // parseDate that must succeed
Cents money(const char* text);  // parseMoney that must succeed

}  // namespace frontdesk::test
