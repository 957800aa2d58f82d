// The practice report and the what-if as JSON, and read back (runs/report_json.h).
#include "frontdesk/runs/report_json.h"

#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include "frontdesk/config/config.h"

namespace frontdesk {
namespace {

nlohmann::json remindersJson(const std::map<std::pair<Channel, ReminderOutcome>, std::size_t>& r) {
    nlohmann::json reminders = nlohmann::json::array();
    for (const auto& [key, n] : r)
        reminders.push_back(
            {{"channel", toString(key.first)}, {"outcome", toString(key.second)}, {"count", n}});
    return reminders;
}

nlohmann::json byStaffJson(
    const std::map<std::pair<std::string, ReminderOutcome>, std::size_t>& remindersByStaff) {
    nlohmann::json byStaff = nlohmann::json::array();
    for (const auto& [key, n] : remindersByStaff)
        byStaff.push_back({{"staff", key.first}, {"outcome", toString(key.second)}, {"count", n}});
    return byStaff;
}

// Every channel, 0 when none.
nlohmann::json byChannelJson(const std::map<Channel, Cents>& paidByChannel) {
    nlohmann::json byChannel = nlohmann::json::object();
    for (const Channel channel : {Channel::Kiosk, Channel::Desk, Channel::Phone}) {
        const auto it = paidByChannel.find(channel);
        byChannel[std::string(toString(channel))] =
            it == paidByChannel.end() ? 0 : it->second.value();
    }
    return byChannel;
}

nlohmann::json statementRunsJson(const StatementsMailed& s) {
    return {{"runs", s.runs},
            {"statement_count", s.statements},
            {"statement_total_cents", s.statementTotal.value()},
            {"suppressed_small", s.suppressedSmall},
            {"suppressed_written_off", s.suppressedWrittenOff},
            {"suppressed_balance_cents", s.suppressedBalance.value()},
            {"cost_saved_cents", s.costSaved.value()}};
}

nlohmann::json monthJson(const MonthActivity& m) {
    const PeriodActivity& a = m.activity;
    return {{"from", m.from.iso()},
            {"to", m.to.iso()},
            {"reminders", remindersJson(a.reminders)},
            {"reminders_by_staff", byStaffJson(a.remindersByStaff)},
            {"reminded_patients", a.remindedPatients},
            {"reminded_patients_who_paid", a.remindedPatientsWhoPaid},
            {"paid_within_30_days_cents", a.paidWithin30Days.value()},
            {"paid_within_30_days_by_channel_cents", byChannelJson(a.paidByChannel)},
            {"written_off_cents", a.writtenOff.value()},
            {"recovered_after_writeoff_cents", a.recoveredAfterWriteoff.value()},
            {"statement_runs", statementRunsJson(a.statementRuns)}};
}

nlohmann::json openBalancesJson(const OpenBalances& b) {
    nlohmann::json byAge = nlohmann::json::array();
    for (const BalanceAge& age : b.byAge)
        byAge.push_back({{"from_days", age.fromDays},
                         {"to_days", age.toDays ? nlohmann::json(*age.toDays) : nlohmann::json()},
                         {"small_accounts", age.smallAccounts},
                         {"small_cents", age.small.value()},
                         {"larger_accounts", age.largerAccounts},
                         {"larger_cents", age.larger.value()}});
    return {{"as_of", b.asOf.iso()},
            {"small_balance_max_cents", b.smallMax.value()},
            {"by_age", byAge},
            {"writeoff_eligible", b.eligibleNow},
            {"writeoff_eligible_cents", b.eligibleNowTotal.value()},
            {"writeoff_eligible_within_30_days", b.eligibleWithin30Days},
            {"writeoff_eligible_within_30_days_cents", b.eligibleWithin30DaysTotal.value()}};
}

}  // namespace

nlohmann::json statementsJson(const StatementRun& run, PatientLines lines) {
    nlohmann::json out{{"as_of", run.asOf.iso()}, {"threshold_cents", run.threshold.value()}};
    if (lines == PatientLines::Keep) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& line : run.statements)
            list.push_back({{"mrn", line.mrn},
                            {"balance_cents", line.balance.value()},
                            {"oldest_open_on", line.oldestOpenOn.iso()}});
        out["statements"] = std::move(list);
    }
    out.update({{"statement_count", run.statementCount},
                {"statement_total_cents", run.statementTotal.value()},
                {"suppressed_small", run.suppressedSmall},
                {"suppressed_written_off", run.suppressedWrittenOff},
                {"suppressed_balance_cents", run.suppressedBalance.value()},
                {"cost_saved_cents", run.costSaved.value()}});
    return out;
}

