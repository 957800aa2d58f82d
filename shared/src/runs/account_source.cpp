#include "frontdesk/runs/account_source.h"

namespace frontdesk {

Result<void> StoreAccounts::forEachOpenSummary(
    const std::function<void(const SummaryRow&)>& visit) {
    return m_store.forEachOpenSummary(visit);
}

Result<void> StoreAccounts::forEachOpenStanding(const StandingVisit& visit) {
    return m_store.forEachOpenStanding(
        m_asOf, [&](SummaryRow&& row, PatientStanding&& standing) { visit(row, standing); });
}

Result<const PatientStanding*> StoreAccounts::standing(const std::string& mrn) {
    auto read = m_store.standing(mrn, m_asOf);
    if (!read) return tl::unexpected(read.error());
    m_last = std::move(*read);
    return &m_last;
}

Result<void> LedgerAccounts::forEachOpenSummary(
    const std::function<void(const SummaryRow&)>& visit) {
    std::optional<Error> unsound;
    std::vector<LedgerEntry> then;
    auto scanned = m_store.forEachSummaryWithLedger([&](const SummaryWithLedger& account) {
        if (unsound) return;
        then.clear();
        for (const LedgerEntry& e : account.entries)  // oldest first
            if (e.postedOn <= m_on) then.push_back(e);
        auto totals = totalLedger(then);
        if (!totals) {
            unsound = totals.error();
            return;
        }
        const LedgerTotals& t = *totals;
        if (t.balance.value() == 0 && t.insurancePending.value() == 0 && t.writtenOff.value() == 0)
            return;  // not open that day
        visit({account.summary.patientId, account.summary.mrn, std::move(*totals)});
    });
    if (!scanned) return tl::unexpected(scanned.error());
    if (unsound) return tl::unexpected(*unsound);
    return {};
}

Result<void> LedgerAccounts::forEachOpenStanding(const StandingVisit&) {
    return fail(ErrorCode::NotFound, "a ledger as of a past day has totals, not standings");
}

Result<const PatientStanding*> LedgerAccounts::standing(const std::string&) {
    return fail(ErrorCode::NotFound, "a ledger as of a past day has totals, not standings");
}

Result<AccountSnapshot> AccountSnapshot::read(Store& store, Date asOf) {
    AccountSnapshot snapshot(asOf);
    auto scanned =
        store.forEachOpenStanding(asOf, [&](SummaryRow&& row, PatientStanding&& standing) {
            snapshot.m_rows.push_back(std::move(row));
            snapshot.m_standings.push_back(std::move(standing));
        });
    if (!scanned) return tl::unexpected(scanned.error());
    return snapshot;
}

Result<void> AccountSnapshot::forEachOpenSummary(
    const std::function<void(const SummaryRow&)>& visit) {
    for (const SummaryRow& row : m_rows) visit(row);
    return {};
}

Result<void> AccountSnapshot::forEachOpenStanding(const StandingVisit& visit) {
    for (std::size_t i = 0; i < m_rows.size(); ++i) visit(m_rows[i], m_standings[i]);
    return {};
}

Result<const PatientStanding*> AccountSnapshot::standing(const std::string& mrn) {
    if (m_rowOf.empty() && !m_rows.empty()) {  // the first look-up by MRN
        m_rowOf.reserve(m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i) m_rowOf.emplace(m_rows[i].mrn, i);
    }
    const auto it = m_rowOf.find(mrn);
    if (it == m_rowOf.end())
        return fail(ErrorCode::NotFound, "no open account of this patient in the snapshot");
    return &m_standings[it->second];
}

}  // namespace frontdesk
