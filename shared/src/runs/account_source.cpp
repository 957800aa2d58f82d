#include "frontdesk/runs/account_source.h"

namespace frontdesk {

Result<void> StoreAccounts::forEachOpenSummary(
    const std::function<void(const SummaryRow&)>& visit) {
    return m_store.forEachOpenSummary(visit);
}

Result<PatientStanding> StoreAccounts::standing(const std::string& mrn) {
    return m_store.standing(mrn, m_asOf);
}

Result<AccountSnapshot> AccountSnapshot::read(Store& store, Date asOf) {
    AccountSnapshot snapshot(store, asOf);
    auto scanned =
        store.forEachOpenSummary([&](const SummaryRow& row) { snapshot.m_rows.push_back(row); });
    if (!scanned) return tl::unexpected(scanned.error());
    return snapshot;
}

Result<void> AccountSnapshot::forEachOpenSummary(
    const std::function<void(const SummaryRow&)>& visit) {
    for (const SummaryRow& row : m_rows) visit(row);
    return {};
}

Result<PatientStanding> AccountSnapshot::standing(const std::string& mrn) {
    auto kept = keptStanding(mrn);
    if (!kept) return tl::unexpected(kept.error());
    return **kept;
}

Result<const PatientStanding*> AccountSnapshot::keptStanding(const std::string& mrn) {
    if (const auto it = m_standings.find(mrn); it != m_standings.end()) return &it->second;
    auto read = m_store->standing(mrn, m_asOf);
    if (!read) return tl::unexpected(read.error());
    return &m_standings.emplace(mrn, std::move(*read)).first->second;
}

}  // namespace frontdesk
