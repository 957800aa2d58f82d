// Store: ledger postings, the per-patient summary and the scans over it.
#include <algorithm>
#include <map>
#include <set>

#include "store_impl.h"

namespace frontdesk {
namespace {

struct StoredEntry {
    NewEntry entry;
    std::int64_t patientId = 0;
    std::size_t index = 0;  // in the batch
};

std::optional<NewEntry> loadEntry(Store::Impl& s, const std::string& sourceId) {
    auto& q = s.statement(
        "SELECT p.mrn, e.posted_on, e.kind, e.amount_cents, e.memo FROM ledger_entry e"
        " JOIN patient p ON p.id = e.patient_id WHERE e.source_id = ?");
    q.bind(1, sourceId);
    std::optional<NewEntry> e;
    if (q.step()) {
        e = NewEntry{sourceId,
                     q.getText(0),
                     parseDate(q.getTextView(1)).value_or(Date()),
                     parseEntryKind(q.getTextView(2)).value_or(EntryKind::PatientAdjustment),
                     Cents(q.getInt(3)),
                     q.getText(4)};
    }
    q.reset();
    return e;
}

// What postings in a batch need to know of a patient's account as it stands.
struct Account {
    Cents balance;
    Cents writtenOff;  // not yet reversed
};

Account readAccount(Store::Impl& s, std::int64_t patientId) {
    auto& q = s.statement(
        "SELECT balance_cents, written_off_cents FROM patient_summary WHERE patient_id = ?");
    q.bind(1, patientId);
    Account a;
    if (q.step()) a = {Cents(q.getInt(0)), Cents(q.getInt(1))};
    q.reset();
    return a;
}

void insertEntry(Store::Impl& s, const NewEntry& e, std::int64_t patientId, BucketEffect effect) {
    auto& insert = s.statement(
        "INSERT INTO ledger_entry (source_id, patient_id, posted_on, kind, amount_cents,"
        " patient_cents, insurance_cents, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, e.sourceId).bind(2, patientId).bind(3, e.postedOn.iso());
    insert.bind(4, toString(e.kind)).bind(5, e.amount.value());
    insert.bind(6, effect.patient.value()).bind(7, effect.insurance.value()).bind(8, e.memo);
    insert.run();
}

// Checks each entry against the store and the rest of the batch; returns the ones to post.
std::vector<StoredEntry> newEntries(Store::Impl& s, std::span<const NewEntry> entries,
                                    BatchOutcome& out) {
    std::vector<StoredEntry> fresh;
    std::map<std::string, std::size_t> inBatch;
    std::map<std::string, std::optional<std::int64_t>> patients;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const NewEntry& e = entries[i];
        const auto seen = inBatch.find(e.sourceId);
        const std::optional<NewEntry> stored =
            seen != inBatch.end() ? std::optional(entries[seen->second]) : loadEntry(s, e.sourceId);
        if (stored) {
            if (*stored == e) {
                ++out.skipped;
            } else {
                out.problems.push_back(
                    {i, "entry_id '" + e.sourceId + "' is already stored with other values"});
            }
            continue;
        }
        inBatch.emplace(e.sourceId, i);
        auto [known, added] = patients.try_emplace(e.mrn);
        if (added) known->second = s.patientId(e.mrn);
        if (!known->second) {
            out.problems.push_back({i, "mrn '" + e.mrn + "' is not a known patient"});
            continue;
        }
        auto effect = bucketEffect(e.kind, e.amount);
        if (!effect) {
            out.problems.push_back({i, effect.error().message});
            continue;
        }
        fresh.push_back({e, *known->second, i});
    }
    return fresh;
}

// Posts one entry, first reversing unreversed write-offs when it is a patient payment.
// Returns a problem instead when a write-off would exceed the balance it writes off.
std::optional<std::string> post(Store::Impl& s, const StoredEntry& f, Account& account,
                                BatchOutcome& out) {
    const NewEntry& e = f.entry;
    if (e.kind == EntryKind::SmallBalanceWriteoff && e.amount > account.balance)
        return "write-off of " + formatMoneyPlain(e.amount) + " exceeds the balance of " +
               formatMoneyPlain(account.balance) + "; the balance changed, plan the run again";
    if (e.kind == EntryKind::PatientPayment && account.writtenOff.value() > 0) {
        const Cents reversal = std::min(e.amount, account.writtenOff);
        const NewEntry r{e.sourceId + "#reversal", e.mrn, e.postedOn,
                         EntryKind::WriteoffReversal, reversal,
                         "reversal of small-balance write-off"};
        insertEntry(s, r, f.patientId, *bucketEffect(r.kind, r.amount));
        account.balance += reversal;
        account.writtenOff -= reversal;
        ++out.reversals;
        out.reversed += reversal;
    }
    const BucketEffect effect = *bucketEffect(e.kind, e.amount);
    if (e.kind == EntryKind::SmallBalanceWriteoff) account.writtenOff += e.amount;
    if (e.kind == EntryKind::WriteoffReversal) account.writtenOff -= e.amount;
    account.balance += effect.patient;
    insertEntry(s, e, f.patientId, effect);
    return std::nullopt;
}

}  // namespace

Result<BatchOutcome> Store::postEntries(std::span<const NewEntry> entries, Apply apply) {
    return guarded("post ledger entries", [&]() -> Result<BatchOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        BatchOutcome out;
        const auto fresh = newEntries(s, entries, out);
        if (!out.problems.empty() || apply == Apply::CheckOnly) return out;
        std::map<std::int64_t, Account> accounts;  // per touched patient, kept current
        for (const StoredEntry& f : fresh) {
            auto [account, first] = accounts.try_emplace(f.patientId);
            if (first) account->second = readAccount(s, f.patientId);
            if (auto problem = post(s, f, account->second, out)) {
                out.problems.push_back({f.index, *problem});
                return out;  // rolled back
            }
        }
        for (const auto& [patientId, unused] : accounts) s.recomputeSummary(patientId);
        tx.commit();
        out.inserted = fresh.size();
        return out;
    });
}