nlohmann::json reportJson(const PracticeReport& r, PatientLines lines) {
    nlohmann::json credits = nlohmann::json::object();
    for (const auto& [state, t] : r.credits)
        credits[std::string(toString(state))] = {{"accounts", t.accounts},
                                                 {"credit_cents", t.credit.value()}};
    nlohmann::json months = nlohmann::json::array();
    for (const MonthActivity& m : r.months) months.push_back(monthJson(m));
    const RefundsDueSoon& due = r.refundsSoon;
    nlohmann::json out{{"from", r.from.iso()},
                       {"to", r.to.iso()},
                       {"reminders", remindersJson(r.reminders)},
                       {"reminders_by_staff", byStaffJson(r.remindersByStaff)},
                       {"reminded_patients", r.remindedPatients},
                       {"reminded_patients_who_paid", r.remindedPatientsWhoPaid},
                       {"paid_within_30_days_cents", r.paidWithin30Days.value()},
                       {"paid_within_30_days_by_channel_cents", byChannelJson(r.paidByChannel)},
                       {"written_off_cents", r.writtenOff.value()},
                       {"recovered_after_writeoff_cents", r.recoveredAfterWriteoff.value()},
                       {"statements", statementsJson(r.statements, lines)},
                       {"statement_runs", statementRunsJson(r.statementRuns)},
                       {"credits", credits},
                       {"refunds_overdue", due.overdue},
                       {"refunds_overdue_cents", due.overdueTotal.value()},
                       {"refunds_due_within_30_days", due.within30Days},
                       {"refunds_due_within_30_days_cents", due.within30DaysTotal.value()},
                       {"open_balances", openBalancesJson(r.openBalances)},
                       {"months", months}};
    if (lines == PatientLines::Keep) {
        nlohmann::json refunds = nlohmann::json::array();
        for (const auto& c : r.refundsDue)
            refunds.push_back({{"mrn", c.mrn},
                               {"credit_cents", c.credit.value()},
                               {"since", c.since.iso()},
                               {"refund_due_by", c.refundDueBy ? c.refundDueBy->iso() : ""}});
        out["refunds_due"] = std::move(refunds);
    }
    return out;
}

namespace {

nlohmann::json effectJson(const PolicyEffect& e, const Policy& policy) {
    nlohmann::json states = nlohmann::json::object();
    for (const auto& [state, n] : e.promptStates) states[std::string(toString(state))] = n;
    nlohmann::json credits = nlohmann::json::object();
    for (const auto& [state, t] : e.credits)
        credits[std::string(toString(state))] = {{"accounts", t.accounts},
                                                 {"credit_cents", t.credit.value()}};
    nlohmann::json settings = nlohmann::json::object();
    for (const auto& [key, value] : policySettings(policy)) settings[key] = value;
    return {{"policy", settings},
            {"writeoff_count", e.writeoffAccounts},
            {"writeoff_cents", e.writeoffTotal.value()},
            {"statement_threshold_cents", e.statements.threshold.value()},
            {"statement_count", e.statements.statementCount},
            {"statement_cost_cents", e.statementCost.value()},
            {"statement_total_cents", e.statements.statementTotal.value()},
            {"suppressed_small", e.statements.suppressedSmall},
            {"suppressed_written_off", e.statements.suppressedWrittenOff},
            {"suppressed_balance_cents", e.statements.suppressedBalance.value()},
            {"cost_saved_cents", e.statements.costSaved.value()},
            {"prompted_patients", e.promptedPatients},
            {"prompt_states", states},
            {"credits", credits}};
}

// Reads members of a JSON document, remembering the first that is missing or of another type
// (its path, "months[2].written_off_cents"); a failed read gives a zero value.
class JsonReader {
public:
    explicit JsonReader(std::string what) : m_what(std::move(what)) {}

