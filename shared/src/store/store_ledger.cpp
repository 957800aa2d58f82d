// Store: ledger postings, the per-patient summary and the scans over it.
#include <algorithm>
#include <bit>
#include <unordered_map>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

// The first row of a batch with each source id, by open addressing over row numbers: a batch
// of millions of rows costs 8 bytes a slot instead of a hash-map node and a copied key each.
class FirstRowBySourceId {
public:
    explicit FirstRowBySourceId(std::span<const NewEntry> entries)
        : m_entries(entries), m_slots(std::bit_ceil(entries.size() * 2 + 2), kEmpty) {}

    std::optional<std::size_t> find(const std::string& sourceId) const {
        for (std::size_t at = home(sourceId);; at = (at + 1) & (m_slots.size() - 1)) {
            if (m_slots[at] == kEmpty) return std::nullopt;
            if (m_entries[m_slots[at]].sourceId == sourceId) return m_slots[at];
        }
    }
    // Remembers row `index`, whose source id find() did not know.
    void add(std::size_t index) {
        std::size_t at = home(m_entries[index].sourceId);
        while (m_slots[at] != kEmpty) at = (at + 1) & (m_slots.size() - 1);
        m_slots[at] = index;
    }

private:
    static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
    std::size_t home(const std::string& id) const {
        return std::hash<std::string>{}(id) & (m_slots.size() - 1);
    }
    std::span<const NewEntry> m_entries;
    std::vector<std::size_t> m_slots;
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

// An entry of the batch that is to be posted.
struct FreshEntry {
    std::size_t index = 0;  // in the batch
    std::int64_t patientId = 0;
    BucketEffect effect;
};

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

// A patient the batch posts to: the account as the postings change it, and the ledger (the
// stored entries, read before the batch, then the batch's) that the summary is totalled from,
// so that the entries just written need not be read back.
struct Posting {
    Account account;
    std::vector<LedgerEntry> ledger;
    std::size_t lastIndex = 0;  // in the batch, of the patient's last entry
};

// The stored text of each date of the batch and the date it reads back as (formatting is
// costly, and a batch has few distinct dates).
class DateText {
public:
    const std::pair<std::string, Date>& operator()(Date day) {
        auto [it, added] = m_known.try_emplace(day.days());
        if (added) it->second = {day.iso(), parseDate(day.iso()).value_or(Date())};
        return it->second;
    }

private:
    std::unordered_map<std::int32_t, std::pair<std::string, Date>> m_known;
};

void insertEntry(Store::Impl& s, const NewEntry& e, BucketEffect effect, Posting& posting,
                 std::int64_t patientId, DateText& dates) {
    const auto& [postedOn, readBack] = dates(e.postedOn);
    auto& insert = s.statement(
        "INSERT INTO ledger_entry (source_id, patient_id, posted_on, kind, amount_cents,"
        " patient_cents, insurance_cents, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, e.sourceId).bind(2, patientId).bind(3, postedOn);
    insert.bind(4, toString(e.kind)).bind(5, e.amount.value());
    insert.bind(6, effect.patient.value()).bind(7, effect.insurance.value()).bind(8, e.memo);
    insert.run();
    posting.ledger.push_back({s.db.lastInsertId(), readBack, e.kind, effect});
}

// Writes a patient's summary totalled from their whole ledger (inside the caller's
// transaction): the same figures as Store::Impl::recomputeSummary. Fails, writing nothing,
// when the ledger does not add up within the range of money.
Result<void> writeSummary(Store::Impl& s, std::int64_t patientId,
                          std::vector<LedgerEntry>& ledger) {
    std::sort(ledger.begin(), ledger.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
        return a.postedOn != b.postedOn ? a.postedOn < b.postedOn : a.id < b.id;
    });
    const auto totals = totalLedger(ledger);
    if (!totals) return tl::unexpected(totals.error());
    const LedgerTotals& t = *totals;
    auto& u = s.statement(
        "UPDATE patient_summary SET balance_cents = ?, pending_cents = ?, written_off_cents = ?,"
        " oldest_open_on = ?, open_lots = ?, paid_unposted_on = NULL WHERE patient_id = ?");
    const auto oldest = t.oldestOpenOn();
    u.bind(1, t.balance.value()).bind(2, t.insurancePending.value()).bind(3, t.writtenOff.value());
    u.bind(4, oldest ? std::optional<std::string>(oldest->iso()) : std::nullopt);
    u.bind(5, encodeLots(t.openLots)).bind(6, patientId);
    u.run();
    return {};
}

// Entries are never deleted, so the largest id is the number of rows, found in one seek.
std::size_t storedLedgerRows(Store::Impl& s) {
    auto& q = s.statement("SELECT COALESCE(MAX(id), 0) FROM ledger_entry");
    q.step();
    const auto rows = static_cast<std::size_t>(q.getInt(0));
    q.reset();
    return rows;
}

// A batch that at least doubles a ledger of any size (an initial import of a practice's
// history) is posted into the table without its secondary indexes, which are then built once
// by sorting, far faster than row by row. They are the same indexes (their stored SQL), built
// in the same transaction, so a batch that fails still leaves the database as it was.
class DeferredIndexes {
public:
    static constexpr std::size_t kMinRows = 100'000;

