// Store: the counts of the practice report (runs/report.cpp), for a period and month by month,
// from one read of the period's reminders and one of the payments that followed them; and the
// statement runs the practice mailed.
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

// What a sum out of the range of money names (as a SUM() overflow in SQLite is named).
constexpr const char* kSums = "report: the amounts stored";

constexpr const char* kBalanceReminder =
    "r.outcome NOT IN ('not_appropriate', 'apply_credit', 'refund_requested')";

// The months of a period: month `i` of the result is the i-th calendar month from `from`'s.
class PeriodMonths {
public:
    PeriodMonths(Date from, Date to) : m_first(index(from.year(), from.month())) {
        for (Date start = from; start <= to;) {
            const unsigned month = start.month();
            const Date next = month == 12 ? Date::fromCivil(start.year() + 1, 1, 1)
                                          : Date::fromCivil(start.year(), month + 1, 1);
            const Date end = next.plusDays(-1) < to ? next.plusDays(-1) : to;
            months.push_back({start, end, {}});
            start = next;
        }
    }
    // The month of a day inside the period.
    std::size_t of(Date day) const {
        return static_cast<std::size_t>(index(day.year(), day.month()) - m_first);
    }
    std::vector<MonthActivity> months;

private:
    static long index(int year, unsigned month) { return year * 12L + month - 1; }
    long m_first;
};

void add(Cents& sum, Cents amount, const char* what) {
    if (!addTo(sum, amount)) throw Refusal{moneyOutOfRange(ErrorCode::Storage, what)};
}

constexpr std::size_t kChannels = 3;  // Channel's values
constexpr std::size_t kOutcomes = 9;  // ReminderOutcome's values

// Reminders counted in flat arrays as they are read (a map lookup with a staff member's name
// per reminder cost more than reading it), then handed out as the report's maps.
struct ReminderCounts {
    std::array<std::size_t, kChannels * kOutcomes> byChannel{};
    std::vector<std::array<std::size_t, kOutcomes>> byStaff;  // by staff index

    void add(Channel channel, ReminderOutcome outcome, std::size_t staff) {
        ++byChannel[static_cast<std::size_t>(channel) * kOutcomes +
                    static_cast<std::size_t>(outcome)];
        if (byStaff.size() <= staff) byStaff.resize(staff + 1);
        ++byStaff[staff][static_cast<std::size_t>(outcome)];
    }
    void writeTo(PeriodActivity& a, const std::vector<std::string>& staffNames) const {
        for (std::size_t c = 0; c < kChannels; ++c)
            for (std::size_t o = 0; o < kOutcomes; ++o)
                if (const std::size_t n = byChannel[c * kOutcomes + o])
                    a.reminders[{static_cast<Channel>(c), static_cast<ReminderOutcome>(o)}] = n;
        for (std::size_t staff = 0; staff < byStaff.size(); ++staff)
            for (std::size_t o = 0; o < kOutcomes; ++o)
                if (const std::size_t n = byStaff[staff][o])
                    a.remindersByStaff[{staffNames[staff], static_cast<ReminderOutcome>(o)}] = n;
    }
};

// The index of a staff member's name among those met so far (a handful in a clinic).
std::size_t staffIndex(std::vector<std::string>& names, std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return i;
    names.emplace_back(name);
    return names.size() - 1;
}

// A balance reminder of the period, as the payments after it are matched with it.
struct BalanceReminder {
    std::int64_t patient = 0;
    Date on;
    std::int64_t id = 0;
    Channel channel = Channel::Desk;
    std::size_t month = 0;
};

