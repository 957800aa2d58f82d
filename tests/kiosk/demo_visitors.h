#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>

#include "frontdesk/store/store.h"

namespace frontdesk::kiosk::test {

// A demo patient who can check in once on the test day, and what the kiosk will show them.
struct DemoVisitor {
    std::string mrn;
    std::string familyName;
    std::string givenName;
    Date birthDate;
    std::string appointmentId;  // the code printed on the reminder
    std::string time;           // "HH:MM"
    std::string provider;
};

// The demo clinic's patients of one day, by kiosk prompt state, each handed out once: a
// check-in marks the appointment arrived and records an outcome, so a patient serves one test.
// Only patients with exactly one appointment that day and a (family name, birth date) no
// other patient shares are kept, so that no test meets the twins' or the several-appointments
// screens by accident.
class DemoVisitors {
public:
    // Reads the day's booked appointments and each patient's kiosk prompt. Fails with the
    // store's error.
    static Result<DemoVisitors> read(Store& store, Date day);

    // The next unused visitor whose prompt state is `state`, or nullopt when none is left.
    std::optional<DemoVisitor> take(PromptState state);

private:
    std::map<PromptState, std::deque<DemoVisitor>> m_unused;
};

}  // namespace frontdesk::kiosk::test