    // The member `key` of `object` (at `path`), or null when there is none.
    const nlohmann::json* member(const nlohmann::json& object, const std::string& path,
                                 const char* key) {
        const auto it = object.is_object() ? object.find(key) : object.end();
        if (!object.is_object() || it == object.end()) {
            wrong(join(path, key), "is missing");
            return nullptr;
        }
        return &*it;
    }
    const nlohmann::json* object(const nlohmann::json& o, const std::string& path,
                                 const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (m && !m->is_object()) return wrong(join(path, key), "is not an object"), nullptr;
        return m;
    }
    const nlohmann::json* array(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (m && !m->is_array()) return wrong(join(path, key), "is not a list"), nullptr;
        return m;
    }
    std::size_t count(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (m && !m->is_number_unsigned())
            return wrong(join(path, key), "is not a count"), std::size_t{0};
        return m ? m->get<std::size_t>() : 0;
    }
    int days(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (m && (!m->is_number_integer() || m->get<std::int64_t>() < 0 ||
                  m->get<std::int64_t>() > std::numeric_limits<int>::max()))
            return wrong(join(path, key), "is not a number of days"), 0;
        return m ? m->get<int>() : 0;
    }
    // Whole cents within +-kMostCents (a larger unsigned number would wrap).
    Cents cents(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (!m) return Cents{};
        const bool whole =
            m->is_number_integer() &&
            (m->is_number_unsigned()
                 ? m->get<std::uint64_t>() <= static_cast<std::uint64_t>(kMostCents.value())
                 : m->get<std::int64_t>() >= -kMostCents.value());
        if (!whole) return wrong(join(path, key), "is not a whole number of cents"), Cents{};
        return Cents(m->get<std::int64_t>());
    }
    std::string text(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (m && !m->is_string()) return wrong(join(path, key), "is not a string"), std::string();
        return m ? m->get<std::string>() : std::string();
    }
    Date date(const nlohmann::json& o, const std::string& path, const char* key) {
        const nlohmann::json* m = member(o, path, key);
        if (!m) return Date{};
        if (!m->is_string()) return wrong(join(path, key), "is not a date"), Date{};
        auto parsed = parseDate(m->get<std::string>());
        if (!parsed) return wrong(join(path, key), "is not a date"), Date{};
        return *parsed;
    }
    // A name of the vocabulary (a channel, an outcome, a state) read with `parse`.
    template <typename Parse, typename Word = std::remove_cvref_t<
                                  decltype(*std::declval<Parse>()(std::string_view()))>>
    Word word(const std::string& text, const std::string& path, Parse parse) {
        const auto parsed = parse(text);
        if (!parsed) return wrong(path, "'" + text + "' is not a known name"), Word{};
        return *parsed;
    }

    void wrong(const std::string& path, const std::string& what) {
        if (!m_error) m_error = Error{ErrorCode::BadInput, m_what + ": " + path + " " + what};
    }
    template <typename T>
    Result<T> result(T value) const {
        if (m_error) return tl::unexpected(*m_error);
        return value;
    }

    static std::string join(const std::string& path, const std::string& key) {
        return path.empty() ? key : path + "." + key;
    }
    static std::string at(const std::string& path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }

private:
    std::string m_what;
    std::optional<Error> m_error;
};

std::map<std::pair<Channel, ReminderOutcome>, std::size_t> remindersFrom(JsonReader& in,
                                                                         const nlohmann::json& o,
                                                                         const std::string& path) {
    std::map<std::pair<Channel, ReminderOutcome>, std::size_t> out;
    const nlohmann::json* list = in.array(o, path, "reminders");
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = JsonReader::at(JsonReader::join(path, "reminders"), i);
        const nlohmann::json& item = (*list)[i];
        const Channel channel =
            in.word(in.text(item, at, "channel"), at + ".channel", parseChannel);
        const ReminderOutcome outcome =
            in.word(in.text(item, at, "outcome"), at + ".outcome", parseReminderOutcome);
        out[{channel, outcome}] = in.count(item, at, "count");
    }
    return out;
}

