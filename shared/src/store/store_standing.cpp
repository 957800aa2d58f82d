// Store: what a prompt is decided from, reminders and the audit trail.
#include "frontdesk/domain/reminder_log.h"
#include "store/store_impl.h"

namespace frontdesk {
namespace {

std::optional<Date> nextVisit(Store::Impl& s, std::int64_t patientId, Date asOf) {
    auto& q = s.statement(
        "SELECT substr(start, 1, 10) FROM appointment WHERE patient_id = ? AND start >= ?"
        " AND (status = 'booked' OR status = 'arrived' OR status = 'checked-in')"
        " ORDER BY start LIMIT 1");
    q.bind(1, patientId).bind(2, asOf.iso());
    std::optional<Date> day;
    if (q.step()) day = parseDate(q.getTextView(0)).value_or(asOf);
    q.reset();
    return day;
}

// Why a summary read back cannot be decided from: amounts out of the range of money, as a
// summary written by another program or by a version that let sums overflow can hold.
// Checked on every lookup, so that nothing computed from a standing can overflow.
std::optional<std::string> unsoundSummary(const PatientStanding& st) {
    const LedgerTotals& t = st.totals;
    for (const Cents amount : {t.balance, t.insurancePending, t.writtenOff, st.familyBalance})
        if (!checkedNegate(amount)) return "an amount is out of range";
    if (!checkedAdd(t.balance, t.writtenOff))
        return "the balance and the written-off amount add up out of range";
    if (auto lots = openLotsTotal(t.openLots); !lots) return lots.error().message;
    return std::nullopt;
}

// The columns a standing is read from (readStanding), after p.id and p.mrn; FROM patient p
// JOIN patient_summary s, with the family's balance f.
constexpr const char* kStandingColumns =
    "SELECT p.id, p.mrn, s.balance_cents, s.pending_cents, s.written_off_cents, s.open_lots,"
    " s.last_reminder_on, s.last_reminder_channel, s.last_reminder_outcome,"
    " COALESCE(f.balance_cents, 0), s.balance_reminders, s.last_reminder_note,"
    " s.paid_unposted_on"
    " FROM patient p JOIN patient_summary s ON s.patient_id = p.id"
    " LEFT JOIN family_balance f ON f.family_id = COALESCE(p.family_id, p.id)";

// A standing from a row of kStandingColumns, its next visit read for a credit; Storage when
// the summary is not sound.
Result<PatientStanding> readStanding(Store::Impl& s, const sqlite::Statement& q, Date asOf) {
    PatientStanding st;
    st.mrn = q.getText(1);
    const std::int64_t id = q.getInt(0);
    st.totals.balance = Cents(q.getInt(2));
    st.totals.insurancePending = Cents(q.getInt(3));
    st.totals.writtenOff = Cents(q.getInt(4));
    st.totals.openLots = decodeLots(q.getTextView(5));
    if (!q.isNull(6)) {
        st.lastReminder = ReminderRecord{
            parseDate(q.getTextView(6)).value_or(Date()),
            parseChannel(q.getTextView(7)).value_or(Channel::Desk),
            parseReminderOutcome(q.getTextView(8)).value_or(ReminderOutcome::Shown), q.getText(11)};
    }
    if (!q.isNull(12)) st.paidUnpostedOn = parseDate(q.getTextView(12)).value_or(Date());
    st.familyBalance = Cents(q.getInt(9));
    if (const auto since = st.totals.oldestOpenOn(); since && st.totals.balance.value() > 0) {
        const RemindersSince r = remindersSince(q.getTextView(10), *since);
        st.remindersSinceOpen = r.count;
        st.openDispute = r.latestDisputed;
    }
    if (auto why = unsoundSummary(st))
        return fail(ErrorCode::Storage, "MRN " + st.mrn + ": the stored summary is not sound (" +
                                            *why + "); run frontdesk verify");
    if (st.totals.balance.value() < 0) st.nextVisit = nextVisit(s, id, asOf);
    return st;
}

}  // namespace

Result<PatientStanding> Store::standing(const std::string& mrn, Date asOf) {
    return guarded("read patient standing", [&]() -> Result<PatientStanding> {
        Impl& s = *m_impl;
        const ReadSnapshot snapshot(s);
        // one seek of the MRN index, then three by rowid: the patient, their summary (with
        // the balance reminders) and their family's balance (a patient without a family is
        // their own)
        static const std::string sql = std::string(kStandingColumns) + " WHERE p.mrn = ?";
        auto& q = s.statement(sql);
        q.bind(1, mrn);
        if (!q.step()) {
            q.reset();
            return fail(ErrorCode::NotFound, "no patient with that MRN");
        }
        // the statement is reset before the next visit is read with another one
        auto st = readStanding(s, q, asOf);
        q.reset();
        return st;
    });
}

Result<void> Store::forEachOpenStanding(
    Date asOf, const std::function<void(SummaryRow&&, PatientStanding&&)>& visit) {
    return guarded("scan standings", [&]() -> Result<void> {
        Impl& s = *m_impl;
        const ReadSnapshot snapshot(s);
        static const std::string sql =
            std::string(kStandingColumns) +
            " WHERE s.balance_cents <> 0 OR s.pending_cents <> 0 OR s.written_off_cents <> 0"
            " ORDER BY s.patient_id";
        auto& q = s.statement(sql);
        while (q.step()) {
            auto st = readStanding(s, q, asOf);
            if (!st) {
                q.reset();
                return tl::unexpected(st.error());
            }
            visit(SummaryRow{q.getInt(0), st->mrn, st->totals}, std::move(*st));
        }
        q.reset();
        return {};
    });
}

namespace {

// Checks what a reminder carries before anything is written.
Result<void> checkReminder(const ReminderInput& r, Cents largestEntry) {
    if (!r.payment) return {};
    if (r.outcome != ReminderOutcome::Paid)
        return fail(ErrorCode::BadInput, "a payment goes only with the outcome 'paid'");
    if (r.payment->value() <= 0 || *r.payment > largestEntry)
        return fail(ErrorCode::BadInput, "the payment '" + formatMoneyPlain(*r.payment) +
                                             "' must be above 0.00 and at most " +
                                             formatMoneyPlain(largestEntry));
    return {};
}

// Returns the new reminder's id.
std::int64_t insertReminder(Store::Impl& s, std::int64_t patientId, const ReminderInput& r) {
    auto& insert = s.statement(
        "INSERT INTO reminder (patient_id, on_date, channel, outcome, staff_id, note,"
        " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, patientId).bind(2, r.on.iso()).bind(3, toString(r.channel));
    insert.bind(4, toString(r.outcome)).bind(5, r.staffId).bind(6, r.note).bind(7, s.now());
    insert.run();
    const std::int64_t id = s.db.lastInsertId();
    std::string logged;
    if (countsAsBalanceReminder(r.outcome))
        logged = encodeReminderLogEntry({r.on, id, r.outcome == ReminderOutcome::Disputed});
    // the summary keeps the latest reminder by date (a back-dated one only adds to the count)
    // and the balance reminders
    auto& update = s.statement(
        "UPDATE patient_summary SET reminder_count = reminder_count + 1,"
        " balance_reminders = CASE WHEN ?5 = '' THEN balance_reminders"
        "   WHEN balance_reminders = '' THEN ?5 ELSE balance_reminders || ',' || ?5 END,"
        " last_reminder_on = CASE WHEN last_reminder_on IS NULL OR last_reminder_on <= ?1"
        "   THEN ?1 ELSE last_reminder_on END,"
        " last_reminder_channel = CASE WHEN last_reminder_on IS NULL OR last_reminder_on <= ?1"
        "   THEN ?2 ELSE last_reminder_channel END,"
        " last_reminder_outcome = CASE WHEN last_reminder_on IS NULL OR last_reminder_on <= ?1"
        "   THEN ?3 ELSE last_reminder_outcome END,"
        " last_reminder_note = CASE WHEN last_reminder_on IS NULL OR last_reminder_on <= ?1"
        "   THEN ?6 ELSE last_reminder_note END,"
        // the latest outcome decides: a later one ends the wait for the EHR
        " paid_unposted_on = CASE WHEN last_reminder_on IS NULL OR last_reminder_on <= ?1"
        "   THEN CASE WHEN ?3 = 'paid' THEN ?1 END ELSE paid_unposted_on END"
        " WHERE patient_id = ?4");
    update.bind(1, r.on.iso()).bind(2, toString(r.channel)).bind(3, toString(r.outcome));
    update.bind(4, patientId).bind(5, logged).bind(6, r.note).run();
    return id;
}

}  // namespace

Result<void> Store::recordReminders(std::span<const ReminderInput> reminders) {
    return guarded("record reminder", [&]() -> Result<void> {
        Impl& s = *m_impl;
        for (const ReminderInput& r : reminders)
            if (auto ok = checkReminder(r, s.largestEntry); !ok) return ok;
        sqlite::Transaction tx(s.db);
        for (const ReminderInput& r : reminders) {
            const auto patientId = s.patientId(r.mrn);
            if (!patientId) return fail(ErrorCode::NotFound, "no patient with MRN '" + r.mrn + "'");
            const std::int64_t id = insertReminder(s, *patientId, r);
            if (!r.payment) continue;
            // posted after the reminder, so the ledger entry clears the "paid, unposted" mark
            const NewEntry payment{"reminder:" + std::to_string(id),
                                   r.mrn,
                                   r.on,
                                   EntryKind::PatientPayment,
                                   *r.payment,
                                   "paid at the " + std::string(toString(r.channel))};
            const BatchOutcome posted = postEntriesInTransaction(s, {&payment, 1});
            if (!posted.problems.empty())
                return fail(ErrorCode::BadInput, posted.problems.front().reason);
        }
        tx.commit();
        return {};
    });
}

Result<void> Store::recordLookups(std::span<const LookupEvent> events) {
    return guarded("record lookups", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& insert = s.statement(
            "INSERT INTO audit (at, actor, channel, patient_id, action)"
            " VALUES (?, ?, ?, (SELECT id FROM patient WHERE mrn = ?), ?)");
        const std::string at = s.now();
        for (const LookupEvent& e : events) {
            insert.reset();
            insert.bind(1, at).bind(2, e.actor).bind(3, toString(e.channel)).bind(4, e.mrn);
            insert.bind(5, e.action).run();
        }
        tx.commit();
        return {};
    });
}

}  // namespace frontdesk
