#include "frontdesk/store/patient_search.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "frontdesk/store/checkin.h"
#include "frontdesk/domain/phone.h"
#include "store/store_impl.h"

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
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (std::string_view(" +-().").find(c) == std::string_view::npos) return false;
    }
    return digits >= 7;
}

// Keys start with the prefix: [prefix, prefix + 0xFF) in SQLite's byte order.
std::string upperBound(const std::string& prefix) { return prefix + '\xff'; }

// The columns readPatient reads, then the two name keys, for every search statement. A macro
// so that each statement is one string literal, built once by the compiler.
#define FOUND_COLUMNS                                                                     \
    "SELECT p.mrn, p.family_name, p.given_name, p.birth_date, p.phone_digits, p.language," \
    " COALESCE(g.mrn, ''), p.family_key, p.given_key FROM patient p"                       \
    " LEFT JOIN patient g ON g.id = p.guarantor_id "

struct Found {
    Patient patient;
    std::string familyKey, givenKey;
};

void collect(sqlite::Statement& q, std::vector<Found>& out) {
    while (q.step()) out.push_back({readPatient(q), q.getText(7), q.getText(8)});
    q.reset();
}

bool matchesAll(const Found& f, const std::vector<std::string>& parts) {
    return std::all_of(parts.begin(), parts.end(), [&f](const std::string& part) {
        return f.familyKey.starts_with(part) || f.givenKey.starts_with(part);
    });
}

// The patients every name part begins the family or given name of. The longest part narrows
// most: its range on either name key is read in key order and the other parts filter; a short
// first part over a million patients reads at most `scan` rows a key. True when a range was cut
// at `scan` rows with several parts, so that matches may be missing.
bool findByName(Store::Impl& s, const std::vector<std::string>& parts, std::int64_t fetch,
                std::vector<Found>& found) {
    const std::string& widest = *std::max_element(
        parts.begin(), parts.end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    const std::int64_t scan = parts.size() == 1 ? fetch : std::max<std::int64_t>(fetch, 5000);
    auto& family = s.statement(FOUND_COLUMNS "WHERE p.family_key >= ? AND p.family_key < ?"
                                             " ORDER BY p.family_key LIMIT ?");
    family.bind(1, widest).bind(2, upperBound(widest)).bind(3, scan);
    std::vector<Found> candidates;
    collect(family, candidates);
    const std::size_t fromFamily = candidates.size();
    auto& given = s.statement(FOUND_COLUMNS "WHERE p.given_key >= ? AND p.given_key < ?"
                                            " ORDER BY p.given_key LIMIT ?");
    given.bind(1, widest).bind(2, upperBound(widest)).bind(3, scan);
    collect(given, candidates);
    std::set<std::string> seen;
    for (auto& c : candidates)
        if (matchesAll(c, parts) && seen.insert(c.patient.mrn).second) found.push_back(std::move(c));
    const auto cut = static_cast<std::size_t>(scan);
    return parts.size() > 1 && (fromFamily == cut || candidates.size() - fromFamily == cut);
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
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',') flush();
        else word += c;
    }
    flush();
    if (!q.nameParts.empty()) q.kind = PatientQuery::Kind::Name;
    return q;
}

Result<PatientSearchResult> searchPatients(Store& store, const PatientQuery& query,
                                           std::size_t limit) {
    return guarded("search patients", [&]() -> Result<PatientSearchResult> {
        Store::Impl& s = store.impl();
        PatientSearchResult result;
        if (query.kind == PatientQuery::Kind::Empty) return result;
        ReadSnapshot snapshot(s);
        std::vector<Found> exact;
        auto& byMrn = s.statement(FOUND_COLUMNS "WHERE p.mrn = ?");
        byMrn.bind(1, query.mrn);
        collect(byMrn, exact);

        std::vector<Found> found;
        // One row more than the limit says whether there were more.
        const auto fetch = static_cast<std::int64_t>(limit + 1);
        switch (query.kind) {
            case PatientQuery::Kind::Empty:
                break;
            case PatientQuery::Kind::BirthDate: {
                auto& q = s.statement(FOUND_COLUMNS "WHERE p.birth_date = ?"
                                                    " ORDER BY p.family_key, p.given_key LIMIT ?");
                q.bind(1, query.birthDate.iso()).bind(2, fetch);
                collect(q, found);
                break;
            }
            case PatientQuery::Kind::Phone: {
                auto& q = s.statement(FOUND_COLUMNS "WHERE p.phone_digits = ?"
                                                    " ORDER BY p.family_key, p.given_key LIMIT ?");
                q.bind(1, query.phoneDigits).bind(2, fetch);
                collect(q, found);
                break;
            }
            case PatientQuery::Kind::Name:
                if (findByName(s, query.nameParts, fetch, found)) result.truncated = true;
                break;
        }
        std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            if (a.familyKey != b.familyKey) return a.familyKey < b.familyKey;
            if (a.givenKey != b.givenKey) return a.givenKey < b.givenKey;
            return a.patient.birthDate < b.patient.birthDate;
        });
        for (auto& f : exact) result.patients.push_back(std::move(f.patient));
        for (auto& f : found) {
            if (!exact.empty() && f.patient.mrn == exact.front().patient.mrn) continue;
            if (result.patients.size() == limit) {
                result.truncated = true;
                break;
            }
            result.patients.push_back(std::move(f.patient));
        }
        return result;
    });
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