// The period's balance reminders grouped by patient (by day then id within each), found by a
// patient's id: through an array by id when the ids are dense enough (a lookup per payment of
// the period; a hash lookup each was most of the report's time), else a hash map.
class RemindersByPatient {
public:
    explicit RemindersByPatient(std::vector<BalanceReminder> reminders)
        : m_all(std::move(reminders)) {
        std::sort(m_all.begin(), m_all.end(),
                  [](const BalanceReminder& a, const BalanceReminder& b) {
                      return std::tie(a.patient, a.on, a.id) < std::tie(b.patient, b.on, b.id);
                  });
        const std::int64_t largest = m_all.empty() ? -1 : m_all.back().patient;
        const auto denseLimit =
            std::max<std::int64_t>(kDenseIds, 4 * static_cast<std::int64_t>(m_all.size()));
        const bool dense = !m_all.empty() && m_all.front().patient >= 0 && largest <= denseLimit;
        if (dense) m_range.assign(static_cast<std::size_t>(largest) + 1, {0, 0});
        for (std::size_t i = 0; i < m_all.size();) {
            std::size_t end = i;
            while (end < m_all.size() && m_all[end].patient == m_all[i].patient) ++end;
            const std::pair<std::uint32_t, std::uint32_t> range{static_cast<std::uint32_t>(i),
                                                                static_cast<std::uint32_t>(end)};
            if (dense)
                m_range[static_cast<std::size_t>(m_all[i].patient)] = range;
            else
                m_sparse.emplace(m_all[i].patient, range);
            ++m_patients;
            i = end;
        }
    }
    // The patient's reminders, in order; empty for a patient without any.
    std::span<const BalanceReminder> of(std::int64_t patient) const {
        std::pair<std::uint32_t, std::uint32_t> range{0, 0};
        if (!m_range.empty()) {
            if (patient >= 0 && static_cast<std::size_t>(patient) < m_range.size())
                range = m_range[static_cast<std::size_t>(patient)];
        } else if (const auto it = m_sparse.find(patient); it != m_sparse.end()) {
            range = it->second;
        }
        return {m_all.data() + range.first, m_all.data() + range.second};
    }
    std::size_t patients() const { return m_patients; }
    const std::vector<BalanceReminder>& all() const { return m_all; }

private:
    static constexpr std::int64_t kDenseIds = 4'000'000;  // 32 MB of ranges at most, or 4/reminder
    std::vector<BalanceReminder> m_all;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_range;  // dense: by patient id
    std::unordered_map<std::int64_t, std::pair<std::uint32_t, std::uint32_t>> m_sparse;
    std::size_t m_patients = 0;
};

// Reminders by channel and outcome and by staff member, and the patients given a balance
// reminder, for the period and each month; returns the balance reminders by patient.
RemindersByPatient countReminders(Store::Impl& s, Date from, Date to, PeriodMonths& m,
                                  PeriodActivity& all) {
    static const std::string sql = std::string(
                                       "SELECT r.on_date, r.channel, r.outcome, r.staff_id,"
                                       " r.patient_id, r.id, ") +
                                   kBalanceReminder +
                                   " FROM reminder r WHERE r.on_date BETWEEN ? AND ?";
    auto& q = s.statement(sql);
    q.bind(1, from.iso()).bind(2, to.iso());
    std::vector<ReminderCounts> counts(m.months.size());
    ReminderCounts period;
    std::vector<std::string> staffNames;
    std::vector<BalanceReminder> balance;
    while (q.step()) {
        const auto on = parseDate(q.getTextView(0));
        const auto channel = parseChannel(q.getTextView(1));
        const auto outcome = parseReminderOutcome(q.getTextView(2));
        if (!on || !channel || !outcome) continue;
        const std::size_t i = m.of(*on);
        const std::size_t staff = staffIndex(staffNames, q.getTextView(3));
        counts[i].add(*channel, *outcome, staff);
        period.add(*channel, *outcome, staff);
        if (q.getInt(6) != 0) balance.push_back({q.getInt(4), *on, q.getInt(5), *channel, i});
    }
    q.reset();
    RemindersByPatient byPatient(std::move(balance));
    // each month's reminded patients: the reminders are in patient order
    std::vector<std::optional<std::int64_t>> lastCounted(m.months.size());
    std::vector<std::size_t> reminded(m.months.size(), 0);
    for (const BalanceReminder& r : byPatient.all())
        if (lastCounted[r.month] != r.patient) {
            lastCounted[r.month] = r.patient;
            ++reminded[r.month];
        }
    for (std::size_t i = 0; i < m.months.size(); ++i) {
        counts[i].writeTo(m.months[i].activity, staffNames);
        m.months[i].activity.remindedPatients = reminded[i];
    }
    period.writeTo(all, staffNames);
    all.remindedPatients = byPatient.patients();
    return byPatient;
}

