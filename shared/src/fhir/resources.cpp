#include "frontdesk/fhir/resources.h"

#include <algorithm>
#include <cctype>

#include "frontdesk/domain/phone.h"

namespace frontdesk {
namespace {

using nlohmann::json;

// The text of a string member, or "".
std::string text(const json& object, const char* key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

const json& member(const json& object, const char* key) {
    static const json kNull;
    if (!object.is_object()) return kNull;
    const auto it = object.find(key);
    return it != object.end() ? *it : kNull;
}

// The items of an array member (none for anything else).
const json& items(const json& object, const char* key) {
    static const json kEmpty = json::array();
    const json& m = member(object, key);
    return m.is_array() ? m : kEmpty;
}

bool hasCode(const json& codeable, const std::string& code) {
    for (const auto& coding : items(codeable, "coding"))
        if (text(coding, "code") == code) return true;
    return text(codeable, "text") == code;
}

std::string firstCode(const json& codeable) {
    for (const auto& coding : items(codeable, "coding"))
        if (!text(coding, "code").empty()) return text(coding, "code");
    return text(codeable, "text");
}

Mapped<std::string> requiredId(const json& resource, const char* type) {
    if (!resource.is_object() || text(resource, "resourceType") != type)
        return tl::unexpected(std::string("not a ") + type + " resource");
    const std::string id = text(resource, "id");
    if (id.empty()) return tl::unexpected(std::string("no id"));
    return id;
}

// The name to use: official, else usual, else one without a use.
const json* chosenName(const json& patient) {
    for (const char* use : {"official", "usual", ""})
        for (const auto& name : items(patient, "name"))
            if (text(name, "use") == use) return &name;
    return nullptr;
}

std::string bestPhone(const json& patient) {
    std::vector<std::pair<std::int64_t, std::string>> phones;  // rank, digits
    for (const auto& t : items(patient, "telecom")) {
        if (text(t, "system") != "phone" || text(t, "use") == "old") continue;
        if (!text(member(t, "period"), "end").empty()) continue;  // no longer in use
        auto digits = phoneDigits(text(t, "value"));
        if (!digits || digits->empty()) continue;
        const json& rank = member(t, "rank");
        phones.emplace_back(rank.is_number_integer() ? rank.get<std::int64_t>() : 1'000'000,
                            *digits);
    }
    std::stable_sort(phones.begin(), phones.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return phones.empty() ? "" : phones.front().second;
}

std::string preferredLanguage(const json& patient) {
    const json* chosen = nullptr;
    for (const auto& c : items(patient, "communication"))
        if (!chosen || (member(c, "preferred").is_boolean() && member(c, "preferred").get<bool>()))
            chosen = &c;
    if (!chosen) return "en";
    std::string code = firstCode(member(*chosen, "language"));
    code = code.substr(0, code.find_first_of("-_"));
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return parseLanguage(code) ? code : "en";
}

}  // namespace

std::string referenceId(const json& reference, const std::string& type) {
    std::string ref = text(reference, "reference");
    if (const auto history = ref.find("/_history/"); history != std::string::npos)
        ref.erase(history);
    const auto slash = ref.rfind('/');
    if (slash == std::string::npos || slash + 1 == ref.size()) return "";
    const auto typeStart = ref.rfind('/', slash - 1);
    const std::string refType =
        ref.substr(typeStart == std::string::npos ? 0 : typeStart + 1,
                   slash - (typeStart == std::string::npos ? 0 : typeStart + 1));
    return refType == type ? ref.substr(slash + 1) : "";
}

std::string lastUpdatedOf(const json& resource) {
    return text(member(resource, "meta"), "lastUpdated");
}

Mapped<Cents> fhirMoney(const json& value) {
    std::string t;
    if (value.is_string()) {
        t = value.get<std::string>();
    } else if (value.is_number_integer()) {
        t = std::to_string(value.get<std::int64_t>());
    } else {
        return tl::unexpected(std::string("the amount is missing or not a number"));
    }
    const std::size_t start = !t.empty() && t[0] == '-' ? 1 : 0;
    const auto dot = t.find('.');
    const bool plain =
        t.size() > start &&
        std::all_of(
            t.begin() + static_cast<std::ptrdiff_t>(start), t.end(),
            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }) &&
        std::count(t.begin(), t.end(), '.') <= 1 && dot != start && dot + 1 != t.size();
    if (plain && dot != std::string::npos)
        while (t.size() - dot > 3 && t.back() == '0') t.pop_back();  // "12.500" is exact
    auto cents = plain ? parseMoney(t) : Result<Cents>(fail(ErrorCode::BadInput, ""));
    // The amount itself stays out of the message: reasons end up in logs.
    if (!cents) return tl::unexpected(std::string("the amount is not a decimal in whole cents"));
    return *cents;
}

Mapped<EhrPatient> patientFromFhir(const json& resource, const FhirMapping& mapping) {
    auto id = requiredId(resource, "Patient");
    if (!id) return tl::unexpected(id.error());
    EhrPatient out;
    out.ehrId = *id;
    for (const auto& identifier : items(resource, "identifier"))
        if (text(identifier, "system") == mapping.mrnSystem)
            out.patient.mrn = text(identifier, "value");
    if (out.patient.mrn.empty())
        return tl::unexpected("no identifier with system " + mapping.mrnSystem);
    const json* name = chosenName(resource);
    if (!name || text(*name, "family").empty())
        return tl::unexpected(std::string("no official or usual name with a family name"));
    out.patient.familyName = text(*name, "family");
    for (const auto& given : items(*name, "given"))
        if (given.is_string()) {
            out.patient.givenName = given.get<std::string>();
            break;
        }
    const std::string birth = text(resource, "birthDate");
    auto birthDate = parseDate(birth);
    if (!birthDate)
        return tl::unexpected(birth.empty() ? std::string("no birthDate")
                                            : "birthDate is not a full date");
    out.patient.birthDate = *birthDate;
    out.patient.phoneDigits = bestPhone(resource);
    out.patient.language = preferredLanguage(resource);
    return out;
}

namespace {

// FHIR Appointment.status to the core's; nullopt for one that is not a booked time.
std::optional<AppointmentStatus> appointmentStatus(const std::string& status) {
    if (status == "booked") return AppointmentStatus::Booked;
    if (status == "arrived") return AppointmentStatus::Arrived;
    if (status == "checked-in") return AppointmentStatus::CheckedIn;
    if (status == "fulfilled") return AppointmentStatus::Fulfilled;
    if (status == "cancelled" || status == "entered-in-error") return AppointmentStatus::Cancelled;
    if (status == "noshow") return AppointmentStatus::NoShow;
    return std::nullopt;
}

}  // namespace

bool notABookedTime(const json& appointment) {
    const std::string status = text(appointment, "status");
    return status == "proposed" || status == "pending" || status == "waitlist";
}

Mapped<FhirAppointment> appointmentFromFhir(const json& resource, const FhirMapping& mapping) {
    auto id = requiredId(resource, "Appointment");
    if (!id) return tl::unexpected(id.error());
    const std::string statusText = text(resource, "status");
    const auto status = appointmentStatus(statusText);
    if (!status)
        return tl::unexpected(statusText.empty()
                                  ? std::string("no status")
                                  : "status '" + statusText + "' is not a booked time");
    const std::string startText = text(resource, "start");
    if (startText.empty()) return tl::unexpected(std::string("no start"));
    auto start = localStart(startText, mapping.timeZone);
    if (!start) return tl::unexpected(start.error());
    FhirAppointment out;
    Appointment& a = out.appointment.appointment;
    a.id = *id;
    a.start = *start;
    a.status = *status;
    const json& minutes = member(resource, "minutesDuration");
    a.durationMin = minutes.is_number_integer() ? minutes.get<int>()
                                                : minutesBetween(startText, text(resource, "end"));
    for (const auto& participant : items(resource, "participant")) {
        const json& actor = member(participant, "actor");
        if (out.patientId.empty()) out.patientId = referenceId(actor, "Patient");
        if (a.provider.empty() && !referenceId(actor, "Practitioner").empty())
            a.provider = text(actor, "display");
        if (a.location.empty() && !referenceId(actor, "Location").empty())
            a.location = text(actor, "display");
    }
    if (out.patientId.empty()) return tl::unexpected(std::string("no Patient participant"));
    const std::string version = text(member(resource, "meta"), "versionId");
    out.appointment.etag = version.empty() ? "" : "W/\"" + version + "\"";
    return out;
}

namespace {

// Days past due of a balance term: current 0, "30" 30 and so on.
std::optional<int> termDays(const json& term) {
    const std::string code = firstCode(term);
    if (code.empty() || code == "current") return 0;
    for (int days : {30, 60, 90, 120})
        if (code == std::to_string(days)) return days;
    return std::nullopt;
}

struct BalanceLine {
    const json* aggregate = nullptr;
    const json* term = nullptr;
    const json* estimate = nullptr;
    const json* amount = nullptr;
};

// The balances an account states: R5 Account.balance, or the R4 cross-version extension.
std::vector<BalanceLine> balanceLines(const json& account) {
    std::vector<BalanceLine> lines;
    for (const auto& b : items(account, "balance"))
        lines.push_back({&member(b, "aggregate"), &member(b, "term"), &member(b, "estimate"),
                         &member(b, "amount")});
    for (const auto& ext : items(account, "extension")) {
        if (text(ext, "url") != kXverAccountBalance) continue;
        BalanceLine line{&member(ext, "none"), &member(ext, "none"), &member(ext, "none"),
                         &member(ext, "none")};
        for (const auto& part : items(ext, "extension")) {
            const std::string url = text(part, "url");
            if (url == "aggregate") line.aggregate = &member(part, "valueCodeableConcept");
            if (url == "term") line.term = &member(part, "valueCodeableConcept");
            if (url == "estimate") line.estimate = &member(part, "valueBoolean");
            if (url == "amount") line.amount = &member(part, "valueMoney");
        }
        lines.push_back(line);
    }
    return lines;
}

Mapped<Cents> moneyIn(const json& money, const std::string& currency) {
    const std::string code = text(money, "currency");
    if (!code.empty() && code != currency)
        return tl::unexpected("currency " + code + " is not the clinic's " + currency);
    return fhirMoney(member(money, "value"));
}

// The patient's part of the balance, by age; nullopt when the account states none.
Mapped<std::optional<std::vector<BalanceByAge>>> patientBalance(const json& account,
                                                                const FhirMapping& mapping) {
    std::optional<std::vector<BalanceByAge>> parts;
    for (const BalanceLine& line : balanceLines(account)) {
        if (!hasCode(*line.aggregate, "patient")) continue;
        if (line.estimate->is_boolean() && line.estimate->get<bool>()) continue;
        const auto days = termDays(*line.term);
        if (!days) return tl::unexpected("balance term '" + firstCode(*line.term) + "' is unknown");
        auto amount = moneyIn(*line.amount, mapping.currency);
        if (!amount) return tl::unexpected("patient balance: " + amount.error());
        if (!parts) parts.emplace();
        parts->push_back({*days, *amount});
    }
    if (parts || !hasCode(member(account, "type"), "guarantor-balance")) return parts;
    for (const auto& ext : items(account, "extension")) {  // Oracle Health (Cerner) Millennium
        if (text(ext, "url") != kOracleAccountBalance) continue;
        auto amount = moneyIn(member(ext, "valueMoney"), mapping.currency);
        if (!amount) return tl::unexpected("account-balance: " + amount.error());
        parts = std::vector<BalanceByAge>{{0, *amount}};
    }
    return parts;
}

std::string calculatedAt(const json& account, Date asOf) {
    if (std::string at = text(account, "calculatedAt"); !at.empty()) return at;
    for (const auto& ext : items(account, "extension"))
        if (text(ext, "url") == kXverAccountCalculatedAt && !text(ext, "valueInstant").empty())
            return text(ext, "valueInstant");
    if (std::string updated = lastUpdatedOf(account); !updated.empty()) return updated;
    return "as-of-" + asOf.iso();
}

}  // namespace

Mapped<FhirAccount> accountFromFhir(const json& resource, const FhirMapping& mapping) {
    auto id = requiredId(resource, "Account");
    if (!id) return tl::unexpected(id.error());
    FhirAccount out;
    out.id = *id;
    const json& subject = member(resource, "subject");
    if (subject.is_array()) {
        for (const auto& s : subject)
            if (out.patientId.empty()) out.patientId = referenceId(s, "Patient");
    } else {
        out.patientId = referenceId(subject, "Patient");  // R3 and earlier: one subject
    }
    out.partOf = referenceId(member(resource, "partOf"), "Account");
    auto balance = patientBalance(resource, mapping);
    if (!balance) return tl::unexpected(balance.error());
    out.patientBalance = std::move(*balance);
    out.calculatedAt = calculatedAt(resource, mapping.asOf);
    if (out.patientBalance && out.patientId.empty() && out.partOf.empty())
        return tl::unexpected(std::string("a patient balance without subject or partOf"));
    return out;
}

}  // namespace frontdesk
