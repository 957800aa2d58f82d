#include "frontdesk/store/change_watch.h"

#include "store/store_impl.h"

namespace frontdesk {
namespace {

Result<std::int64_t> dataVersion(Store& store) {
    return guarded("read data_version", [&]() -> Result<std::int64_t> {
        auto& q = store.impl().statement("PRAGMA data_version");
        q.step();
        const std::int64_t v = q.getInt(0);
        q.reset();
        return v;
    });
}

}  // namespace

ChangeWatch::ChangeWatch(Store& store) : m_store(store) {
    m_version = dataVersion(store).value_or(0);
}

Result<bool> ChangeWatch::changed() {
    auto v = dataVersion(m_store);
    if (!v) return tl::unexpected(v.error());
    const bool differs = *v != m_version;
    m_version = *v;
    return differs;
}

}  // namespace frontdesk
