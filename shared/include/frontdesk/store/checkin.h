#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk {

// A name folded for matching what a patient types: lower case, accents removed, and only
// letters and digits kept ("  Muñoz-Peña " and "munozpena" fold alike; "Ștefănescu" to
// "stefanescu"). Letters outside Latin-1 and Latin Extended-A are kept as they are.
std::string foldName(std::string_view name);

// A patient who may be checking in, with their appointments of the day that can still be
// checked in (booked or arrived), earliest first.
struct CheckinCandidate {
    Patient patient;
    std::vector<Appointment> today;
};

// The patients whose family name folds to the same text as `familyName` and who were born on
// `birthDate`, that have an appointment on `day`. Two identifiers must match: an empty list
// says nothing about which one did not.
Result<std::vector<CheckinCandidate>> matchByName(Store& store, std::string_view familyName,
                                                  Date birthDate, Date day);

// The patient whose appointment code (the appointment id printed on the reminder; case and
// surrounding spaces ignored) is for `day` and who was born on `birthDate`.
Result<std::vector<CheckinCandidate>> matchByCode(Store& store, std::string_view code,
                                                  Date birthDate, Date day);

// The candidate's appointments of the day not yet checked in (booked), earliest first; empty
// when every one of them is checked in already.
std::vector<Appointment> stillToCheckIn(const CheckinCandidate& candidate);

// Keeps the candidates whose given name starts with `initial` (folded), for twins.
std::vector<CheckinCandidate> narrowByInitial(const std::vector<CheckinCandidate>& candidates,
                                              std::string_view initial);

}  // namespace frontdesk
