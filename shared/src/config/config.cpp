#include "frontdesk/config/config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>

#include <toml++/toml.h>

#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

namespace {

using Setter = std::function<std::optional<std::string>(const toml::node&)>;

std::string keyError(const std::string& origin, const std::string& key, const std::string& why) {
    return origin + ": " + key + " " + why;
}

Setter moneyKey(Cents& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* s = n.as_string();
        if (!s) return "must be money text such as \"10.00\"";
        auto cents = parseMoney(s->get());
        if (!cents) return "(" + s->get() + ") is not money";
        if (cents->value() < 0) return "(" + s->get() + ") must not be negative";
        if (*cents > kLargestEntryCeiling)
            return "(" + s->get() + ") must be at most " + formatMoneyPlain(kLargestEntryCeiling);
        target = *cents;
        return std::nullopt;
    };
}

Setter daysKey(int& target, int minimum) {
    return [&target, minimum](const toml::node& n) -> std::optional<std::string> {
        const auto* i = n.as_integer();
        if (!i) return "must be a whole number";
        if (i->get() < minimum || i->get() > 36500)
            return "(" + std::to_string(i->get()) + ") must be between " + std::to_string(minimum) +
                   " and 36500";
        target = static_cast<int>(i->get());
        return std::nullopt;
    };
}

// A list of the languages the product speaks, at least one, each once.
Setter languagesKey(std::vector<std::string>& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* list = n.as_array();
        if (!list) return "must be a list such as [\"en\", \"es\"]";
        std::vector<std::string> codes;
        for (const auto& item : *list) {
            const auto* code = item.as_string();
            if (!code || !parseLanguage(code->get()))
                return "may hold only \"en\", \"es\" and \"ro\"";
            if (std::find(codes.begin(), codes.end(), code->get()) != codes.end())
                return "names \"" + code->get() + "\" twice";
            codes.push_back(code->get());
        }
        if (codes.empty()) return "must name at least one language";
        target = codes;
        return std::nullopt;
    };
}

Setter textKey(std::string& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* s = n.as_string();
        if (!s) return "must be text";
        target = s->get();
        return std::nullopt;
    };
}

Setter flagKey(bool& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* b = n.as_boolean();
        if (!b) return "must be true or false";
        target = b->get();
        return std::nullopt;
    };
}

// The full name of the first value under a node: "smallbalance.max" for a mistyped section.
std::string firstLeaf(const toml::node& node, const std::string& key) {
    const auto* table = node.as_table();
    if (!table || table->empty()) return key;
    const auto first = table->begin();  // its entries are proxies that live in the iterator
    return firstLeaf(first->second, key + "." + std::string(first->first.str()));
}

// Walks every key of `table` (as "section.key"), applying its setter. A key that is neither a
// setting nor a section holding settings fails, and so does a table where a value belongs.
std::optional<std::string> applyKeys(const toml::table& table,
                                     const std::map<std::string, Setter>& setters,
                                     const std::string& origin) {
    const auto isSection = [&](const std::string& key) {
        const std::string prefix = key + ".";
        const auto it = setters.lower_bound(prefix);
        return it != setters.end() && it->first.compare(0, prefix.size(), prefix) == 0;
    };
    std::optional<std::string> problem;
    std::function<void(const toml::table&, const std::string&)> walk =
        [&](const toml::table& t, const std::string& prefix) {
            for (const auto& [k, node] : t) {
                if (problem) return;
                const std::string key = prefix + std::string(k.str());
                if (const auto it = setters.find(key); it != setters.end()) {
                    if (auto why = it->second(node)) problem = keyError(origin, key, *why);
                } else if (node.is_table() && isSection(key)) {
                    walk(*node.as_table(), key + ".");
                } else {
                    problem = keyError(origin, firstLeaf(node, key), "is not a known setting");
                }
            }
        };
    walk(table, "");
    return problem;
}

Result<toml::table> parseToml(std::string_view text, const std::string& origin) {
    try {
        return toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << origin << ":" << e.source().begin.line << ": " << e.description();
        return fail(ErrorCode::BadInput, msg.str());
    }
}

