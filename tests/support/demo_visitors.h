#pragma once

// Who visits a clinic on a day, by prompt state: the patients the front ends' tests, the
// benchmarks and the screenshot tools drive through the kiosk and the desk. Everything is read
// without auditing: finding a patient for a test writes no lookup.

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk::test {

// A patient on a day: who they are, their appointment that day and their prompt.
struct DemoVisitor {
    std::string mrn;
    std::string familyName;
    std::string givenName;
    Date birthDate;
    std::string appointmentId;  // the code printed on the reminder; "" when not booked that day
    std::string time;           // "HH:MM"; "" when not booked that day
    std::string provider;
    PromptState state = PromptState::None;
    bool inCooldown = false;  // the desk's prompt is in its cooldown (never the kiosk's)
};

// Every booked appointment of the day in the day's order (start, then id), one visitor each
// (a patient booked twice appears twice), with the desk's prompt. Fails with the store's
// error.
Result<std::vector<DemoVisitor>> bookedVisitors(Store& store, Date day);

// The booked patients of the day whom the kiosk identifies by family name and birth date
// alone, so that no test meets the twins' or the several-appointments screens by accident:
// one appointment that day, and nobody else with the same family name (as the kiosk folds it)
// and birth date. In the day's order, with the kiosk's prompt.
Result<std::vector<DemoVisitor>> kioskVisitors(Store& store, Date day);

// Everyone the desk may look up on the day: the patients with an open balance and the day's
// patients (of any appointment status), by MRN, with the desk's prompt. The appointment is
// the patient's first booked one of the day, if any.
Result<std::vector<DemoVisitor>> deskPatients(Store& store, Date day);

// Adds a new patient whose prompt on `day` is in `state` and, with `inCooldown`, in the
// desk's cooldown (an owed state only), booked on `day` at 16:00 with Dr. Quinn (except in
// credit_on_file, which a visit that day would turn into credit_apply_next_visit). Their
// family name and birth date are nobody else's. Fails with BadInput when the state cannot be
// made (a cooldown on a state that is not owed), else with the store's error.
Result<DemoVisitor> makeVisitor(Store& store, Date day, PromptState state, bool inCooldown = false);

// Visitors handed out once each: a test that records an outcome or checks a patient in
// changes that patient, so no other test gets them.
class DemoVisitors {
public:
    DemoVisitors() = default;
    explicit DemoVisitors(std::vector<DemoVisitor> visitors);

    // The next unused visitor in `state` and not in a cooldown; nullopt when none is left.
    std::optional<DemoVisitor> take(PromptState state);
    // The next unused visitor in a cooldown; nullopt when none is left.
    std::optional<DemoVisitor> takeInCooldown();

    // The same, or when none is left a new patient made in that state (makeVisitor), so that
    // a test never depends on the demo happening to have one.
    Result<DemoVisitor> takeOrMake(Store& store, Date day, PromptState state);
    Result<DemoVisitor> takeOrMakeInCooldown(Store& store, Date day);

private:
    std::deque<DemoVisitor> m_unused;
};

// The 8 digits of a birth date as the kiosk's keypad takes them: MMDDYYYY, or DDMMYYYY.
std::string birthDigitsMdy(Date birthDate);
std::string birthDigitsDmy(Date birthDate);

}  // namespace frontdesk::test
