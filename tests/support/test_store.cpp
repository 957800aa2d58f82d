#include "test_store.h"

#include <unistd.h>
#include <atomic>
#include <stdexcept>

namespace frontdesk::test {

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path() /
             ("frontdesk-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

namespace {
Store openOrThrow(const std::filesystem::path& path) {
    auto store = Store::open(path);
    if (!store) throw std::runtime_error(store.error().message);
    return std::move(*store);
}
}  // namespace

TestStore::TestStore() : store(openOrThrow(dir.file("clinic.db"))) {}

Date day(const char* iso) {
    auto d = parseDate(iso);
    if (!d) throw std::runtime_error(d.error().message);
    return *d;
}

Cents money(const char* text) {
    auto c = parseMoney(text);
    if (!c) throw std::runtime_error(c.error().message);
    return *c;
}

}  // namespace frontdesk::test