Result<std::string> readFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return fail(ErrorCode::BadInput, path.string() + ": is not a readable file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(ErrorCode::BadInput, path.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

namespace {

Setter multipleKey(double& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto v = n.value<double>();
        if (!v) return "must be a number such as 1.0";
        if (!(*v >= 0 && *v <= 100)) return "must be between 0 and 100";  // nan too
        target = *v;
        return std::nullopt;
    };
}

std::map<std::string, Setter> policySetters(Policy& p, std::string& showAmount) {
    return {
        {"currency", textKey(p.currency)},
        {"small_balance.max", moneyKey(p.smallBalanceMax)},
        {"kiosk.show_amount", textKey(showAmount)},
        {"reminders.cooldown_days", daysKey(p.cooldownDays, 0)},
        {"writeoff.max", moneyKey(p.writeoffMax)},
        {"writeoff.min_age_days", daysKey(p.writeoffMinAgeDays, 0)},
        {"writeoff.min_reminders", daysKey(p.writeoffMinReminders, 0)},
        {"statements.cost_per_statement", moneyKey(p.costPerStatement)},
        {"statements.min_cost_multiple", multipleKey(p.statementMinCostMultiple)},
        {"credits.refund_at_or_above", moneyKey(p.creditRefundAtOrAbove)},
        {"credits.refund_within_days", daysKey(p.creditRefundWithinDays, 0)},
        {"credits.apply_next_visit_within_days", daysKey(p.creditApplyNextVisitWithinDays, 0)},
        {"credits.dormancy_days", daysKey(p.creditDormancyDays, 1)},
        {"ledger.max_entry", moneyKey(p.largestEntry)},
    };
}

std::optional<KioskAmount> kioskAmount(const std::string& text) {
    if (text == "small") return KioskAmount::Small;
    if (text == "always") return KioskAmount::Always;
    if (text == "never") return KioskAmount::Never;
    return std::nullopt;
}

// The rules between keys, checked once every key is read.
std::optional<std::string> policyProblem(const Policy& p, const std::string& origin) {
    if (p.currency.size() != 3)
        return keyError(origin, "currency", "must be a three-letter code such as USD");
    if (p.smallBalanceMax.value() == 0)
        return keyError(origin, "small_balance.max", "must be above 0.00");
    if (p.largestEntry.value() == 0)
        return keyError(origin, "ledger.max_entry", "must be above 0.00");
    if (p.writeoffMax > p.smallBalanceMax)
        return keyError(origin, "writeoff.max",
                        "(" + formatMoneyPlain(p.writeoffMax) + ") is above small_balance.max (" +
                            formatMoneyPlain(p.smallBalanceMax) + ")");
    return std::nullopt;
}

// The policy once every key is read: kiosk.show_amount's text, then the rules between keys.
Result<Policy> checkedPolicy(Policy p, const std::string& showAmount, const std::string& origin) {
    const auto amount = kioskAmount(showAmount);
    if (!amount)
        return fail(ErrorCode::BadInput,
                    keyError(origin, "kiosk.show_amount", "must be small, always or never"));
    p.kioskShowAmount = *amount;
    if (auto problem = policyProblem(p, origin)) return fail(ErrorCode::BadInput, *problem);
    return p;
}

}  // namespace

Result<Policy> parsePolicy(std::string_view text, const std::string& origin) {
    auto table = parseToml(text, origin);
    if (!table) return tl::unexpected(table.error());
    Policy p;
    std::string showAmount = "small";
    if (auto problem = applyKeys(*table, policySetters(p, showAmount), origin))
        return fail(ErrorCode::BadInput, *problem);
    return checkedPolicy(std::move(p), showAmount, origin);
}