std::map<std::pair<std::string, ReminderOutcome>, std::size_t> byStaffFrom(
    JsonReader& in, const nlohmann::json& o, const std::string& path) {
    std::map<std::pair<std::string, ReminderOutcome>, std::size_t> out;
    const nlohmann::json* list = in.array(o, path, "reminders_by_staff");
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = JsonReader::at(JsonReader::join(path, "reminders_by_staff"), i);
        const nlohmann::json& item = (*list)[i];
        const ReminderOutcome outcome =
            in.word(in.text(item, at, "outcome"), at + ".outcome", parseReminderOutcome);
        out[{in.text(item, at, "staff"), outcome}] = in.count(item, at, "count");
    }
    return out;
}

std::map<Channel, Cents> byChannelFrom(JsonReader& in, const nlohmann::json& o,
                                       const std::string& path) {
    std::map<Channel, Cents> out;
    const char* key = "paid_within_30_days_by_channel_cents";
    const nlohmann::json* byChannel = in.object(o, path, key);
    if (!byChannel) return out;
    for (const Channel channel : {Channel::Kiosk, Channel::Desk, Channel::Phone}) {
        const std::string name(toString(channel));
        const Cents paid = in.cents(*byChannel, JsonReader::join(path, key), name.c_str());
        if (paid.value() != 0) out[channel] = paid;
    }
    return out;
}

StatementsMailed statementRunsFrom(JsonReader& in, const nlohmann::json& o,
                                   const std::string& path) {
    StatementsMailed s;
    const nlohmann::json* runs = in.object(o, path, "statement_runs");
    if (!runs) return s;
    const std::string at = JsonReader::join(path, "statement_runs");
    s.runs = in.count(*runs, at, "runs");
    s.statements = in.count(*runs, at, "statement_count");
    s.statementTotal = in.cents(*runs, at, "statement_total_cents");
    s.suppressedSmall = in.count(*runs, at, "suppressed_small");
    s.suppressedWrittenOff = in.count(*runs, at, "suppressed_written_off");
    s.suppressedBalance = in.cents(*runs, at, "suppressed_balance_cents");
    s.costSaved = in.cents(*runs, at, "cost_saved_cents");
    return s;
}

PeriodActivity activityFrom(JsonReader& in, const nlohmann::json& o, const std::string& path) {
    PeriodActivity a;
    a.reminders = remindersFrom(in, o, path);
    a.remindersByStaff = byStaffFrom(in, o, path);
    a.remindedPatients = in.count(o, path, "reminded_patients");
    a.remindedPatientsWhoPaid = in.count(o, path, "reminded_patients_who_paid");
    a.paidWithin30Days = in.cents(o, path, "paid_within_30_days_cents");
    a.paidByChannel = byChannelFrom(in, o, path);
    a.writtenOff = in.cents(o, path, "written_off_cents");
    a.recoveredAfterWriteoff = in.cents(o, path, "recovered_after_writeoff_cents");
    a.statementRuns = statementRunsFrom(in, o, path);
    return a;
}

StatementRun statementsFrom(JsonReader& in, const nlohmann::json& o, const std::string& path) {
    StatementRun run;
    run.asOf = in.date(o, path, "as_of");
    run.threshold = in.cents(o, path, "threshold_cents");
    run.statementCount = in.count(o, path, "statement_count");
    if (o.is_object() && o.contains("statements")) {
        const nlohmann::json* list = in.array(o, path, "statements");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const std::string at = JsonReader::at(JsonReader::join(path, "statements"), i);
            const nlohmann::json& item = (*list)[i];
            run.statements.push_back({in.text(item, at, "mrn"), in.cents(item, at, "balance_cents"),
                                      in.date(item, at, "oldest_open_on")});
        }
    }
    run.statementTotal = in.cents(o, path, "statement_total_cents");
    run.suppressedSmall = in.count(o, path, "suppressed_small");
    run.suppressedWrittenOff = in.count(o, path, "suppressed_written_off");
    run.suppressedBalance = in.cents(o, path, "suppressed_balance_cents");
    run.costSaved = in.cents(o, path, "cost_saved_cents");
    return run;
}

