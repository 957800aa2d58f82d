// Store: EHR account balances reconciled into the ledger (the FHIR sync).
#include <algorithm>
#include <map>
#include <variant>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

struct StoredAccount {
    std::optional<Cents> balance;
    std::string calculatedAt;
};

std::optional<StoredAccount> loadAccount(Store::Impl& s, const std::string& accountId) {
    auto& q = s.statement(
        "SELECT balance_cents, COALESCE(calculated_at, '') FROM ehr_account WHERE account_id = ?");
    q.bind(1, accountId);
    std::optional<StoredAccount> a;
    if (q.step())
        a = StoredAccount{q.isNull(0) ? std::nullopt : std::optional(Cents(q.getInt(0))),
                          q.getText(1)};
    q.reset();
    return a;
}

void storeAccount(Store::Impl& s, const EhrAccount& a, std::int64_t patientId,
                  std::optional<Cents> balance) {
    auto& q = s.statement(
        "INSERT INTO ehr_account (account_id, patient_id, balance_cents, calculated_at)"
        " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (account_id) DO UPDATE SET patient_id = ?2,"
        " balance_cents = COALESCE(?3, balance_cents),"
        " calculated_at = COALESCE(?4, calculated_at)");
    q.bind(1, a.accountId).bind(2, patientId);
    q.bind(3, balance ? std::optional(balance->value()) : std::nullopt);
    q.bind(4, balance ? std::optional(a.calculatedAt) : std::nullopt);
    q.run();
}

// What the EHR says the patient owes over all their accounts, with this one's new figure;
// nothing when that is out of the range of money.
std::optional<Cents> ehrPatientBalance(Store::Impl& s, std::int64_t patientId,
                                       const std::string& accountId, Cents thisAccount) {
    auto& q = s.statement(
        "SELECT COALESCE(SUM(balance_cents), 0) FROM ehr_account"
        " WHERE patient_id = ? AND account_id <> ? AND balance_cents IS NOT NULL");
    q.bind(1, patientId).bind(2, accountId);
    q.step();
    const Cents others(q.getInt(0));
    q.reset();
    return checkedAdd(others, thisAccount);
}

// The ledger's view to compare with the EHR's: the balance plus write-offs not reversed,
// because a small-balance write-off is this product's own and stays collectable: the EHR
// still counts that money as owed.
Cents ledgerView(Store::Impl& s, std::int64_t patientId) {
    auto& q = s.statement(
        "SELECT balance_cents + written_off_cents FROM patient_summary WHERE patient_id = ?");
    q.bind(1, patientId);
    const Cents view(q.step() ? q.getInt(0) : 0);
    q.reset();
    return view;
}

// Small-balance write-offs of the patient not yet reversed.
Cents writtenOffOf(Store::Impl& s, std::int64_t patientId) {
    auto& q = s.statement("SELECT written_off_cents FROM patient_summary WHERE patient_id = ?");
    q.bind(1, patientId);
    const Cents writtenOff(q.step() ? q.getInt(0) : 0);
    q.reset();
    return writtenOff;
}

// Splits a difference owed into the ages the EHR reports, oldest first up to each age's
// amount, the rest current. A credit, or parts that are not all owed, post as one amount.
std::map<int, Cents> splitByAge(Cents difference, const std::vector<BalanceByAge>& parts) {
    std::map<int, Cents> pieces;
    const bool allOwed = std::all_of(parts.begin(), parts.end(),
                                     [](const BalanceByAge& p) { return p.amount.value() >= 0; });
    if (difference.value() <= 0 || !allOwed) {
        pieces[0] = difference;
        return pieces;
    }
    std::map<int, Cents, std::greater<>> byAge;
    for (const auto& p : parts) byAge[p.overDays] += p.amount;
    Cents left = difference;
    for (const auto& [days, amount] : byAge) {
        const Cents take = std::min(amount, left);
        if (take.value() > 0 && days > 0) {
            pieces[days] += take;
            left -= take;
        }
    }
    if (left.value() != 0) pieces[0] += left;
    return pieces;
}

bool sourceIdStored(Store::Impl& s, const std::string& sourceId) {
    auto& q = s.statement("SELECT 1 FROM ledger_entry WHERE source_id = ?");
    q.bind(1, sourceId);
    const bool stored = q.step();
    q.reset();
    return stored;
}