namespace {

const char* kioskAmountText(KioskAmount amount) {
    switch (amount) {
        case KioskAmount::Always:
            return "always";
        case KioskAmount::Never:
            return "never";
        case KioskAmount::Small:
            break;
    }
    return "small";
}

// A --set value as policy.toml would hold it: for a key of days or of the statement multiple,
// a whole number or a number as itself; for every other key (money, text) the text.
std::unique_ptr<toml::node> settingNode(const std::string& key, const std::string& value) {
    static const std::vector<std::string> kNumbers{"reminders.cooldown_days",
                                                   "writeoff.min_age_days",
                                                   "writeoff.min_reminders",
                                                   "credits.refund_within_days",
                                                   "credits.apply_next_visit_within_days",
                                                   "credits.dormancy_days",
                                                   "statements.min_cost_multiple"};
    if (std::find(kNumbers.begin(), kNumbers.end(), key) != kNumbers.end() && !value.empty()) {
        std::int64_t whole = 0;
        const char* end = value.data() + value.size();
        if (auto [at, ec] = std::from_chars(value.data(), end, whole);
            ec == std::errc{} && at == end)
            return std::make_unique<toml::value<std::int64_t>>(whole);
        double number = 0;
        if (auto [at, ec] = std::from_chars(value.data(), end, number);
            ec == std::errc{} && at == end)
            return std::make_unique<toml::value<double>>(number);
    }
    return std::make_unique<toml::value<std::string>>(value);
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

}  // namespace

Result<Policy> policyWith(const Policy& base, std::span<const std::string> settings) {
    const std::string origin = "--set";
    Policy p = base;
    std::string showAmount = kioskAmountText(base.kioskShowAmount);
    const auto setters = policySetters(p, showAmount);
    for (const std::string& setting : settings) {
        const auto eq = setting.find('=');
        const std::string key(trimmed(std::string_view(setting).substr(0, eq)));
        if (eq == std::string::npos || key.empty())
            return fail(ErrorCode::BadInput,
                        origin + ": '" + setting + "' is not KEY=VALUE, such as writeoff.max=9.99");
        const auto it = setters.find(key);
        if (it == setters.end()) {
            std::string known;
            for (const auto& [name, setter] : setters) known += (known.empty() ? "" : ", ") + name;
            return fail(ErrorCode::BadInput,
                        keyError(origin, key, "is not a policy setting (" + known + ")"));
        }
        const std::string value(trimmed(std::string_view(setting).substr(eq + 1)));
        if (auto why = it->second(*settingNode(key, value)))
            return fail(ErrorCode::BadInput, keyError(origin, key, *why));
    }
    return checkedPolicy(std::move(p), showAmount, origin);
}

std::vector<std::pair<std::string, std::string>> policySettings(const Policy& p) {
    char multiple[32];
    const auto end =
        std::to_chars(multiple, multiple + sizeof multiple, p.statementMinCostMultiple).ptr;
    std::string multipleText(multiple, end);
    if (multipleText.find_first_of(".e") == std::string::npos) multipleText += ".0";
    return {
        {"currency", p.currency},
        {"small_balance.max", formatMoneyPlain(p.smallBalanceMax)},
        {"kiosk.show_amount", kioskAmountText(p.kioskShowAmount)},
        {"reminders.cooldown_days", std::to_string(p.cooldownDays)},
        {"writeoff.max", formatMoneyPlain(p.writeoffMax)},
        {"writeoff.min_age_days", std::to_string(p.writeoffMinAgeDays)},
        {"writeoff.min_reminders", std::to_string(p.writeoffMinReminders)},
        {"statements.cost_per_statement", formatMoneyPlain(p.costPerStatement)},
        {"statements.min_cost_multiple", multipleText},
        {"credits.refund_at_or_above", formatMoneyPlain(p.creditRefundAtOrAbove)},
        {"credits.refund_within_days", std::to_string(p.creditRefundWithinDays)},
        {"credits.apply_next_visit_within_days", std::to_string(p.creditApplyNextVisitWithinDays)},
        {"credits.dormancy_days", std::to_string(p.creditDormancyDays)},
        {"ledger.max_entry", formatMoneyPlain(p.largestEntry)},
    };
}

std::string policyToml(const Policy& p) {
    std::string out;
    std::string section;
    for (const auto& [key, value] : policySettings(p)) {
        const auto dot = key.find('.');
        const std::string within = dot == std::string::npos ? "" : key.substr(0, dot);
        const std::string name = dot == std::string::npos ? key : key.substr(dot + 1);
        if (within != section) {
            out += "\n[" + within + "]\n";
            section = within;
        }
        const bool number = settingNode(key, value)->is_number();
        out += name + " = " + (number ? value : "\"" + value + "\"") + "\n";
    }
    return out;
}

Result<Clinic> parseClinic(std::string_view text, const std::string& origin) {
    auto table = parseToml(text, origin);
    if (!table) return tl::unexpected(table.error());
    Clinic c;
    KioskSettings& k = c.kiosk;
    std::string postedBy = "auto";
    const std::map<std::string, Setter> setters{
        {"payments.posted_by", textKey(postedBy)},
        {"clinic.name", textKey(c.name)},
        {"clinic.timezone", textKey(c.timeZone)},
        {"kiosk.languages", languagesKey(k.languages)},
        {"kiosk.idle_timeout_s", daysKey(k.idleTimeoutS, 10)},
        {"kiosk.countdown_s", daysKey(k.countdownS, 0)},
        {"kiosk.done_return_s", daysKey(k.doneReturnS, 1)},
        {"kiosk.max_failed_tries", daysKey(k.maxFailedTries, 1)},
        {"kiosk.lockout_s", daysKey(k.lockoutS, 0)},
        {"kiosk.logo", textKey(k.logo)},
        {"calls.answer_name", flagKey(c.answerCallerName)},
    };
    if (auto problem = applyKeys(*table, setters, origin))
        return fail(ErrorCode::BadInput, *problem);
    if (k.countdownS >= k.idleTimeoutS)
        return fail(ErrorCode::BadInput, keyError(origin, "kiosk.countdown_s",
                                                  "must be less than kiosk.idle_timeout_s"));
    if (c.name.empty())
        return fail(ErrorCode::BadInput, keyError(origin, "clinic.name", "must not be empty"));
    if (postedBy == "auto") {
        c.paymentsPostedBy = PaymentsPostedBy::Auto;
    } else if (postedBy == "frontdesk") {
        c.paymentsPostedBy = PaymentsPostedBy::FrontDesk;
    } else if (postedBy == "practice_system") {
        c.paymentsPostedBy = PaymentsPostedBy::PracticeSystem;
    } else {
        return fail(ErrorCode::BadInput, keyError(origin, "payments.posted_by",
                                                  "must be auto, frontdesk or practice_system"));
    }
    return c;
}

namespace {

Setter textListKey(std::vector<std::string>& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* list = n.as_array();
        if (!list) return "must be a list of text";
        std::vector<std::string> items;
        for (const auto& item : *list) {
            const auto* text = item.as_string();
            if (!text || text->get().empty()) return "must hold only non-empty text";
            items.push_back(text->get());
        }
        target = items;
        return std::nullopt;
    };
}

bool isSelectionBehavior(const std::string& text) {
    return text == "at-most-one" || text == "any";
}

Setter selectionBehaviorKey(std::string& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* s = n.as_string();
        if (!s || !isSelectionBehavior(s->get())) return "must be \"at-most-one\" or \"any\"";
        target = s->get();
        return std::nullopt;
    };
}

