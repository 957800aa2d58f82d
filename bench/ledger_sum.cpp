#include "ledger_sum.h"

#include <vector>

namespace frontdesk::bench {

LedgerSummingLookup::LedgerSummingLookup(const std::filesystem::path& database)
    : m_db(database),
      m_patient(m_db, "SELECT id, family_id FROM patient WHERE mrn = ?"),
      m_entries(m_db,
                "SELECT id, posted_on, kind, patient_cents, insurance_cents FROM ledger_entry"
                " WHERE patient_id = ? ORDER BY posted_on, id"),
      m_family(m_db,
               "SELECT COALESCE(SUM(e.patient_cents), 0) FROM patient p"
               " JOIN ledger_entry e ON e.patient_id = p.id WHERE p.family_id = ?"),
      m_lastReminder(m_db,
                     "SELECT on_date, channel, outcome, note FROM reminder WHERE patient_id = ?"
                     " ORDER BY on_date DESC, id DESC LIMIT 1"),
      m_remindersSince(m_db,
                       "SELECT outcome FROM reminder WHERE patient_id = ? AND on_date >= ?"
                       " AND outcome <> 'not_appropriate' AND outcome <> 'apply_credit'"
                       " AND outcome <> 'refund_requested' ORDER BY on_date DESC, id DESC"),
      m_nextVisit(
          m_db,
          "SELECT substr(start, 1, 10) FROM appointment WHERE patient_id = ?"
          " AND start >= ? AND (status = 'booked' OR status = 'arrived' OR status = 'checked-in')"
          " ORDER BY start LIMIT 1") {}

void LedgerSummingLookup::readTotals(std::int64_t patientId, PatientStanding& out) {
    std::vector<LedgerEntry> entries;
    m_entries.bind(1, patientId);
    while (m_entries.step()) {
        LedgerEntry e;
        e.id = m_entries.getInt(0);
        e.postedOn = parseDate(m_entries.getText(1)).value_or(Date());
        e.kind = parseEntryKind(m_entries.getText(2)).value_or(EntryKind::PatientAdjustment);
        e.effect = {Cents(m_entries.getInt(3)), Cents(m_entries.getInt(4))};
        entries.push_back(e);
    }
    m_entries.reset();
    out.totals = totalLedger(entries).value();
}

void LedgerSummingLookup::readLastReminder(std::int64_t patientId, PatientStanding& out) {
    m_lastReminder.bind(1, patientId);
    if (m_lastReminder.step()) {
        out.lastReminder = ReminderRecord{
            parseDate(m_lastReminder.getText(0)).value_or(Date()),
            parseChannel(m_lastReminder.getText(1)).value_or(Channel::Desk),
            parseReminderOutcome(m_lastReminder.getText(2)).value_or(ReminderOutcome::Shown),
            std::string(m_lastReminder.getText(3))};
    }
    m_lastReminder.reset();
}

void LedgerSummingLookup::readRemindersSince(std::int64_t patientId, Date since,
                                             PatientStanding& out) {
    m_remindersSince.bind(1, patientId).bind(2, since.iso());
    while (m_remindersSince.step()) {
        if (out.remindersSinceOpen == 0)
            out.openDispute = m_remindersSince.getText(0) == "disputed";
        ++out.remindersSinceOpen;
    }
    m_remindersSince.reset();
}

Result<PatientStanding> LedgerSummingLookup::standing(const std::string& mrn, Date asOf) {
    m_patient.bind(1, mrn);
    if (!m_patient.step()) {
        m_patient.reset();
        return fail(ErrorCode::NotFound, "no patient with that MRN");
    }
    const std::int64_t id = m_patient.getInt(0);
    const std::int64_t familyId = m_patient.isNull(1) ? id : m_patient.getInt(1);
    m_patient.reset();
    PatientStanding st;
    st.mrn = mrn;
    readTotals(id, st);
    m_family.bind(1, familyId);
    m_family.step();
    st.familyBalance = Cents(m_family.getInt(0));
    m_family.reset();
    readLastReminder(id, st);
    if (const auto since = st.totals.oldestOpenOn(); since && st.totals.balance.value() > 0)
        readRemindersSince(id, *since, st);
    if (st.totals.balance.value() < 0) {
        m_nextVisit.bind(1, id).bind(2, asOf.iso());
        if (m_nextVisit.step()) st.nextVisit = parseDate(m_nextVisit.getText(0)).value_or(asOf);
        m_nextVisit.reset();
    }
    return st;
}

}  // namespace frontdesk::bench