    DeferredIndexes(Store::Impl& s, std::size_t batchRows) : m_s(s) {
        if (batchRows < kMinRows || batchRows < storedLedgerRows(s)) return;
        auto& q = s.statement(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
            " AND tbl_name = 'ledger_entry' AND sql IS NOT NULL");
        while (q.step()) m_indexes.emplace_back(q.getText(0), q.getText(1));
        q.reset();
        for (const auto& [name, sql] : m_indexes) s.db.exec("DROP INDEX \"" + name + "\"");
    }
    // Builds the dropped indexes again; before the commit.
    void rebuild() {
        for (const auto& [name, sql] : m_indexes) m_s.db.exec(sql);
        m_indexes.clear();
    }

private:
    Store::Impl& m_s;
    std::vector<std::pair<std::string, std::string>> m_indexes;  // name, CREATE INDEX ...
};

// Checks each entry against the store and the rest of the batch; returns the ones to post.
std::vector<FreshEntry> newEntries(Store::Impl& s, std::span<const NewEntry> entries,
                                   BatchOutcome& out) {
    std::vector<FreshEntry> fresh;
    fresh.reserve(entries.size());
    FirstRowBySourceId inBatch(entries);
    std::unordered_map<std::string_view, std::optional<std::int64_t>> patients;
    // An empty ledger (a practice's first import) holds none of the ids: no lookup per row.
    const bool ledgerEmpty = storedLedgerRows(s) == 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const NewEntry& e = entries[i];
        const auto seen = inBatch.find(e.sourceId);
        const std::optional<NewEntry> loaded =
            seen || ledgerEmpty ? std::nullopt : loadEntry(s, e.sourceId);
        if (seen || loaded) {
            if ((seen ? entries[*seen] : *loaded) == e) {
                ++out.skipped;
            } else {
                out.problems.push_back(
                    {i, "entry_id '" + e.sourceId + "' is already stored with other values"});
            }
            continue;
        }
        inBatch.add(i);
        auto [known, added] = patients.try_emplace(e.mrn);
        if (added) known->second = s.patientId(e.mrn);
        if (!known->second) {
            out.problems.push_back({i, "mrn '" + e.mrn + "' is not a known patient"});
            continue;
        }
        auto effect = bucketEffect(e.kind, e.amount, s.largestEntry);
        if (!effect) {
            out.problems.push_back({i, effect.error().message});
            continue;
        }
        fresh.push_back({i, *known->second, *effect});
    }
    return fresh;
}