// A table of EHR issuers (quoted keys, their JWT "iss") to their selection behaviour.
Setter selectionByIssuerKey(std::map<std::string, std::string>& target) {
    return [&target](const toml::node& n) -> std::optional<std::string> {
        const auto* table = n.as_table();
        if (!table) return "must be a table of issuer = \"at-most-one\" or \"any\"";
        std::map<std::string, std::string> byIssuer;
        for (const auto& [issuer, value] : *table) {
            const auto* s = value.as_string();
            if (!s || !isSelectionBehavior(s->get()))
                return "\"" + std::string(issuer.str()) + "\" must be \"at-most-one\" or \"any\"";
            byIssuer.emplace(std::string(issuer.str()), s->get());
        }
        target = std::move(byIssuer);
        return std::nullopt;
    };
}

// Checks between keys: both TLS files or neither, a bounded pool, per-issuer settings only
// for allow-listed issuers (a typo would otherwise be silently ignored).
Result<HooksSettings> checkHooks(HooksSettings h, const std::string& origin) {
    if (h.tlsCertificate.empty() != h.tlsKey.empty())
        return fail(ErrorCode::BadInput,
                    keyError(origin, "hooks.tls_key", "and hooks.tls_certificate go together"));
    if (h.threads > 256)
        return fail(ErrorCode::BadInput, keyError(origin, "hooks.threads", "must be at most 256"));
    for (const auto& [issuer, behavior] : h.selectionBehaviorByIssuer)
        if (std::find(h.issuers.begin(), h.issuers.end(), issuer) == h.issuers.end())
            return fail(ErrorCode::BadInput,
                        keyError(origin, "hooks.selection_behavior_by_issuer",
                                 "names \"" + issuer + "\", which is not in hooks.issuers"));
    return h;
}

}  // namespace

