#include "frontdesk/store/change_watch.h"

namespace frontdesk {

ChangeWatch::ChangeWatch(Store& store) : m_store(store) {
    m_version = store.dataVersion().value_or(0);
}

Result<bool> ChangeWatch::changed() {
    auto v = m_store.dataVersion();
    if (!v) return tl::unexpected(v.error());
    const bool differs = *v != m_version;
    m_version = *v;
    return differs;
}

}  // namespace frontdesk