// What the account holds after an entry's effect; false when a sum leaves the range of money
// (possible only with amounts stored beyond the largest entry by an older version).
bool apply(Account& account, EntryKind kind, Cents amount, Cents patientEffect) {
    if (kind == EntryKind::SmallBalanceWriteoff && !addTo(account.writtenOff, amount)) return false;
    if (kind == EntryKind::WriteoffReversal && !addTo(account.writtenOff, -amount)) return false;
    return addTo(account.balance, patientEffect);
}

// Posts one entry, first reversing unreversed write-offs when it is a patient payment.
// Returns a problem instead when a write-off would exceed the balance it writes off.
std::optional<std::string> post(Store::Impl& s, const NewEntry& e, const FreshEntry& f,
                                Posting& posting, DateText& dates, BatchOutcome& out) {
    Account& account = posting.account;
    if (e.kind == EntryKind::SmallBalanceWriteoff && e.amount > account.balance)
        return "write-off of " + formatMoneyPlain(e.amount) + " exceeds the balance of " +
               formatMoneyPlain(account.balance) + "; the balance changed, plan the run again";
    const auto outOfRange = [&e] {
        return "the balance of MRN " + e.mrn + ": " +
               moneyOutOfRange(ErrorCode::BadInput, "the ledger").message;
    };
    if (e.kind == EntryKind::PatientPayment && account.writtenOff.value() > 0) {
        // at most the payment, which is within the largest entry
        const Cents reversal = std::min(e.amount, account.writtenOff);
        const NewEntry r{
            e.sourceId + "#reversal",    e.mrn,    e.postedOn,
            EntryKind::WriteoffReversal, reversal, "reversal of small-balance write-off"};
        const BucketEffect effect = *bucketEffect(r.kind, r.amount, s.largestEntry);
        insertEntry(s, r, effect, posting, f.patientId, dates);
        if (!apply(account, r.kind, reversal, effect.patient) || !addTo(out.reversed, reversal))
            return outOfRange();
        ++out.reversals;
    }
    if (!apply(account, e.kind, e.amount, f.effect.patient)) return outOfRange();
    insertEntry(s, e, f.effect, posting, f.patientId, dates);
    return std::nullopt;
}

}  // namespace

BatchOutcome postEntriesInTransaction(Store::Impl& s, std::span<const NewEntry> entries,
                                      Apply apply) {
    BatchOutcome out;
    const auto fresh = newEntries(s, entries, out);
    if (!out.problems.empty() || apply == Apply::CheckOnly) return out;
    std::unordered_map<std::int64_t, Posting> touched;  // kept current by the postings
    for (const FreshEntry& f : fresh) {
        auto [posting, first] = touched.try_emplace(f.patientId);
        if (first) posting->second = {readAccount(s, f.patientId), s.entriesOf(f.patientId)};
        posting->second.lastIndex = f.index;
    }
    DeferredIndexes deferred(s, fresh.size());
    DateText dates;
    for (const FreshEntry& f : fresh) {
        if (auto problem = post(s, entries[f.index], f, touched.at(f.patientId), dates, out)) {
            out.problems.push_back({f.index, *problem});
            return out;  // rolled back
        }
    }
    deferred.rebuild();
    for (auto& [patientId, posting] : touched) {
        if (auto written = writeSummary(s, patientId, posting.ledger); !written) {
            out.problems.push_back({posting.lastIndex, "the balance of MRN " +
                                                           entries[posting.lastIndex].mrn + ": " +
                                                           written.error().message});
            return out;  // rolled back
        }
    }
    out.inserted = fresh.size();
    return out;
}

Result<BatchOutcome> Store::postEntries(std::span<const NewEntry> entries, Apply apply) {
    return guarded("post ledger entries", [&]() -> Result<BatchOutcome> {
        sqlite::Transaction tx(m_impl->db);
        BatchOutcome out = postEntriesInTransaction(*m_impl, entries, apply);
        // a batch with problems, or only checked, is rolled back
        if (out.problems.empty() && apply == Apply::Commit) tx.commit();
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
        while (q.step()) visit(readSummaryRow(q));
        q.reset();
        return {};
    });
}

}  // namespace frontdesk