const std::string& selectionBehaviorFor(const HooksSettings& hooks, const std::string& issuer) {
    const auto it = hooks.selectionBehaviorByIssuer.find(issuer);
    return it == hooks.selectionBehaviorByIssuer.end() ? hooks.selectionBehavior : it->second;
}

Result<HooksSettings> parseHooks(std::string_view text, const std::string& origin) {
    auto table = parseToml(text, origin);
    if (!table) return tl::unexpected(table.error());
    HooksSettings h;
    const std::map<std::string, Setter> setters{
        {"hooks.listen", textKey(h.listen)},
        {"hooks.public_url", textKey(h.publicUrl)},
        {"hooks.tls_certificate", textKey(h.tlsCertificate)},
        {"hooks.tls_key", textKey(h.tlsKey)},
        {"hooks.mrn_system", textKey(h.mrnSystem)},
        {"hooks.issuers", textListKey(h.issuers)},
        {"hooks.jwks_file", textKey(h.jwksFile)},
        {"hooks.jku_allow_list", textListKey(h.jkuAllowList)},
        {"hooks.jku_ca_file", textKey(h.jkuCaFile)},
        {"hooks.cors_origins", textListKey(h.corsOrigins)},
        {"hooks.fhir_servers", textListKey(h.fhirServers)},
        {"hooks.threads", daysKey(h.threads, 1)},
        {"hooks.timeout_s", daysKey(h.timeoutS, 1)},
        {"hooks.selection_behavior", selectionBehaviorKey(h.selectionBehavior)},
        {"hooks.selection_behavior_by_issuer", selectionByIssuerKey(h.selectionBehaviorByIssuer)},
    };
    if (auto problem = applyKeys(*table, setters, origin))
        return fail(ErrorCode::BadInput, *problem);
    return checkHooks(std::move(h), origin);
}

