#pragma once

// The check-in flow of a kiosk station, as the clinic server runs it for kiosks on other
// machines (docs/station-api.md): identify with two identifiers, check in one of the day's
// appointments, answer the kiosk prompt. Everything the flow remembers between requests (the
// visit behind a handle, the kiosk's lock-out) lives in the database, so any server process on
// it answers alike. A kiosk sees the first name and the day's appointments, never the family
// name, birth date, MRN or an amount beyond its prompt.

#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/config/config.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct KioskIdentifyRequest {
    std::string familyName;       // with the birth date, or
    std::string appointmentCode;  // with the birth date
    Date birthDate;
    std::string givenInitial;  // twins: the first letter of the given name
};

struct KioskAppointmentView {
    std::string id;
    std::string start;  // "YYYY-MM-DDTHH:MM", clinic time
    std::string provider;
    std::string location;
};

struct KioskIdentified {
    enum class Kind {
        Found,       // handle, first name, the appointments still to check in
        NotFound,    // no patient with both identifiers (the same for every miss)
        AskInitial,  // two patients match (twins): ask again with the given name's initial
        LockedOut,   // too many misses: retryAfterS
    };
    Kind kind = Kind::NotFound;
    std::string handle;
    std::string firstName;
    // Not yet checked in, earliest first; empty when every one of the day's is checked in.
    std::vector<KioskAppointmentView> appointments;
    UnixSeconds retryAfterS = 0;
};

// What the kiosk shows after a check-in: nothing (remind false), or the balance step.
struct KioskPromptView {
    bool remind = false;
    PromptState state = PromptState::None;
    // "small", "due", "credit" (the patient decides) or "credit_at_desk" (staff handle it)
    std::string kind;
    std::string message;  // the kiosk script in the asked language
    std::string amount;   // "$7.50", or "" when the kiosk does not show the amount
    std::vector<ReminderOutcome> answers;
};

// The kiosk's balance step kind for a prompt state ("" for none).
std::string_view kioskBalanceKind(PromptState state);

class KioskFlow {
public:
    // How long a handle lives without its check-in finishing.
    static constexpr UnixSeconds kVisitLifetimeS = 15 * 60;

    KioskFlow(Store& store, const Config& config);

    // A locked kiosk is LockedOut even for a right pair. A miss counts towards the kiosk's
    // lock-out; a match clears the count, is audited ("checkin-identify") and opens a visit.
    Result<KioskIdentified> identify(const std::string& station,
                                     const KioskIdentifyRequest& request, Date today,
                                     UnixSeconds now);
    // Checks in one of the visit's appointments of the day and gives the kiosk prompt.
    // NotFound when the handle is unknown, lapsed or another kiosk's, or the appointment is not
    // one of the patient's booked ones today; Conflict when the visit has checked in already.
    Result<KioskPromptView> checkIn(const std::string& station, const std::string& handle,
                                    const std::string& appointmentId, Language language, Date today,
                                    UnixSeconds now);
    // Records the patient's answer to the prompt (channel kiosk, the station as staff) and
    // ends the visit. "shown" is always taken (the patient walked away from the balance step);
    // another outcome that is not one of the prompt's answers is BadInput. Conflict before the
    // check-in.
    Result<void> answer(const std::string& station, const std::string& handle,
                        ReminderOutcome outcome, Date today, UnixSeconds now);
    // Ends the visit (the patient walked away, or the kiosk returned to its welcome screen).
    Result<void> forget(const std::string& station, const std::string& handle, UnixSeconds now);

private:
    Result<KioskVisit> visitOf(const std::string& station, const std::string& handle,
                               UnixSeconds now);
    Result<KioskIdentified> miss(const std::string& station, UnixSeconds now);

    Store& m_store;
    const Config& m_config;
};

}  // namespace frontdesk
