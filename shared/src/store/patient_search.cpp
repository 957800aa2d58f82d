#include "frontdesk/store/patient_search.h"

#include <cctype>
#include <charconv>
#include <cstdio>

#include "frontdesk/domain/phone.h"
#include "frontdesk/store/checkin.h"

namespace frontdesk {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::optional<int> number(std::string_view s) {
    int v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

// "03/07/1984", "3.7.1984", "1984-03-07".
std::optional<Date> typedDate(std::string_view s, DateOrder order) {
    if (auto iso = parseDate(s)) return *iso;
    const auto sep = s.find_first_of("/.");
    if (sep == std::string_view::npos) return std::nullopt;
    const char mark = s[sep];
    const auto sep2 = s.find(mark, sep + 1);
    if (sep2 == std::string_view::npos || s.find(mark, sep2 + 1) != std::string_view::npos)
        return std::nullopt;
    const auto a = number(s.substr(0, sep));
    const auto b = number(s.substr(sep + 1, sep2 - sep - 1));
    const std::string_view yearText = s.substr(sep2 + 1);
    const auto year = number(yearText);
    if (!a || !b || !year || yearText.size() != 4) return std::nullopt;
    const int month = order == DateOrder::MonthFirst ? *a : *b;
    const int day = order == DateOrder::MonthFirst ? *b : *a;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, month, day);
    auto d = parseDate(iso);
    return d ? std::optional<Date>(*d) : std::nullopt;
}

bool looksLikePhone(std::string_view s) {
    int digits = 0;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else if (std::string_view(" +-().").find(c) == std::string_view::npos)
            return false;
    }
    return digits >= 7;
}

}  // namespace

PatientQuery parsePatientQuery(std::string_view text, DateOrder order) {
    PatientQuery q;
    text = trim(text);
    if (text.empty()) return q;
    q.mrn = std::string(text);
    if (auto d = typedDate(text, order)) {
        q.kind = PatientQuery::Kind::BirthDate;
        q.birthDate = *d;
        return q;
    }
    if (looksLikePhone(text)) {
        if (auto digits = phoneDigits(text)) {
            q.kind = PatientQuery::Kind::Phone;
            q.phoneDigits = *digits;
            return q;
        }
    }
    std::string word;
    const auto flush = [&] {
        if (std::string folded = foldName(word); !folded.empty()) q.nameParts.push_back(folded);
        word.clear();
    };
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',')
            flush();
        else
            word += c;
    }
    flush();
    if (!q.nameParts.empty()) q.kind = PatientQuery::Kind::Name;
    return q;
}

Result<PatientSearchResult> searchPatients(Store& store, const PatientQuery& query,
                                           std::size_t limit) {
    return store.searchPatients(query, limit);
}

Result<std::vector<Patient>> patientsByPhone(Store& store, std::string_view number) {
    auto digits = phoneDigits(number);
    if (!digits) return tl::unexpected(digits.error());
    if (digits->empty()) return fail(ErrorCode::BadInput, "no phone number");
    PatientQuery q;
    q.kind = PatientQuery::Kind::Phone;
    q.phoneDigits = *digits;
    auto found = searchPatients(store, q, 20);
    if (!found) return tl::unexpected(found.error());
    return std::move(found->patients);
}

}  // namespace frontdesk
