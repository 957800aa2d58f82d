// Store: the counts of the practice report (runs/report.cpp).
#include "store/store_impl.h"

namespace frontdesk {
namespace {

constexpr const char* kBalanceReminder =
    "r.outcome NOT IN ('not_appropriate', 'apply_credit', 'refund_requested')";

void countReminders(Store::Impl& s, Date from, Date to, PeriodActivity& a) {
    auto& q = s.statement(
        "SELECT channel, outcome, count(*) FROM reminder WHERE on_date BETWEEN ? AND ?"
        " GROUP BY channel, outcome");
    q.bind(1, from.iso()).bind(2, to.iso());
    while (q.step()) {
        const auto channel = parseChannel(q.getTextView(0));
        const auto outcome = parseReminderOutcome(q.getTextView(1));
        if (channel && outcome)
            a.reminders[{*channel, *outcome}] = static_cast<std::size_t>(q.getInt(2));
    }
    q.reset();
}

void paymentsAfterReminders(Store::Impl& s, Date from, Date to, PeriodActivity& a) {
    static const std::string reminded = std::string(
                                            "SELECT count(DISTINCT r.patient_id) FROM reminder r"
                                            " WHERE r.on_date BETWEEN ? AND ? AND ") +
                                        kBalanceReminder;
    auto& who = s.statement(reminded);
    who.bind(1, from.iso()).bind(2, to.iso());
    who.step();
    a.remindedPatients = static_cast<std::size_t>(who.getInt(0));
    who.reset();
    static const std::string paid =
        std::string(
            "SELECT count(DISTINCT e.patient_id), COALESCE(SUM(e.amount_cents), 0)"
            " FROM ledger_entry e WHERE e.kind = 'patient_payment'"
            " AND e.posted_on BETWEEN ?1 AND date(?2, '+30 days')"
            " AND EXISTS (SELECT 1 FROM reminder r WHERE r.patient_id = e.patient_id"
            " AND r.on_date BETWEEN ?1 AND ?2 AND r.on_date <= e.posted_on"
            " AND e.posted_on <= date(r.on_date, '+30 days') AND ") +
        kBalanceReminder + ")";
    auto& q = s.statement(paid);
    q.bind(1, from.iso()).bind(2, to.iso());
    q.step();
    a.remindedPatientsWhoPaid = static_cast<std::size_t>(q.getInt(0));
    a.paidWithin30Days = Cents(q.getInt(1));
    q.reset();
    // the same payments, each by the channel of the latest balance reminder it followed
    static const std::string byChannel =
        std::string(
            "SELECT channel, COALESCE(SUM(amount_cents), 0) FROM ("
            " SELECT e.amount_cents AS amount_cents,"
            " (SELECT r.channel FROM reminder r WHERE r.patient_id = e.patient_id"
            " AND r.on_date BETWEEN ?1 AND ?2 AND r.on_date <= e.posted_on"
            " AND e.posted_on <= date(r.on_date, '+30 days') AND ") +
        kBalanceReminder +
        " ORDER BY r.on_date DESC, r.id DESC LIMIT 1) AS channel"
        " FROM ledger_entry e WHERE e.kind = 'patient_payment'"
        " AND e.posted_on BETWEEN ?1 AND date(?2, '+30 days'))"
        " WHERE channel IS NOT NULL GROUP BY channel";
    auto& c = s.statement(byChannel);
    c.bind(1, from.iso()).bind(2, to.iso());
    while (c.step())
        if (const auto channel = parseChannel(c.getTextView(0)))
            a.paidByChannel[*channel] = Cents(c.getInt(1));
    c.reset();
}

void countByStaff(Store::Impl& s, Date from, Date to, PeriodActivity& a) {
    auto& q = s.statement(
        "SELECT staff_id, outcome, count(*) FROM reminder WHERE on_date BETWEEN ? AND ?"
        " GROUP BY staff_id, outcome");
    q.bind(1, from.iso()).bind(2, to.iso());
    while (q.step())
        if (const auto outcome = parseReminderOutcome(q.getTextView(1)))
            a.remindersByStaff[{std::string(q.getTextView(0)), *outcome}] =
                static_cast<std::size_t>(q.getInt(2));
    q.reset();
}

// `sql` sums amount_cents of one kind, written into it: only a literal kind lets SQLite use the
// partial index ledger_report_day (schema migration 6).
Cents sumBetween(Store::Impl& s, const char* sql, Date from, Date to) {
    auto& q = s.statement(sql);
    q.bind(1, from.iso()).bind(2, to.iso());
    q.step();
    const Cents total(q.getInt(0));
    q.reset();
    return total;
}

}  // namespace

Result<PeriodActivity> Store::periodActivity(Date from, Date to) {
    return guarded("report", [&]() -> Result<PeriodActivity> {
        Impl& s = *m_impl;
        PeriodActivity a;
        countReminders(s, from, to, a);
        paymentsAfterReminders(s, from, to, a);
        countByStaff(s, from, to, a);
        a.writtenOff = sumBetween(s,
                                  "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry"
                                  " WHERE kind = 'small_balance_writeoff'"
                                  " AND posted_on BETWEEN ? AND ?",
                                  from, to);
        a.recoveredAfterWriteoff = sumBetween(s,
                                              "SELECT COALESCE(SUM(amount_cents), 0)"
                                              " FROM ledger_entry WHERE kind = 'writeoff_reversal'"
                                              " AND posted_on BETWEEN ? AND ?",
                                              from, to);
        return a;
    });
}

}  // namespace frontdesk
