#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "frontdesk/domain/prompt.h"
#include "sqlite_read.h"

namespace frontdesk::bench {

// The comparison of docs/BENCHMARKS.md: the same PatientStanding as Store::standing, but
// computed the way OpenEMR computes a balance: on every lookup, select the patient's ledger
// entries and add them up and age them (frontdesk::totalLedger), and sum the family's ledger
// entries for the family total. No maintained summary is read. Reminders and the next visit
// are read with the same queries as the store.
class LedgerSummingLookup {
public:
    explicit LedgerSummingLookup(const std::filesystem::path& database);

    // NotFound for an unknown MRN; throws std::runtime_error when SQLite fails.
    Result<PatientStanding> standing(const std::string& mrn, Date asOf);

private:
    void readTotals(std::int64_t patientId, PatientStanding& out);
    void readLastReminder(std::int64_t patientId, PatientStanding& out);
    void readRemindersSince(std::int64_t patientId, Date since, PatientStanding& out);

    Connection m_db;
    Query m_patient;
    Query m_entries;
    Query m_family;
    Query m_lastReminder;
    Query m_remindersSince;
    Query m_nextVisit;
};

}  // namespace frontdesk::bench