std::map<PromptState, CreditTotals> creditsFrom(JsonReader& in, const nlohmann::json& o,
                                                const std::string& path) {
    std::map<PromptState, CreditTotals> out;
    const nlohmann::json* credits = in.object(o, path, "credits");
    if (!credits) return out;
    const std::string at = JsonReader::join(path, "credits");
    for (const auto& [name, totals] : credits->items()) {
        const std::string here = JsonReader::join(at, name);
        const PromptState state = in.word(name, here, parsePromptState);
        out[state] = {in.count(totals, here, "accounts"), in.cents(totals, here, "credit_cents")};
    }
    return out;
}

OpenBalances openBalancesFrom(JsonReader& in, const nlohmann::json& o, const std::string& path) {
    OpenBalances b;
    const nlohmann::json* balances = in.object(o, path, "open_balances");
    if (!balances) return b;
    const std::string at = JsonReader::join(path, "open_balances");
    b.asOf = in.date(*balances, at, "as_of");
    b.smallMax = in.cents(*balances, at, "small_balance_max_cents");
    const nlohmann::json* byAge = in.array(*balances, at, "by_age");
    if (byAge && byAge->size() != b.byAge.size())
        in.wrong(JsonReader::join(at, "by_age"), "does not hold 5 ages");
    for (std::size_t i = 0; byAge && i < byAge->size() && i < b.byAge.size(); ++i) {
        const std::string here = JsonReader::at(JsonReader::join(at, "by_age"), i);
        const nlohmann::json& item = (*byAge)[i];
        BalanceAge& age = b.byAge[i];
        age.fromDays = in.days(item, here, "from_days");
        const nlohmann::json* to = in.member(item, here, "to_days");
        if (to && !to->is_null()) age.toDays = in.days(item, here, "to_days");
        age.smallAccounts = in.count(item, here, "small_accounts");
        age.small = in.cents(item, here, "small_cents");
        age.largerAccounts = in.count(item, here, "larger_accounts");
        age.larger = in.cents(item, here, "larger_cents");
    }
    b.eligibleNow = in.count(*balances, at, "writeoff_eligible");
    b.eligibleNowTotal = in.cents(*balances, at, "writeoff_eligible_cents");
    b.eligibleWithin30Days = in.count(*balances, at, "writeoff_eligible_within_30_days");
    b.eligibleWithin30DaysTotal = in.cents(*balances, at, "writeoff_eligible_within_30_days_cents");
    return b;
}

PolicyEffect effectFrom(JsonReader& in, const nlohmann::json& o, const std::string& path) {
    PolicyEffect e;
    e.writeoffAccounts = in.count(o, path, "writeoff_count");
    e.writeoffTotal = in.cents(o, path, "writeoff_cents");
    e.statements.threshold = in.cents(o, path, "statement_threshold_cents");
    e.statements.statementCount = in.count(o, path, "statement_count");
    e.statementCost = in.cents(o, path, "statement_cost_cents");
    e.statements.statementTotal = in.cents(o, path, "statement_total_cents");
    e.statements.suppressedSmall = in.count(o, path, "suppressed_small");
    e.statements.suppressedWrittenOff = in.count(o, path, "suppressed_written_off");
    e.statements.suppressedBalance = in.cents(o, path, "suppressed_balance_cents");
    e.statements.costSaved = in.cents(o, path, "cost_saved_cents");
    e.promptedPatients = in.count(o, path, "prompted_patients");
    if (const nlohmann::json* states = in.object(o, path, "prompt_states"))
        for (const auto& [name, n] : states->items()) {
            const std::string here =
                JsonReader::join(JsonReader::join(path, "prompt_states"), name);
            e.promptStates[in.word(name, here, parsePromptState)] =
                in.count(*states, JsonReader::join(path, "prompt_states"), name.c_str());
        }
    e.credits = creditsFrom(in, o, path);
    return e;
}