Result<std::vector<NewEntry>> Store::ledgerOf(const std::string& mrn) {
    return guarded("read ledger", [&]() -> Result<std::vector<NewEntry>> {
        auto& q = m_impl->statement(
            "SELECT e.source_id, e.posted_on, e.kind, e.amount_cents, e.memo FROM ledger_entry e"
            " JOIN patient p ON p.id = e.patient_id WHERE p.mrn = ? ORDER BY e.posted_on, e.id");
        q.bind(1, mrn);
        std::vector<NewEntry> out;
        while (q.step()) {
            out.push_back({q.getText(0), mrn, parseDate(q.getTextView(1)).value_or(Date()),
                           parseEntryKind(q.getTextView(2)).value_or(EntryKind::PatientAdjustment),
                           Cents(q.getInt(3)), q.getText(4)});
        }
        q.reset();
        return out;
    });
}

Result<void> Store::forEachOpenSummary(const std::function<void(const SummaryRow&)>& visit) {
    return guarded("scan summaries", [&]() -> Result<void> {
        auto& q = m_impl->statement(
            "SELECT s.patient_id, p.mrn, s.balance_cents, s.pending_cents, s.written_off_cents,"
            " s.open_lots FROM patient_summary s JOIN patient p ON p.id = s.patient_id"
            " WHERE s.balance_cents <> 0 OR s.pending_cents <> 0 OR s.written_off_cents <> 0"
            " ORDER BY s.patient_id");
        SummaryRow row;
        while (q.step()) {
            row.patientId = q.getInt(0);
            row.mrn = q.getText(1);
            row.totals.balance = Cents(q.getInt(2));
            row.totals.insurancePending = Cents(q.getInt(3));
            row.totals.writtenOff = Cents(q.getInt(4));
            row.totals.openLots = decodeLots(q.getTextView(5));
            visit(row);
        }
        q.reset();
        return {};
    });
}

}  // namespace frontdesk
