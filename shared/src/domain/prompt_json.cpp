#include "frontdesk/domain/prompt_json.h"

namespace frontdesk {
namespace {

nlohmann::json dateOrNull(const std::optional<Date>& d) {
    return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

// Reads the members of a JSON object, remembering the first that is wrong.
class Reader {
public:
    Reader(const nlohmann::json& object, std::string where)
        : m_object(object), m_where(std::move(where)) {
        if (!object.is_object()) m_problem = m_where + " is not an object";
    }

    std::string text(const char* key) {
        const auto* v = member(key);
        if (v && !v->is_string()) wrong(key, "a string");
        return v && v->is_string() ? v->get<std::string>() : std::string();
    }
    std::int64_t integer(const char* key) {
        const auto* v = member(key);
        if (v && !v->is_number_integer()) wrong(key, "an integer");
        return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
    }
    Cents cents(const char* key) {
        const std::int64_t value = integer(key);
        if (value > kMostCents.value() || value < -kMostCents.value()) wrong(key, "money");
        return Cents(value);
    }
    bool flag(const char* key) {
        const auto* v = member(key);
        if (v && !v->is_boolean()) wrong(key, "true or false");
        return v && v->is_boolean() && v->get<bool>();
    }
    Date date(const char* key) {
        auto parsed = parseDate(text(key));
        if (!parsed) wrong(key, "a date");
        return parsed.value_or(Date{});
    }
    std::optional<Date> dateOrNull(const char* key) {
        const auto* v = member(key);
        if (!v || v->is_null()) return std::nullopt;
        return date(key);
    }
    template <typename T, typename Parse>
    T word(const char* key, Parse parse) {
        const std::string t = text(key);
        auto parsed = parse(t);
        if (!parsed) wrong(key, "a known word");
        return parsed.value_or(T{});
    }
    const nlohmann::json* member(const char* key) {
        if (!m_object.is_object()) return nullptr;
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (m_problem.empty()) m_problem = m_where + ": \"" + key + "\" is missing";
            return nullptr;
        }
        return &*it;
    }
    const std::string& problem() const { return m_problem; }

private:
    void wrong(const char* key, const char* what) {
        if (m_problem.empty()) m_problem = m_where + ": \"" + key + "\" is not " + what;
    }
    const nlohmann::json& m_object;
    std::string m_where;
    std::string m_problem;
};

}  // namespace

nlohmann::json promptToJson(const Prompt& p) {
    nlohmann::json last = nullptr;
    if (p.lastReminder) {
        last = {{"on", p.lastReminder->on.iso()},
                {"channel", toString(p.lastReminder->channel)},
                {"outcome", toString(p.lastReminder->outcome)},
                {"note", p.lastReminder->note}};
    }
    return {
        {"mrn", p.mrn},
        {"state", toString(p.state)},
        {"amount_cents", promptAmount(p).value()},
        {"mention_now", staffShouldMention(p)},
        {"kiosk_said",
         p.kioskSaid ? nlohmann::json(toString(*p.kioskSaid)) : nlohmann::json(nullptr)},
        {"paid_awaiting_posting_since", dateOrNull(p.paidAwaitingPosting)},
        {"balance_cents", p.balance.value()},
        {"insurance_pending_cents", p.insurancePending.value()},
        {"family_balance_cents", p.familyBalance.value()},
        {"written_off_cents", p.writtenOff.value()},
        {"currency", p.currency},
        {"oldest_open_on", dateOrNull(p.oldestOpenOn)},
        {"age_days", p.ageDays},
        {"aging_cents",
         {{"0_30", p.aging.days0to30.value()},
          {"31_60", p.aging.days31to60.value()},
          {"61_90", p.aging.days61to90.value()},
          {"91_120", p.aging.days91to120.value()},
          {"over_120", p.aging.over120.value()}}},
        {"reminders", p.reminders},
        {"last_reminder", last},
        {"suppressed_until", dateOrNull(p.suppressedUntil)},
        {"writeoff_eligible", p.writeoffEligible},
        {"refund_due_by", dateOrNull(p.refundDueBy)},
        {"next_visit_on", dateOrNull(p.nextVisit)},
        {"audience", toString(p.audience)},
        {"language", toString(p.language)},
        {"script", p.script},
        {"as_of", p.asOf.iso()},
    };
}

}  // namespace frontdesk

namespace frontdesk {

Result<Prompt> promptFromJson(const nlohmann::json& json) {
    Reader r(json, "prompt");
    Prompt p;
    p.mrn = r.text("mrn");
    p.state = r.word<PromptState>("state", parsePromptState);
    p.balance = r.cents("balance_cents");
    p.insurancePending = r.cents("insurance_pending_cents");
    p.familyBalance = r.cents("family_balance_cents");
    p.writtenOff = r.cents("written_off_cents");
    p.currency = r.text("currency");
    p.oldestOpenOn = r.dateOrNull("oldest_open_on");
    p.ageDays = static_cast<int>(r.integer("age_days"));
    if (const auto* aging = r.member("aging_cents")) {
        Reader a(*aging, "prompt: aging_cents");
        p.aging = {a.cents("0_30"), a.cents("31_60"), a.cents("61_90"), a.cents("91_120"),
                   a.cents("over_120")};
        if (!a.problem().empty()) return fail(ErrorCode::BadInput, a.problem());
    }
    p.reminders = static_cast<int>(r.integer("reminders"));
    if (const auto* last = r.member("last_reminder"); last && !last->is_null()) {
        Reader l(*last, "prompt: last_reminder");
        p.lastReminder = ReminderRecord{l.date("on"), l.word<Channel>("channel", parseChannel),
                                        l.word<ReminderOutcome>("outcome", parseReminderOutcome),
                                        l.text("note")};
        if (!l.problem().empty()) return fail(ErrorCode::BadInput, l.problem());
    }
    p.suppressedUntil = r.dateOrNull("suppressed_until");
    p.writeoffEligible = r.flag("writeoff_eligible");
    p.refundDueBy = r.dateOrNull("refund_due_by");
    p.nextVisit = r.dateOrNull("next_visit_on");
    if (const auto* said = r.member("kiosk_said"); said && !said->is_null())
        p.kioskSaid = r.word<ReminderOutcome>("kiosk_said", parseReminderOutcome);
    p.paidAwaitingPosting = r.dateOrNull("paid_awaiting_posting_since");
    p.script = r.text("script");
    p.audience = r.word<Channel>("audience", parseChannel);
    p.language = r.word<Language>("language", parseLanguage);
    p.asOf = r.date("as_of");
    if (!r.problem().empty()) return fail(ErrorCode::BadInput, r.problem());
    return p;
}

}  // namespace frontdesk