Result<FhirSettings> parseFhir(std::string_view text, const std::string& origin) {
    auto table = parseToml(text, origin);
    if (!table) return tl::unexpected(table.error());
    FhirSettings f;
    const std::map<std::string, Setter> setters{
        {"fhir.base_url", textKey(f.baseUrl)},
        {"fhir.token_file", textKey(f.tokenFile)},
        {"fhir.mrn_system", textKey(f.mrnSystem)},
        {"fhir.days_ahead", daysKey(f.daysAhead, 0)},
        {"fhir.page_size", daysKey(f.pageSize, 1)},
        {"fhir.connect_timeout_s", daysKey(f.connectTimeoutS, 1)},
        {"fhir.request_timeout_s", daysKey(f.requestTimeoutS, 1)},
        {"fhir.stall_timeout_s", daysKey(f.stallTimeoutS, 1)},
        {"fhir.max_body_mib", daysKey(f.maxBodyMiB, 1)},
        {"fhir.max_attempts", daysKey(f.maxAttempts, 1)},
        {"fhir.push_checkins", flagKey(f.pushCheckins)},
    };
    if (auto problem = applyKeys(*table, setters, origin))
        return fail(ErrorCode::BadInput, *problem);
    if (f.mrnSystem.empty())
        return fail(ErrorCode::BadInput, keyError(origin, "fhir.mrn_system", "must not be empty"));
    if (f.pageSize > 1000)
        return fail(ErrorCode::BadInput,
                    keyError(origin, "fhir.page_size", "must be at most 1000"));
    if (f.maxBodyMiB > 1024)
        return fail(ErrorCode::BadInput,
                    keyError(origin, "fhir.max_body_mib", "must be at most 1024"));
    if (f.maxAttempts > 10)
        return fail(ErrorCode::BadInput,
                    keyError(origin, "fhir.max_attempts", "must be at most 10"));
    if (!f.baseUrl.empty() && f.baseUrl.rfind("https://", 0) != 0 &&
        f.baseUrl.rfind("http://", 0) != 0)
        return fail(ErrorCode::BadInput,
                    keyError(origin, "fhir.base_url", "must be an https:// URL"));
    return f;
}

Result<Config> loadConfig(const std::filesystem::path& policyPath) {
    Config config;
    if (policyPath.empty()) return config;
    auto policyText = readFile(policyPath);
    if (!policyText) return tl::unexpected(policyText.error());
    auto policy = parsePolicy(*policyText, policyPath.filename().string());
    if (!policy) return tl::unexpected(policy.error());
    config.policy = *policy;
    const auto clinicPath = policyPath.parent_path() / "clinic.toml";
    if (std::filesystem::exists(clinicPath)) {
        auto clinicText = readFile(clinicPath);
        if (!clinicText) return tl::unexpected(clinicText.error());
        auto clinic = parseClinic(*clinicText, clinicPath.filename().string());
        if (!clinic) return tl::unexpected(clinic.error());
        config.clinic = *clinic;
        std::string& logo = config.clinic.kiosk.logo;  // relative to clinic.toml's folder
        if (!logo.empty() && std::filesystem::path(logo).is_relative())
            logo = (clinicPath.parent_path() / logo).string();
    }
    const auto hooksPath = policyPath.parent_path() / "hooks.toml";
    if (std::filesystem::exists(hooksPath)) {
        auto hooksText = readFile(hooksPath);
        if (!hooksText) return tl::unexpected(hooksText.error());
        auto hooks = parseHooks(*hooksText, hooksPath.filename().string());
        if (!hooks) return tl::unexpected(hooks.error());
        config.hooks = *hooks;
        for (std::string* file : {&config.hooks.tlsCertificate, &config.hooks.tlsKey,
                                  &config.hooks.jwksFile, &config.hooks.jkuCaFile})
            if (!file->empty() && std::filesystem::path(*file).is_relative())
                *file = (hooksPath.parent_path() / *file).string();
    }
    const auto fhirPath = policyPath.parent_path() / "fhir.toml";
    if (std::filesystem::exists(fhirPath)) {
        auto fhirText = readFile(fhirPath);
        if (!fhirText) return tl::unexpected(fhirText.error());
        auto fhir = parseFhir(*fhirText, fhirPath.filename().string());
        if (!fhir) return tl::unexpected(fhir.error());
        config.fhir = *fhir;
        std::string& token = config.fhir.tokenFile;
        if (!token.empty() && std::filesystem::path(token).is_relative())
            token = (fhirPath.parent_path() / token).string();
    }
    return config;
}

bool deskPostsPayments(const Config& config) {
    switch (config.clinic.paymentsPostedBy) {
        case PaymentsPostedBy::FrontDesk:
            return true;
        case PaymentsPostedBy::PracticeSystem:
            return false;
        case PaymentsPostedBy::Auto:
            break;
    }
    return config.fhir.baseUrl.empty();
}

}  // namespace frontdesk
