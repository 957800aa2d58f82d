// Store: the desk's patient search, by index only (patient_search.h says what it finds).
#include <algorithm>
#include <set>

#include "frontdesk/store/patient_search.h"
#include "store/store_impl.h"

namespace frontdesk {
namespace {

// Keys start with the prefix: [prefix, prefix + 0xFF) in SQLite's byte order.
std::string upperBound(const std::string& prefix) {
    return prefix + '\xff';
}

// The columns readPatient reads, then the two name keys, for every search statement. A macro
// so that each statement is one string literal, built once by the compiler.
#define FOUND_COLUMNS                                                                      \
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
    auto& family = s.statement(FOUND_COLUMNS
                               "WHERE p.family_key >= ? AND p.family_key < ?"
                               " ORDER BY p.family_key LIMIT ?");
    family.bind(1, widest).bind(2, upperBound(widest)).bind(3, scan);
    std::vector<Found> candidates;
    collect(family, candidates);
    const std::size_t fromFamily = candidates.size();
    auto& given = s.statement(FOUND_COLUMNS
                              "WHERE p.given_key >= ? AND p.given_key < ?"
                              " ORDER BY p.given_key LIMIT ?");
    given.bind(1, widest).bind(2, upperBound(widest)).bind(3, scan);
    collect(given, candidates);
    std::set<std::string> seen;
    for (auto& c : candidates)
        if (matchesAll(c, parts) && seen.insert(c.patient.mrn).second)
            found.push_back(std::move(c));
    const auto cut = static_cast<std::size_t>(scan);
    return parts.size() > 1 && (fromFamily == cut || candidates.size() - fromFamily == cut);
}

// The patients the query's birth date, phone or name parts find, at most `fetch` for a date
// or a phone. True when the name search may have missed some (findByName).
bool findByQuery(Store::Impl& s, const PatientQuery& query, std::int64_t fetch,
                 std::vector<Found>& found) {
    switch (query.kind) {
        case PatientQuery::Kind::Empty:
            break;
        case PatientQuery::Kind::BirthDate: {
            auto& q = s.statement(FOUND_COLUMNS
                                  "WHERE p.birth_date = ?"
                                  " ORDER BY p.family_key, p.given_key LIMIT ?");
            q.bind(1, query.birthDate.iso()).bind(2, fetch);
            collect(q, found);
            break;
        }
        case PatientQuery::Kind::Phone: {
            auto& q = s.statement(FOUND_COLUMNS
                                  "WHERE p.phone_digits = ?"
                                  " ORDER BY p.family_key, p.given_key LIMIT ?");
            q.bind(1, query.phoneDigits).bind(2, fetch);
            collect(q, found);
            break;
        }
        case PatientQuery::Kind::Name:
            return findByName(s, query.nameParts, fetch, found);
    }
    return false;
}

// The exact MRN first, then the others by family name, given name and birth date, at most
// `limit` of them.
void rank(std::vector<Found>& exact, std::vector<Found>& found, std::size_t limit,
          PatientSearchResult& result) {
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.familyKey != b.familyKey) return a.familyKey < b.familyKey;
        if (a.givenKey != b.givenKey) return a.givenKey < b.givenKey;
        return a.patient.birthDate < b.patient.birthDate;
    });
    // Kept before the exact match's patient is moved into the result.
    const std::string exactMrn = exact.empty() ? std::string() : exact.front().patient.mrn;
    for (auto& f : exact) result.patients.push_back(std::move(f.patient));
    for (auto& f : found) {
        if (!exact.empty() && f.patient.mrn == exactMrn) continue;
        if (result.patients.size() == limit) {
            result.truncated = true;
            break;
        }
        result.patients.push_back(std::move(f.patient));
    }
}

}  // namespace

Result<PatientSearchResult> Store::searchPatients(const PatientQuery& query, std::size_t limit) {
    return guarded("search patients", [&]() -> Result<PatientSearchResult> {
        Impl& s = *m_impl;
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
        if (findByQuery(s, query, fetch, found)) result.truncated = true;
        rank(exact, found, limit, result);
        return result;
    });
}

}  // namespace frontdesk