// Counts a payment of `amount` by `patient` that followed a reminder on `channel`.
struct Payers {
    std::unordered_set<std::int64_t> patients;
    void add(PeriodActivity& a, std::int64_t patient, Cents amount, Channel channel) {
        patients.insert(patient);
        a.remindedPatientsWhoPaid = patients.size();
        if (!addTo(a.paidWithin30Days, amount) || !addTo(a.paidByChannel[channel], amount))
            throw Refusal{moneyOutOfRange(ErrorCode::Storage, kSums)};
    }
};

// Each patient payment within 30 days after a balance reminder of the period (on or after the
// reminder's day), counted once, by the channel of the latest such reminder; the same for each
// month with that month's reminders. The payments of the period and 30 days after are read
// from ledger_report_day alone and matched in memory with the reminded patients' reminders.
void paymentsAfterReminders(Store::Impl& s, Date from, Date to, PeriodMonths& m,
                            const RemindersByPatient& reminders, PeriodActivity& all) {
    auto& q = s.statement(
        "SELECT posted_on, patient_id, amount_cents FROM ledger_entry"
        " WHERE kind = 'patient_payment' AND posted_on BETWEEN ? AND ?");
    q.bind(1, from.iso()).bind(2, to.plusDays(30).iso());
    std::vector<Payers> monthPayers(m.months.size());
    Payers periodPayers;
    std::vector<const BalanceReminder*> latestInMonth(m.months.size(), nullptr);
    std::vector<std::size_t> touched;
    while (q.step()) {
        const auto patientReminders = reminders.of(q.getInt(1));
        if (patientReminders.empty()) continue;
        const auto paidOn = parseDate(q.getTextView(0));
        if (!paidOn) continue;
        const BalanceReminder* latest = nullptr;
        touched.clear();  // the months of this payment's reminders (a few of the period's)
        for (const BalanceReminder& r : patientReminders) {
            if (*paidOn < r.on) break;  // in day order: the rest are later
            if (paidOn->daysSince(r.on) > 30) continue;
            latest = &r;
            if (!latestInMonth[r.month]) touched.push_back(r.month);
            latestInMonth[r.month] = &r;
        }
        if (!latest) continue;
        const Cents amount(q.getInt(2));
        periodPayers.add(all, q.getInt(1), amount, latest->channel);
        for (const std::size_t i : touched) {
            monthPayers[i].add(m.months[i].activity, q.getInt(1), amount,
                               latestInMonth[i]->channel);
            latestInMonth[i] = nullptr;
        }
    }
    q.reset();
}

// `sql` sums amount_cents of one kind by day, written into it: only a literal kind lets SQLite
// use the partial index ledger_report_day (schema migration 6).
void sumByDay(Store::Impl& s, const char* sql, Date from, Date to, PeriodMonths& m,
              Cents PeriodActivity::*figure, PeriodActivity& all) {
    auto& q = s.statement(sql);
    q.bind(1, from.iso()).bind(2, to.iso());
    while (q.step()) {
        const Cents amount(q.getInt(1));
        const auto day = parseDate(q.getTextView(0));
        if (!day) continue;
        add(m.months[m.of(*day)].activity.*figure, amount, kSums);
        add(all.*figure, amount, kSums);
    }
    q.reset();
}

