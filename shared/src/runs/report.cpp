#include "frontdesk/runs/report.h"

#include <algorithm>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

constexpr const char* kBalanceReminder =
    "r.outcome NOT IN ('not_appropriate', 'apply_credit', 'refund_requested')";

void countReminders(Store::Impl& s, PracticeReport& r) {
    auto& q = s.statement(
        "SELECT channel, outcome, count(*) FROM reminder WHERE on_date BETWEEN ? AND ?"
        " GROUP BY channel, outcome");
    q.bind(1, r.from.iso()).bind(2, r.to.iso());
    while (q.step()) {
        const auto channel = parseChannel(q.getTextView(0));
        const auto outcome = parseReminderOutcome(q.getTextView(1));
        if (channel && outcome) r.reminders[{*channel, *outcome}] = static_cast<std::size_t>(q.getInt(2));
    }
    q.reset();
}

void paymentsAfterReminders(Store::Impl& s, PracticeReport& r) {
    static const std::string reminded =
        std::string("SELECT count(DISTINCT r.patient_id) FROM reminder r"
                    " WHERE r.on_date BETWEEN ? AND ? AND ") + kBalanceReminder;
    auto& who = s.statement(reminded.c_str());
    who.bind(1, r.from.iso()).bind(2, r.to.iso());
    who.step();
    r.remindedPatients = static_cast<std::size_t>(who.getInt(0));
    who.reset();
    static const std::string paid =
        std::string("SELECT count(DISTINCT e.patient_id), COALESCE(SUM(e.amount_cents), 0)"
                    " FROM ledger_entry e WHERE e.kind = 'patient_payment'"
                    " AND e.posted_on BETWEEN ?1 AND date(?2, '+30 days')"
                    " AND EXISTS (SELECT 1 FROM reminder r WHERE r.patient_id = e.patient_id"
                    " AND r.on_date BETWEEN ?1 AND ?2 AND r.on_date <= e.posted_on"
                    " AND e.posted_on <= date(r.on_date, '+30 days') AND ") +
        kBalanceReminder + ")";
    auto& q = s.statement(paid.c_str());
    q.bind(1, r.from.iso()).bind(2, r.to.iso());
    q.step();
    r.remindedPatientsWhoPaid = static_cast<std::size_t>(q.getInt(0));
    r.paidWithin30Days = Cents(q.getInt(1));
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

Result<void> collectCredits(Store& store, const Policy& policy, PracticeReport& r) {
    std::vector<std::string> owed;
    auto scanned = store.forEachOpenSummary([&](const SummaryRow& row) {
        if (row.totals.balance.value() < 0) owed.push_back(row.mrn);
    });
    if (!scanned) return scanned;
    for (const std::string& mrn : owed) {
        auto standing = store.standing(mrn, r.to);
        if (!standing) return tl::unexpected(standing.error());
        const Prompt p = decidePrompt(*standing, policy, Audience::Desk, Language::En, r.to);
        CreditTotals& totals = r.credits[p.state];
        ++totals.accounts;
        totals.credit -= p.balance;
        if (p.state == PromptState::CreditRefundDue)
            r.refundsDue.push_back({mrn, -p.balance, p.state, p.oldestOpenOn.value_or(r.to),
                                    p.refundDueBy});
    }
    std::sort(r.refundsDue.begin(), r.refundsDue.end(),
              [](const CreditLine& a, const CreditLine& b) { return a.refundDueBy < b.refundDueBy; });
    return {};
}

}  // namespace

Result<PracticeReport> makeReport(Store& store, const Policy& policy, Date from, Date to) {
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    PracticeReport r;
    r.from = from;
    r.to = to;
    auto counted = guarded("report", [&]() -> Result<void> {
        Store::Impl& s = store.impl();
        countReminders(s, r);
        paymentsAfterReminders(s, r);
        r.writtenOff = sumBetween(s,
                                  "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry"
                                  " WHERE kind = 'small_balance_writeoff'"
                                  " AND posted_on BETWEEN ? AND ?",
                                  from, to);
        r.recoveredAfterWriteoff = sumBetween(s,
                                              "SELECT COALESCE(SUM(amount_cents), 0)"
                                              " FROM ledger_entry WHERE kind = 'writeoff_reversal'"
                                              " AND posted_on BETWEEN ? AND ?",
                                              from, to);
        return {};
    });
    if (!counted) return tl::unexpected(counted.error());
    auto statements = planStatements(store, policy, to);
    if (!statements) return tl::unexpected(statements.error());
    r.statements = std::move(*statements);
    if (auto credits = collectCredits(store, policy, r); !credits)
        return tl::unexpected(credits.error());
    return r;
}

}  // namespace frontdesk