// Posts the difference as patient_adjustment entries; false when entries for this account
// and calculation time are already in the ledger (the figures then are not applied twice).
bool postDifference(Store::Impl& s, const EhrAccount& a, std::int64_t patientId, Cents difference,
                    Date asOf) {
    const std::string base = "fhir:Account/" + a.accountId + "@" + a.calculatedAt;
    const auto pieces = splitByAge(difference, *a.patientBalance);
    for (const auto& [days, amount] : pieces)
        if (sourceIdStored(s, pieces.size() == 1 ? base : base + "#" + std::to_string(days)))
            return false;
    auto& insert = s.statement(
        "INSERT INTO ledger_entry (source_id, patient_id, posted_on, kind, amount_cents,"
        " patient_cents, insurance_cents, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    // The EHR counts written-off money as still owed (ledgerView); when its figure goes down,
    // that money is settled first, as a payment would settle it: the write-off is reversed
    // before the adjustment, so that no false credit appears.
    const Cents reversal = difference.value() < 0
                               ? std::min(Cents(-difference.value()), writtenOffOf(s, patientId))
                               : Cents(0);
    if (reversal.value() > 0) {
        const auto effect = *bucketEffect(EntryKind::WriteoffReversal, reversal, s.largestEntry);
        insert.reset();
        insert.bind(1, base + "#reversal").bind(2, patientId).bind(3, asOf.iso());
        insert.bind(4, toString(EntryKind::WriteoffReversal)).bind(5, reversal.value());
        insert.bind(6, effect.patient.value()).bind(7, effect.insurance.value());
        insert.bind(8, "reversal of small-balance write-off (EHR balance lowered)").run();
    }
    for (const auto& [days, amount] : pieces) {
        const auto effect = bucketEffect(EntryKind::PatientAdjustment, amount, s.largestEntry);
        if (!effect) continue;  // a zero piece
        const std::string sourceId = pieces.size() == 1 ? base : base + "#" + std::to_string(days);
        insert.reset();
        insert.bind(1, sourceId).bind(2, patientId);
        insert.bind(3, asOf.plusDays(days > 0 ? -(days + 1) : 0).iso());
        insert.bind(4, toString(EntryKind::PatientAdjustment)).bind(5, amount.value());
        insert.bind(6, effect->patient.value()).bind(7, effect->insurance.value());
        insert.bind(8, "EHR balance of Account/" + a.accountId).run();
    }
    s.recomputeSummary(patientId);
    return true;
}

std::optional<Cents> total(const std::vector<BalanceByAge>& parts) {
    Cents sum;
    for (const auto& p : parts)
        if (!addTo(sum, p.amount)) return std::nullopt;
    return sum;
}

// Why a difference to post cannot be: beyond the largest entry (each piece of it is within it
// then, and so is the reversal it may start with).
std::optional<std::string> differenceProblem(Store::Impl& s, std::optional<Cents> difference) {
    if (!difference) return "the EHR's balance is out of the range of money";
    if (difference->value() == 0) return std::nullopt;
    auto effect = bucketEffect(EntryKind::PatientAdjustment, *difference, s.largestEntry);
    if (!effect) return "the EHR's balance differs from the ledger's: " + effect.error().message;
    return std::nullopt;
}

// Reconciles one account; a problem text when it cannot be.
std::variant<SyncChange, std::string> syncAccount(Store::Impl& s, const EhrAccount& a, Date asOf) {
    const auto patientId = s.patientId(a.mrn);
    if (!patientId) return std::string("the patient is not stored");
    const auto stored = loadAccount(s, a.accountId);
    if (!a.patientBalance) {
        storeAccount(s, a, *patientId, std::nullopt);
        return stored ? SyncChange::Unchanged : SyncChange::Created;
    }
    const auto summed = total(*a.patientBalance);
    if (!summed) return std::string("the EHR's balance is out of the range of money");
    const Cents balance = *summed;
    if (stored && stored->balance == balance && stored->calculatedAt == a.calculatedAt)
        return SyncChange::Unchanged;
    const auto ehr = ehrPatientBalance(s, *patientId, a.accountId, balance);
    const auto checked = ehr ? checkedSubtract(*ehr, ledgerView(s, *patientId)) : std::nullopt;
    if (auto problem = differenceProblem(s, checked)) return *problem;
    const Cents difference = *checked;
    if (difference.value() != 0 && !postDifference(s, a, *patientId, difference, asOf))
        return std::string("the balance calculated at " + a.calculatedAt +
                           " was reconciled before with other figures");
    storeAccount(s, a, *patientId, balance);
    return stored && stored->balance ? SyncChange::Updated : SyncChange::Created;
}

}  // namespace

Result<SyncOutcome> Store::syncAccounts(std::span<const EhrAccount> accounts, Date asOf,
                                        const std::optional<SyncMark>& mark) {
    return guarded("sync accounts", [&]() -> Result<SyncOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        SyncOutcome out;
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            auto result = syncAccount(s, accounts[i], asOf);
            if (auto* problem = std::get_if<std::string>(&result)) {
                out.changes.push_back(SyncChange::Unchanged);
                out.problems.push_back({i, *problem});
            } else {
                out.changes.push_back(std::get<SyncChange>(result));
            }
        }
        if (mark) {
            auto& q = s.statement(
                "INSERT INTO sync_state (resource_type, high_water, synced_at) VALUES (?1, ?2, ?3)"
                " ON CONFLICT (resource_type) DO UPDATE SET high_water = ?2, synced_at = ?3");
            q.bind(1, mark->resourceType).bind(2, mark->highWater).bind(3, s.now()).run();
        }
        tx.commit();
        return out;
    });
}

}  // namespace frontdesk
