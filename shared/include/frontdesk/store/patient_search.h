#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/domain/date.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

// How a typed birth date with slashes or dots is read: "03/07/1984" is 7 March in
// MonthFirst (en) and 3 July in DayFirst (es, ro). ISO dates ("1984-03-07") read the same in both.
enum class DateOrder { MonthFirst, DayFirst };

// What the desk's search box holds, read as the receptionist meant it: a birth date, a phone
// number in any format, or name prefixes ("smi jo", "Muñoz"). Any text is also tried as an
// MRN, exactly.
struct PatientQuery {
    enum class Kind { Empty, Name, BirthDate, Phone };
    Kind kind = Kind::Empty;
    std::string mrn;                     // the trimmed text, tried as an MRN
    std::vector<std::string> nameParts;  // folded (foldName), each a prefix of a name
    Date birthDate;
    std::string phoneDigits;
};

PatientQuery parsePatientQuery(std::string_view text, DateOrder order);

struct PatientSearchResult {
    std::vector<Patient> patients;  // the exact MRN first, then by family and given name
    bool truncated = false;         // more matched than the limit
};

// Finds patients by index only (no scan of the patient table): the exact MRN, the birth
// date, the phone digits, or every name part a prefix of the folded family or given name.
Result<PatientSearchResult> searchPatients(Store& store, const PatientQuery& query,
                                           std::size_t limit = 50);

// The patients whose phone is this number (any format); an incoming call.
Result<std::vector<Patient>> patientsByPhone(Store& store, std::string_view number);

}  // namespace frontdesk
