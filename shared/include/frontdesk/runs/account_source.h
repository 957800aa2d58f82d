#pragma once

// What the policy runs (write-offs, statements, the what-if) read of the patient accounts:
// every open summary, and one patient's standing. Two sources give the same rows: the store
// itself (a run reads them as it goes) and a snapshot read once (the what-if, which asks the
// same accounts again under each candidate policy).

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk {

class AccountSource {
public:
    virtual ~AccountSource() = default;
    // Every summary with a balance, money pending with insurance or money written off, by
    // patient.
    virtual Result<void> forEachOpenSummary(
        const std::function<void(const SummaryRow&)>& visit) = 0;
    using StandingVisit = std::function<void(const SummaryRow&, const PatientStanding&)>;
    // The same summaries, each with its patient's standing on the source's day, in one pass
    // (a run that needs most standings: the report's accounts).
    virtual Result<void> forEachOpenStanding(const StandingVisit& visit) = 0;
    // A patient's standing on the source's day (Store::standing), valid until the next call
    // (a snapshot's: as long as the snapshot).
    virtual Result<const PatientStanding*> standing(const std::string& mrn) = 0;
    virtual Date asOf() const = 0;
};

// The store, read as the run goes.
class StoreAccounts : public AccountSource {
public:
    StoreAccounts(Store& store, Date asOf) : m_store(store), m_asOf(asOf) {}
    Result<void> forEachOpenSummary(const std::function<void(const SummaryRow&)>& visit) override;
    Result<void> forEachOpenStanding(const StandingVisit& visit) override;
    Result<const PatientStanding*> standing(const std::string& mrn) override;
    Date asOf() const override { return m_asOf; }

private:
    Store& m_store;
    Date m_asOf;
    PatientStanding m_last;
};

// The accounts as their ledgers stood at the end of a past day: each patient's entries posted
// on or before it, totalled as the summaries are (totalLedger). What a statement run on that
// day found; it has no standings (NotFound), so it answers summaries only. Reads every entry.
class LedgerAccounts : public AccountSource {
public:
    LedgerAccounts(Store& store, Date on) : m_store(store), m_on(on) {}
    Result<void> forEachOpenSummary(const std::function<void(const SummaryRow&)>& visit) override;
    Result<void> forEachOpenStanding(const StandingVisit& visit) override;
    Result<const PatientStanding*> standing(const std::string& mrn) override;
    Date asOf() const override { return m_on; }

private:
    Store& m_store;
    Date m_on;
};

// The open summaries and their patients' standings, read into memory in one pass and one read
// transaction (Store::forEachOpenStanding): a snapshot answers for the moment it was read,
// whatever the store does after.
class AccountSnapshot : public AccountSource {
public:
    static Result<AccountSnapshot> read(Store& store, Date asOf);
    Result<void> forEachOpenSummary(const std::function<void(const SummaryRow&)>& visit) override;
    Result<void> forEachOpenStanding(const StandingVisit& visit) override;
    // The standing read with the summary, valid as long as the snapshot. NotFound for a patient
    // without an open summary.
    Result<const PatientStanding*> standing(const std::string& mrn) override;
    // The same for rows()[row], row < rows().size().
    const PatientStanding& standingAt(std::size_t row) const { return m_standings[row]; }
    Date asOf() const override { return m_asOf; }
    const std::vector<SummaryRow>& rows() const { return m_rows; }

private:
    explicit AccountSnapshot(Date asOf) : m_asOf(asOf) {}
    Date m_asOf;
    std::vector<SummaryRow> m_rows;
    std::unordered_map<std::string, std::size_t>
        m_rowOf;                               // MRN -> its row, at the first standing()
    std::vector<PatientStanding> m_standings;  // by row
};

}  // namespace frontdesk