// The statement runs recorded on the period's days, added to their months and the period.
void addStatementRuns(Store::Impl& s, Date from, Date to, PeriodMonths& m, PeriodActivity& all) {
    auto& q = s.statement(
        "SELECT run_on, statement_count, statement_total_cents, suppressed_small,"
        " suppressed_written_off, suppressed_balance_cents, cost_saved_cents FROM statement_run"
        " WHERE run_on BETWEEN ? AND ?");
    q.bind(1, from.iso()).bind(2, to.iso());
    while (q.step()) {
        const auto day = parseDate(q.getTextView(0));
        if (!day) continue;
        for (StatementsMailed* sum :
             {&m.months[m.of(*day)].activity.statementRuns, &all.statementRuns}) {
            ++sum->runs;
            sum->statements += static_cast<std::size_t>(q.getInt(1));
            add(sum->statementTotal, Cents(q.getInt(2)), kSums);
            sum->suppressedSmall += static_cast<std::size_t>(q.getInt(3));
            sum->suppressedWrittenOff += static_cast<std::size_t>(q.getInt(4));
            add(sum->suppressedBalance, Cents(q.getInt(5)), kSums);
            add(sum->costSaved, Cents(q.getInt(6)), kSums);
        }
    }
    q.reset();
}

}  // namespace

Result<bool> Store::postedAfter(Date day) {
    return guarded("read the ledger", [&]() -> Result<bool> {
        auto& q =
            m_impl->statement("SELECT EXISTS (SELECT 1 FROM ledger_entry WHERE posted_on > ?)");
        q.bind(1, day.iso());
        q.step();
        const bool any = q.getInt(0) != 0;
        q.reset();
        return any;
    });
}

Result<void> Store::recordStatementRun(const StatementRunRecord& run, UnixSeconds now) {
    return guarded("record statement run", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& kept = s.statement("SELECT 1 FROM statement_run WHERE run_on = ?");
        kept.bind(1, run.on.iso());
        const bool already = kept.step();
        kept.reset();
        if (already)
            return fail(ErrorCode::Conflict,
                        "the statement run of " + run.on.iso() + " is already recorded");
        s.statement(
             "INSERT INTO statement_run (run_on, recorded_at, threshold_cents, statement_count,"
             " statement_total_cents, suppressed_small, suppressed_written_off,"
             " suppressed_balance_cents, cost_saved_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, run.on.iso())
            .bind(2, now)
            .bind(3, run.threshold.value())
            .bind(4, static_cast<std::int64_t>(run.statements))
            .bind(5, run.statementTotal.value())
            .bind(6, static_cast<std::int64_t>(run.suppressedSmall))
            .bind(7, static_cast<std::int64_t>(run.suppressedWrittenOff))
            .bind(8, run.suppressedBalance.value())
            .bind(9, run.costSaved.value())
            .run();
        tx.commit();
        return {};
    });
}

Result<ActivityByMonth> Store::activity(Date from, Date to) {
    if (to < from) return fail(ErrorCode::BadInput, "--to is before --from");
    return guarded("report", [&]() -> Result<ActivityByMonth> {
        Impl& s = *m_impl;
        ReadSnapshot snapshot(s);
        PeriodMonths months(from, to);
        ActivityByMonth a;
        const RemindersByPatient reminders = countReminders(s, from, to, months, a.period);
        paymentsAfterReminders(s, from, to, months, reminders, a.period);
        sumByDay(s,
                 "SELECT posted_on, SUM(amount_cents) FROM ledger_entry"
                 " WHERE kind = 'small_balance_writeoff' AND posted_on BETWEEN ? AND ?"
                 " GROUP BY posted_on",
                 from, to, months, &PeriodActivity::writtenOff, a.period);
        sumByDay(s,
                 "SELECT posted_on, SUM(amount_cents) FROM ledger_entry"
                 " WHERE kind = 'writeoff_reversal' AND posted_on BETWEEN ? AND ?"
                 " GROUP BY posted_on",
                 from, to, months, &PeriodActivity::recoveredAfterWriteoff, a.period);
        addStatementRuns(s, from, to, months, a.period);
        a.months = std::move(months.months);
        return a;
    });
}

}  // namespace frontdesk
