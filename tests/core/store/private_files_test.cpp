// Files holding patient data are readable by their owner only: a new database, its WAL and
// shared memory are 0600, the folders made for them 0700 (DESIGN.md, privacy).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "frontdesk/demo/demo.h"
#include "frontdesk/store/private_files.h"
#include "frontdesk/store/store.h"
#include "test_support.h"

using namespace frontdesk;
namespace fs = std::filesystem;

namespace {

unsigned modeOf(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("a new database, its WAL and its shared memory are readable by the owner only",
          "[store][privacy]") {
    test::TempDir dir;
    const fs::path db = dir.file("clinic.db");
    const mode_t was = ::umask(0022);  // the usual umask: files would be 0644
    auto store = Store::open(db);
    ::umask(was);
    REQUIRE(store);
    REQUIRE(store
                ->putPatients(std::vector<Patient>{
                    {"1", "Lee", "Ana", test::day("1980-01-02"), "", "en", ""}})
                ->problems.empty());
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(fs::path(db.string() + "-wal")) == 0600);
    CHECK(modeOf(fs::path(db.string() + "-shm")) == 0600);
}

TEST_CASE("a database others could read is made private when opened", "[store][privacy]") {
    test::TempDir dir;
    const fs::path db = dir.file("clinic.db");
    auto first = Store::open(db);  // kept open: its WAL stays
    REQUIRE(first);
    REQUIRE(first
                ->putPatients(std::vector<Patient>{
                    {"1", "Lee", "Ana", test::day("1980-01-02"), "", "en", ""}})
                ->problems.empty());
    const auto open = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                      fs::perms::others_read;
    fs::permissions(db, open);
    fs::permissions(fs::path(db.string() + "-wal"), open);
    REQUIRE(Store::open(db));
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(fs::path(db.string() + "-wal")) == 0600);
}

TEST_CASE("folders made for patient data are 0700, existing ones are left alone",
          "[store][privacy]") {
    test::TempDir dir;
    const fs::path deep = fs::path(dir.file("a")) / "b" / "c";
    const mode_t was = ::umask(0022);
    CHECK_FALSE(makePrivateFolders(deep));
    ::umask(was);
    CHECK(modeOf(dir.file("a")) == 0700);
    CHECK(modeOf(deep) == 0700);
    CHECK_FALSE(makePrivateFolders(deep));  // already there: fine
}

TEST_CASE("the built-in demo clinic is made private too", "[store][privacy][demo]") {
    test::TempDir dir;
    const fs::path db = fs::path(dir.file("data")) / "frontdesk" / "demo-clinic.db";
    const mode_t was = ::umask(0022);
    const auto made = prepareDemoClinic(db.string(), test::day("2026-11-30"));
    ::umask(was);
    REQUIRE(made);
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(db.parent_path()) == 0700);
}