// The refunds due, when the lines are there (the clinic server leaves them out).
std::vector<CreditLine> refundsDueFrom(JsonReader& in, const nlohmann::json& json) {
    std::vector<CreditLine> out;
    if (json.is_object() && json.contains("refunds_due")) {
        const nlohmann::json* list = in.array(json, "", "refunds_due");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const std::string at = JsonReader::at("refunds_due", i);
            const nlohmann::json& item = (*list)[i];
            CreditLine line{in.text(item, at, "mrn"),
                            in.cents(item, at, "credit_cents"),
                            PromptState::CreditRefundDue,
                            in.date(item, at, "since"),
                            {}};
            const std::string due = in.text(item, at, "refund_due_by");
            if (!due.empty()) line.refundDueBy = in.date(item, at, "refund_due_by");
            out.push_back(std::move(line));
        }
    }
    return out;
}

// The months; each recorded statement run counts in one month, so theirs add up to the
// period's `runs`.
std::vector<MonthActivity> monthsFrom(JsonReader& in, const nlohmann::json& json,
                                      const StatementsMailed& runs) {
    std::vector<MonthActivity> out;
    Cents runsSaved;
    bool inRange = true;
    if (const nlohmann::json* months = in.array(json, "", "months"))
        for (std::size_t i = 0; i < months->size(); ++i) {
            const std::string at = JsonReader::at("months", i);
            const nlohmann::json& item = (*months)[i];
            out.push_back(
                {in.date(item, at, "from"), in.date(item, at, "to"), activityFrom(in, item, at)});
            inRange = addTo(runsSaved, out.back().activity.statementRuns.costSaved) && inRange;
        }
    if (!inRange || runsSaved != runs.costSaved)
        in.wrong("months[].statement_runs.cost_saved_cents", "do not add up to the period's");
    return out;
}

}  // namespace

Result<PracticeReport> reportFromJson(const nlohmann::json& json) {
    JsonReader in("report");
    PracticeReport r;
    r.from = in.date(json, "", "from");
    r.to = in.date(json, "", "to");
    PeriodActivity period = activityFrom(in, json, "");
    r.reminders = std::move(period.reminders);
    r.remindersByStaff = std::move(period.remindersByStaff);
    r.remindedPatients = period.remindedPatients;
    r.remindedPatientsWhoPaid = period.remindedPatientsWhoPaid;
    r.paidWithin30Days = period.paidWithin30Days;
    r.paidByChannel = std::move(period.paidByChannel);
    r.writtenOff = period.writtenOff;
    r.recoveredAfterWriteoff = period.recoveredAfterWriteoff;
    r.statementRuns = period.statementRuns;
    if (const nlohmann::json* statements = in.object(json, "", "statements"))
        r.statements = statementsFrom(in, *statements, "statements");
    r.credits = creditsFrom(in, json, "");
    r.refundsDue = refundsDueFrom(in, json);
    r.refundsSoon = {in.count(json, "", "refunds_overdue"),
                     in.cents(json, "", "refunds_overdue_cents"),
                     in.count(json, "", "refunds_due_within_30_days"),
                     in.cents(json, "", "refunds_due_within_30_days_cents")};
    r.openBalances = openBalancesFrom(in, json, "");
    r.months = monthsFrom(in, json, r.statementRuns);
    return in.result(std::move(r));
}

nlohmann::json whatIfJson(const PolicyComparison& c, const Policy& current,
                          const Policy& candidate) {
    return {{"as_of", c.asOf.iso()},
            {"current", effectJson(c.current, current)},
            {"candidate", effectJson(c.candidate, candidate)},
            {"credits_changing_state", c.creditsChangingState}};
}

Result<PolicyComparison> whatIfFromJson(const nlohmann::json& json) {
    JsonReader in("what-if");
    PolicyComparison c;
    c.asOf = in.date(json, "", "as_of");
    if (const nlohmann::json* current = in.object(json, "", "current")) {
        c.current = effectFrom(in, *current, "current");
        c.current.statements.asOf = c.asOf;
    }
    if (const nlohmann::json* candidate = in.object(json, "", "candidate")) {
        c.candidate = effectFrom(in, *candidate, "candidate");
        c.candidate.statements.asOf = c.asOf;
    }
    c.creditsChangingState = in.count(json, "", "credits_changing_state");
    return in.result(std::move(c));
}

}  // namespace frontdesk
